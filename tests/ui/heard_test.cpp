// Heard, privately: whether the teacher saw a message shows only after a parent
// picked their own child, never on a screen every parent at the door sees.
#include "headless_kiosk.h"
#include "store/concerns_repo.h"
#include "ui/widgets.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>

#include <algorithm>

using namespace kd;
using kd::test::HeadlessKiosk;

namespace {

// One message about `child`, sent through the screens, then answered by the teacher.
void SendAndAnswer(HeadlessKiosk& k, Id child, const char* status) {
    for (const std::string id : {std::string("home.tell"), "child." + std::to_string(child), std::string("topic.sick"),
                                 std::string("feeling.3"), std::string("wish.no_answer")})
        REQUIRE(k.Tap(id));
    REQUIRE(k.Tap("nav.home"));
    SQLite::Statement q(k.Db(), "UPDATE concerns SET status = ? WHERE child_id = ?");
    q.bind(1, status);
    q.bind(2, child);
    REQUIRE(q.exec() == 1);
    k.Controller().Reload();
    k.Settle();
}


// The pictures this frame draws.
ui::PictureLog Drawn(HeadlessKiosk& k) {
    ui::PictureLog log;
    ui::RecordPictures(&log);
    k.Frame();
    ui::RecordPictures(nullptr);
    return log;
}

bool DrewAny(const ui::PictureLog& log, std::initializer_list<const char*> pictures) {
    for (const char* p : pictures)
        if (std::find(log.begin(), log.end(), p) != log.end()) return true;
    return false;
}

}  // namespace

TEST_CASE("heard: no status anywhere before a child is picked, the card only for the own child") {
    HeadlessKiosk k;
    k.Settle();
    const Id zofia = k.Controller().Data().children[3].id, other = k.Controller().Data().children[4].id;
    SendAndAnswer(k, zofia, "will_talk");
    SendAndAnswer(k, other, "seen");

    // Home and the child picker: every parent sees them. No status, no badge.
    CHECK(k.CurrentScreen() == Screen::Home);
    CHECK_FALSE(DrewAny(Drawn(k), {"🧑‍🏫|👀", "🧑‍🏫|✅", "🧑‍🏫|🗣️"}));
    CHECK_FALSE(k.Map().Find("heard"));
    REQUIRE(k.Tap("home.tell"));
    CHECK_FALSE(DrewAny(Drawn(k), {"🧑‍🏫|👀", "🧑‍🏫|✅", "🧑‍🏫|🗣️"}));
    CHECK_FALSE(k.Map().Find("heard"));

    // Zofia's parent picks Zofia: the teacher wants to talk, in a picture; nothing about the other child.
    REQUIRE(k.Tap("child." + std::to_string(zofia)));
    const ui::PictureLog topic = Drawn(k);
    const ui::UiItem* card = k.Map().Find("heard");
    REQUIRE(card);
    CHECK(card->msgid == "The teacher would like to talk to you.");
    CHECK(DrewAny(topic, {"🧑‍🏫|🗣️"}));
    CHECK_FALSE(DrewAny(topic, {"🧑‍🏫|👀", "🧑‍🏫|✅"}));

    // Back, and the other child: that family's own status.
    REQUIRE(k.Tap("nav.back"));
    CHECK_FALSE(k.Map().Find("heard"));
    REQUIRE(k.Tap("child." + std::to_string(other)));
    REQUIRE(k.Map().Find("heard"));
    CHECK(k.Map().Find("heard")->msgid == "The teacher has seen your message.");

    // The whole class: nobody's status.
    REQUIRE(k.Tap("nav.back"));
    REQUIRE(k.Tap("child.class"));
    CHECK_FALSE(k.Map().Find("heard"));
}

TEST_CASE("heard: a new message about the child is not yet seen by the teacher") {
    HeadlessKiosk k;
    k.Settle();
    const Id child = k.Controller().Data().children[0].id;
    SendAndAnswer(k, child, "done");
    REQUIRE(k.Tap("home.tell"));
    REQUIRE(k.Tap("child." + std::to_string(child)));
    REQUIRE(k.Map().Find("heard"));
    CHECK(k.Map().Find("heard")->msgid == "The teacher has dealt with your message.");
    // A new message: the newest is unanswered, so nothing is claimed.
    REQUIRE(k.Tap("topic.eating"));
    REQUIRE(k.Tap("feeling.2"));
    REQUIRE(k.Tap("wish.no_answer"));
    REQUIRE(k.Tap("nav.home"));
    REQUIRE(k.Tap("home.tell"));
    REQUIRE(k.Tap("child." + std::to_string(child)));
    CHECK_FALSE(k.Map().Find("heard"));
}

TEST_CASE("heard: the school can turn it off") {
    Settings off;
    off.show_heard = false;
    HeadlessKiosk quiet(1920, 1080, off);  // (show_heard=0 in the settings table does the same: settings_test)
    quiet.Settle();
    const Id c2 = quiet.Controller().Data().children[0].id;
    SendAndAnswer(quiet, c2, "seen");
    REQUIRE(quiet.Tap("home.tell"));
    REQUIRE(quiet.Tap("child." + std::to_string(c2)));
    CHECK_FALSE(quiet.Map().Find("heard"));
}
