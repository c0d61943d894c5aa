// "Tell the teacher" tapped through like a parent would, on the real screens.
#include "headless_kiosk.h"
#include "services/sealed_concerns.h"
#include "store/concerns_repo.h"
#include "support/test_files.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>

using namespace kd;
using kd::test::HeadlessKiosk;

namespace {

int Rows(HeadlessKiosk& k) { return store::ConcernsRepo(k.Db()).Count(); }

// Up to the wish, two topics (the second through "+ another topic"): the next tap sends.
void TapToWish(HeadlessKiosk& k, Id child) {
    REQUIRE(k.Tap("home.tell"));
    REQUIRE(k.Tap("child." + std::to_string(child)));
    REQUIRE(k.Tap("topic.hurt"));
    REQUIRE(k.Tap("feeling.4"));
    REQUIRE(k.Tap("nav.another-topic"));
    REQUIRE(k.Tap("topic.question"));
    REQUIRE(k.Tap("feeling.4"));
    REQUIRE(k.CurrentScreen() == Screen::TellWish);
}

// The same spot once more, on whatever is there now (a finger that taps twice).
void TapAgainAt(HeadlessKiosk& k, const ui::UiItem& where) {
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = where.Center();
    io.MouseDown[0] = true;
    k.Frame();
    io.MouseDown[0] = false;
    k.Frame();
    k.Settle();
}

}  // namespace

TEST_CASE("five taps from home to the check mark store exactly one concern") {
    HeadlessKiosk k;
    k.Settle();
    const Id child = k.Controller().Data().children[2].id;
    int taps = 0;
    for (const std::string id : {std::string("home.tell"), "child." + std::to_string(child), std::string("topic.sick"),
                                 std::string("feeling.4"), std::string("wish.call_me")}) {
        INFO(id);
        REQUIRE(k.Tap(id));
        ++taps;
    }
    CHECK(taps == 5);
    CHECK(k.CurrentScreen() == Screen::TellDone);
    CHECK(Rows(k) == 1);
    CHECK(k.Map().Find("nav.take-back"));
    const Id class_id = k.Controller().Data().door_class.id;
    const auto key = UnlockedClassKey::Unlock(k.Db(), class_id, "");
    REQUIRE(key);
    const auto rows = OpenConcerns(k.Db(), *key, class_id, 0, INT64_MAX);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].child_id == child);
    CHECK(rows[0].topics == std::vector<std::string>{"sick"});
    CHECK(rows[0].feeling == 4);
    CHECK(rows[0].wish == "call_me");
}

TEST_CASE("something nice in four taps: home, child, nice, wish") {
    HeadlessKiosk k;
    k.Settle();
    for (const char* id : {"home.tell", "child.class", "topic.nice", "wish.no_answer"}) REQUIRE(k.Tap(id));
    CHECK(k.CurrentScreen() == Screen::TellDone);
    CHECK(Rows(k) == 1);
}

TEST_CASE("more topics, the interpreter, and every field stored") {
    HeadlessKiosk k;
    k.Settle();
    const Id child = k.Controller().Data().children[2].id;
    TapToWish(k, child);
    REQUIRE(k.Tap("wish.interpreter"));  // a switch: it does not send
    CHECK(Rows(k) == 0);
    REQUIRE(k.Tap("wish.talk_today"));
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

TEST_CASE("Next shows only once there is a topic to go on with") {
    HeadlessKiosk k;
    k.Settle();
    REQUIRE(k.Tap("home.tell"));
    REQUIRE(k.Tap("child.class"));
    CHECK_FALSE(k.Map().Find("nav.next"));
    REQUIRE(k.Tap("topic.eating"));
    REQUIRE(k.Tap("nav.another-topic"));
    CHECK(k.CurrentScreen() == Screen::TellTopic);
    REQUIRE(k.Tap("nav.next"));
    CHECK(k.CurrentScreen() == Screen::TellFeeling);
    CHECK(Rows(k) == 0);
}

TEST_CASE("a double and a triple tap on the wish store one concern and take nothing back") {
    for (int extra : {1, 2}) {
        HeadlessKiosk k;
        k.Settle();
        TapToWish(k, k.Controller().Data().children[0].id);
        const ui::UiItem wish = *k.Map().Find("wish.call_me");
        REQUIRE(k.Tap("wish.call_me"));
        for (int i = 0; i < extra; ++i) {
            k.Clock().Advance(0.15);  // a fast finger
            TapAgainAt(k, wish);
        }
        CHECK(k.CurrentScreen() == Screen::TellDone);
        CHECK(Rows(k) == 1);
    }
}

TEST_CASE("take back deletes the concern, says so, and it stays deleted after a restart") {
    test::TempDir dir("take-back");
    const auto file = dir.path / "klasdeur.db";
    {
        HeadlessKiosk k(1920, 1080, Settings{}, file);
        k.Settle();
        TapToWish(k, k.Controller().Data().children[0].id);
        REQUIRE(k.Tap("wish.no_answer"));
        REQUIRE(Rows(k) == 1);
        k.Clock().Advance(KioskController::kTakeBackArmSeconds + 0.5);
        k.Settle();
        REQUIRE(k.Tap("nav.take-back"));
        CHECK(k.CurrentScreen() == Screen::TellTakenBack);
        CHECK(Rows(k) == 0);
        CHECK(k.Map().Find("nav.home"));
        k.Clock().Advance(KioskController::kTakenBackSeconds + 0.1);
        k.Controller().Tick();
        k.Settle();
        CHECK(k.CurrentScreen() == Screen::Home);
    }
    HeadlessKiosk again(1920, 1080, Settings{}, file);
    CHECK(Rows(again) == 0);
    CHECK(again.Db().execAndGet("SELECT count(*) FROM concerns").getInt() == 0);
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
    for (const ui::UiItem& i : k.Map().Items()) CHECK((i.id.rfind("nav.", 0) == 0 || i.id.rfind("child", 0) == 0 || i.id == "voice.mute"));
    CHECK(k.Controller().State().draft.Empty());
    CHECK(Rows(k) == 0);
}

TEST_CASE("a failed commit shows 'not sent', keeps the draft, and a retry stores one") {
    HeadlessKiosk k;
    k.Settle();
    TapToWish(k, k.Controller().Data().children[0].id);
    k.Db().exec("PRAGMA query_only = ON");
    REQUIRE(k.Tap("wish.call_me"));
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
    for (const char* tap : {"child.class", "topic.sick", "feeling.5"}) {
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
    // The class step is the one tap more: six in all.
    for (const std::string id : {"child." + std::to_string(k.Controller().Data().children[0].id), std::string("topic.sick"),
                                 std::string("feeling.4"), std::string("wish.call_me")})
        REQUIRE(k.Tap(id));
    CHECK(k.CurrentScreen() == Screen::TellDone);
    CHECK(Rows(k) == 1);
}

TEST_CASE("the five steps and the check mark fit portrait and small screens") {
    for (auto [w, h] : {std::pair{1080, 1920}, std::pair{800, 480}, std::pair{1280, 800}}) {
        HeadlessKiosk k(w, h);
        k.Settle();
        const Id child = k.Controller().Data().children[0].id;
        for (const std::string id : {std::string("home.tell"), "child." + std::to_string(child), std::string("topic.sick"),
                                     std::string("feeling.4"), std::string("wish.call_me"), std::string("")}) {
            // The bar's buttons side by side, none over another (an upright screen once had Back under the dots).
            const char* bar[] = {"nav.back", "nav.cancel", "voice.mute"};
            for (const char* a : bar)
                for (const char* b : bar) {
                    const ui::UiItem* ia = k.Map().Find(a);
                    const ui::UiItem* ib = k.Map().Find(b);
                    if (!ia || !ib || ia == ib) continue;
                    INFO(w << "x" << h << " " << ScreenName(k.CurrentScreen()) << " " << a << " / " << b);
                    CHECK((ia->max.x <= ib->min.x || ib->max.x <= ia->min.x || ia->max.y <= ib->min.y ||
                           ib->max.y <= ia->min.y));
                }
            for (const char* mine : {"nav.another-topic", "nav.take-back", "nav.home", "wish.call_me", "feeling.4",
                                     "topic.sick", "heard"}) {
                const ui::UiItem* i = k.Map().Find(mine);
                if (!i) continue;
                INFO(w << "x" << h << " " << ScreenName(k.CurrentScreen()) << " " << i->id);
                CHECK(i->min.x >= 0);
                CHECK(i->min.y >= 0);
                CHECK(i->max.x <= w);
                CHECK(i->max.y <= h);
            }
            if (!id.empty()) REQUIRE(k.Tap(id));
        }
        CHECK(k.CurrentScreen() == Screen::TellDone);
        CHECK(Rows(k) == 1);
        // Take back and Home side by side, never one over the other.
        const ui::UiItem* back = k.Map().Find("nav.take-back");
        const ui::UiItem* home = k.Map().Find("nav.home");
        REQUIRE(back);
        REQUIRE(home);
        INFO(w << "x" << h);
        CHECK((back->max.x <= home->min.x || home->max.x <= back->min.x));
    }
}

TEST_CASE("hold to hear: a picture held down says its words and chooses nothing; a tap still chooses") {
    HeadlessKiosk k;
    k.Settle();
    REQUIRE(k.Tap("home.tell"));
    REQUIRE(k.Tap("child.class"));
    k.Controller().TakeSpeech();
    REQUIRE(k.Hold("topic.sick", 1.2));
    k.Settle();
    CHECK(k.CurrentScreen() == Screen::TellTopic);
    CHECK(k.Controller().State().draft.topics.empty());
    const auto said = k.Controller().TakeSpeech();
    REQUIRE(said.size() == 1);
    CHECK(said[0].msgids == std::vector<std::string>{"Sick"});
    CHECK(said[0].lang == "nl");
    // The five-tap parent is not slowed: a tap is a tap.
    REQUIRE(k.Tap("topic.sick"));
    CHECK(k.CurrentScreen() == Screen::TellFeeling);
    // And the speaker silences this parent.
    k.Controller().TakeSpeech();
    REQUIRE(k.Tap("voice.mute"));
    REQUIRE(k.Hold("feeling.2", 1.2));
    k.Settle();
    CHECK(k.Controller().TakeSpeech().empty());
    CHECK(k.CurrentScreen() == Screen::TellFeeling);
}
