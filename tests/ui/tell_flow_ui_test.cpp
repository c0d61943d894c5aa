// "Tell the teacher" tapped through like a parent would, on the real screens.
#include "headless_kiosk.h"
#include "services/sealed_concerns.h"
#include "store/concerns_repo.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>

using namespace kd;
using kd::test::HeadlessKiosk;

namespace {

int Rows(HeadlessKiosk& k) { return store::ConcernsRepo(k.Db()).Count(); }

void TapToWish(HeadlessKiosk& k, Id child) {
    REQUIRE(k.Tap("home.tell"));
    REQUIRE(k.Tap("child." + std::to_string(child)));
    REQUIRE(k.Tap("topic.hurt"));
    REQUIRE(k.Tap("topic.question"));
    REQUIRE(k.Tap("nav.next"));
    REQUIRE(k.Tap("feeling.4"));
    REQUIRE(k.Tap("wish.talk_today"));
    REQUIRE(k.CurrentScreen() == Screen::TellWish);
}

}  // namespace

TEST_CASE("a parent taps the whole flow and exactly one concern is stored") {
    HeadlessKiosk k;
    k.Settle();
    const Id child = k.Controller().Data().children[2].id;
    TapToWish(k, child);
    REQUIRE(k.Tap("wish.interpreter"));
    REQUIRE(k.Tap("nav.send"));
    CHECK(k.CurrentScreen() == Screen::TellDone);
    SQLite::Statement q(k.Db(), "SELECT child_id, status, sealed FROM concerns");
    REQUIRE(q.executeStep());
    CHECK(q.getColumn(0).getInt64() == child);
    CHECK(q.getColumn(1).getString() == "new");
    CHECK(q.getColumn(2).getString().find("talk_today") == std::string::npos);  // sealed, not plain
    CHECK_FALSE(q.executeStep());
    // No teacher code on this kiosk yet: the class key is pending and opens without one.
    const Id class_id = k.Controller().Data().door_class.id;
    const auto key = UnlockedClassKey::Unlock(k.Db(), class_id, "");
    REQUIRE(key);
    const auto rows = OpenConcerns(k.Db(), *key, class_id, 0, INT64_MAX);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].topics == std::vector<std::string>{"hurt", "question"});
    CHECK(rows[0].feeling == 4);
    CHECK(rows[0].wish == "talk_today");
    CHECK(rows[0].interpreter);
    CHECK(rows[0].lang == "nl");

    // The check mark shows, then home by itself.
    k.Clock().Advance(KioskController::kDoneSeconds + 0.1);
    k.Controller().Tick();
    k.Settle();
    CHECK(k.CurrentScreen() == Screen::Home);
}

TEST_CASE("Next and Send stay off until there is something to send") {
    HeadlessKiosk k;
    k.Settle();
    REQUIRE(k.Tap("home.tell"));
    REQUIRE(k.Tap("child.class"));
    REQUIRE(k.Tap("nav.next"));  // no topic yet: nothing happens
    CHECK(k.CurrentScreen() == Screen::TellTopic);
    REQUIRE(k.Tap("topic.nice"));
    REQUIRE(k.Tap("nav.next"));
    REQUIRE(k.Tap("feeling.1"));
    REQUIRE(k.Tap("nav.send"));  // no wish yet
    CHECK(k.CurrentScreen() == Screen::TellWish);
    CHECK(Rows(k) == 0);
    REQUIRE(k.Tap("wish.no_answer"));
    REQUIRE(k.Tap("nav.send"));
    CHECK(Rows(k) == 1);
}

TEST_CASE("a double tap on Send stores one concern") {
    HeadlessKiosk k;
    k.Settle();
    TapToWish(k, k.Controller().Data().children[0].id);
    const ui::UiItem send = *k.Map().Find("nav.send");
    REQUIRE(k.Tap("nav.send"));
    // The same spot again, on whatever is there now (the check mark screen).
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = send.Center();
    io.MouseDown[0] = true;
    k.Frame();
    io.MouseDown[0] = false;
    k.Frame();
    k.Settle();
    CHECK(Rows(k) == 1);
}

TEST_CASE("Back at each step shows what was picked; Cancel drops it") {
    HeadlessKiosk k;
    k.Settle();
    const Id child = k.Controller().Data().children[5].id;
    TapToWish(k, child);
    REQUIRE(k.Tap("nav.back"));
    CHECK(k.CurrentScreen() == Screen::TellFeeling);
    REQUIRE(k.Tap("nav.back"));
    CHECK(k.CurrentScreen() == Screen::TellTopic);
    CHECK(k.Controller().State().draft.HasTopic("hurt"));
    REQUIRE(k.Tap("nav.back"));
    CHECK(k.CurrentScreen() == Screen::TellChild);
    CHECK(k.Controller().State().draft.child_id == child);
    REQUIRE(k.Tap("nav.cancel"));
    CHECK(k.CurrentScreen() == Screen::Home);
    CHECK(k.Controller().State().draft.Empty());
    CHECK(Rows(k) == 0);
}

TEST_CASE("idle reset mid-flow: the next parent sees none of it, and nothing was sent") {
    HeadlessKiosk k;
    k.Settle();
    TapToWish(k, k.Controller().Data().children[1].id);
    k.Clock().Advance(61);
    CHECK(k.Controller().Tick());
    k.Settle();
    CHECK(k.CurrentScreen() == Screen::Home);
    REQUIRE(k.Tap("home.tell"));
    for (const ui::UiItem& i : k.Map().Items()) CHECK(i.id != "nav.next");
    CHECK(k.Controller().State().draft.Empty());
    CHECK(Rows(k) == 0);
}

TEST_CASE("a failed commit shows 'not sent', keeps the draft, and a retry stores one") {
    HeadlessKiosk k;
    k.Settle();
    TapToWish(k, k.Controller().Data().children[0].id);
    k.Db().exec("PRAGMA query_only = ON");
    REQUIRE(k.Tap("nav.send"));
    CHECK(k.CurrentScreen() == Screen::TellFailed);
    CHECK(k.Map().Find("nav.retry"));
    CHECK(Rows(k) == 0);
    REQUIRE(k.Tap("nav.retry"));  // still failing: still the same screen, still running
    CHECK(k.CurrentScreen() == Screen::TellFailed);
    k.Db().exec("PRAGMA query_only = OFF");
    REQUIRE(k.Tap("nav.retry"));
    CHECK(k.CurrentScreen() == Screen::TellDone);
    CHECK(Rows(k) == 1);
}

TEST_CASE("every step shows where you are and a way back and out") {
    HeadlessKiosk k;
    k.Settle();
    REQUIRE(k.Tap("home.tell"));
    for (const char* tap : {"child.class", "topic.sick", "nav.next", "feeling.5"}) {
        INFO(ScreenName(k.CurrentScreen()));
        CHECK(k.Map().Find("nav.back"));
        CHECK(k.Map().Find("nav.cancel"));
        REQUIRE(k.Tap(tap));
    }
    CHECK(k.CurrentScreen() == Screen::TellWish);
}

TEST_CASE("an entrance kiosk: class first, then that class's children") {
    Settings s;
    s.mode = KioskMode::Entrance;
    HeadlessKiosk k(1920, 1080, s);
    k.Settle();
    REQUIRE(k.Tap("home.tell"));
    CHECK(k.CurrentScreen() == Screen::TellClass);
    const Id cls = k.Controller().Data().classes[0].id;
    REQUIRE(k.Tap("class." + std::to_string(cls)));
    CHECK(k.CurrentScreen() == Screen::TellChild);
    CHECK(k.Map().Find("child." + std::to_string(k.Controller().Data().children[0].id)));
}
