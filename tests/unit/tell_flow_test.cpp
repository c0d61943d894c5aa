// The "tell the teacher" state machine and the controller's commit.
#include "app/kiosk_controller.h"
#include "domain/app_state.h"
#include "services/demo_school.h"
#include "services/kiosk_database.h"
#include "services/sealed_concerns.h"
#include "services/teacher_code.h"
#include "store/concerns_repo.h"
#include "store/database.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>

using namespace kd;

namespace {

constexpr std::int64_t kTuesday = 20781LL * 86400 + 10 * 3600;

struct Fixture {
    std::unique_ptr<SQLite::Database> db = OpenKioskMemoryDatabase();
    ManualClock clock{kTuesday};
    std::unique_ptr<KioskController> k;
    std::vector<std::string> confirmed, taken_back;

    Fixture() {
        SeedDemoSchool(*db, CivilDate{2026, 11, 24});
        k = std::make_unique<KioskController>(*db, clock, Settings{});
        k->SetConfirmedListener([this](const Concern& c) { confirmed.push_back(c.submission_id); });
        k->SetTakenBackListener([this](const Concern& c) { taken_back.push_back(c.submission_id); });
    }
    Id FirstChild() const { return k->Data().children.front().id; }
    // Up to the wish step with two topics (the second through "+ another topic"); the wish sends.
    void WalkToWish() {
        k->Dispatch(intent::Navigate{Screen::TellChild});
        k->Dispatch(intent::PickChild{FirstChild()});
        k->Dispatch(intent::PickTopic{"hurt"});
        k->Dispatch(intent::PickFeeling{4});
        k->Dispatch(intent::AnotherTopic{});
        k->Dispatch(intent::PickTopic{"question"});
        k->Dispatch(intent::PickFeeling{4});
        REQUIRE(k->State().screen == Screen::TellWish);
    }
    // The check mark's take-back, once it is awake.
    void TakeBackLater() {
        clock.Advance(KioskController::kTakeBackArmSeconds + 0.1);
        k->Dispatch(intent::TakeBack{});
    }
    int Rows() { return store::ConcernsRepo(*db).Count(); }
    // What the teacher will read: the code set, the class key unlocked, every row opened.
    std::vector<Concern> Opened() {
        if (!TeacherCode(*db, clock).IsSet()) TeacherCode(*db, clock).Set("vlinders2026");
        const auto key = UnlockedClassKey::Unlock(*db, k->Data().door_class.id, "vlinders2026");
        REQUIRE(key);
        int unreadable = -1;
        auto rows = OpenConcerns(*db, *key, k->Data().door_class.id, 0, INT64_MAX, &unreadable);
        CHECK(unreadable == 0);
        return rows;
    }
};

}  // namespace

TEST_CASE("the flow: one tap per step, child, topic, feeling, wish; each step needs its answer") {
    AppState st;
    Apply(st, intent::Navigate{Screen::TellChild});
    REQUIRE(st.screen == Screen::TellChild);
    Apply(st, intent::Next{});  // nothing to go on with
    CHECK(st.screen == Screen::TellChild);
    Apply(st, intent::PickChild{5});
    CHECK(st.screen == Screen::TellTopic);
    Apply(st, intent::Next{});
    CHECK(st.screen == Screen::TellTopic);  // no topic yet
    Apply(st, intent::PickTopic{"sick"});   // the tap is the choice: on at once
    CHECK(st.screen == Screen::TellFeeling);
    CHECK(st.draft.topics == std::vector<std::string>{"sick"});
    Apply(st, intent::PickFeeling{9});
    CHECK(st.screen == Screen::TellFeeling);  // not a face
    Apply(st, intent::PickFeeling{2});
    CHECK(st.screen == Screen::TellWish);
    CHECK_FALSE(st.draft.Complete());
    Apply(st, intent::ToggleInterpreter{});
    Apply(st, intent::PickWish{"call_me"});
    CHECK(st.draft.Complete());
    CHECK(st.draft.interpreter);
}

TEST_CASE("more topics: '+ another topic' goes back, keeping the topics and the face") {
    AppState st;
    Apply(st, intent::Navigate{Screen::TellChild});
    Apply(st, intent::PickChild{5});
    Apply(st, intent::PickTopic{"sick"});
    Apply(st, intent::AnotherTopic{});
    CHECK(st.screen == Screen::TellTopic);
    Apply(st, intent::PickTopic{"absent"});
    CHECK(st.screen == Screen::TellFeeling);
    Apply(st, intent::PickFeeling{4});
    Apply(st, intent::AnotherTopic{});  // from the wish step too
    CHECK(st.screen == Screen::TellTopic);
    Apply(st, intent::PickTopic{"sick"});  // a picked one tapped again is unpicked; the parent stays
    CHECK(st.screen == Screen::TellTopic);
    CHECK(st.draft.topics == std::vector<std::string>{"absent"});
    Apply(st, intent::Next{});  // on with what is picked
    CHECK(st.screen == Screen::TellFeeling);
    CHECK(st.draft.feeling == 4);  // the face picked before still shows
    Apply(st, intent::AnotherTopic{});
    Apply(st, intent::PickTopic{"absent"});
    CHECK(st.draft.topics.empty());
    Apply(st, intent::Next{});  // nothing left to go on with
    CHECK(st.screen == Screen::TellTopic);
}

TEST_CASE("something nice needs no face: home, child, nice, wish") {
    AppState st;
    Apply(st, intent::Navigate{Screen::TellChild});
    Apply(st, intent::PickChild{5});
    Apply(st, intent::PickTopic{"nice"});
    CHECK(st.screen == Screen::TellWish);
    CHECK(st.draft.feeling == 1);
    Apply(st, intent::PickWish{"no_answer"});
    CHECK(st.draft.Complete());
    // Back from the wish skips the face nobody was asked for.
    Apply(st, intent::Back{});
    CHECK(st.screen == Screen::TellTopic);
    // Nice and a worry: now the face is asked, and not assumed.
    Apply(st, intent::PickTopic{"sad"});
    CHECK(st.screen == Screen::TellFeeling);
    CHECK(st.draft.feeling == 0);
    Apply(st, intent::PickFeeling{3});
    CHECK(st.screen == Screen::TellWish);
    Apply(st, intent::Back{});
    CHECK(st.screen == Screen::TellFeeling);
}

TEST_CASE("Back keeps what was picked, step by step, and leaves from the first step") {
    AppState st;
    Apply(st, intent::Navigate{Screen::TellChild});
    Apply(st, intent::PickWholeClass{});
    Apply(st, intent::PickTopic{"eating"});
    Apply(st, intent::PickFeeling{1});
    const Screen back_path[] = {Screen::TellFeeling, Screen::TellTopic, Screen::TellChild, Screen::Home};
    for (Screen expected : back_path) {
        Apply(st, intent::Back{});
        CHECK(st.screen == expected);
        if (expected != Screen::Home) {
            CHECK(st.draft.about_class);
            CHECK(st.draft.HasTopic("eating"));
        }
    }
    CHECK(st.draft.Empty());  // leaving the flow drops the draft
}

TEST_CASE("Cancel from any step drops everything") {
    for (Screen at : {Screen::TellChild, Screen::TellTopic, Screen::TellFeeling, Screen::TellWish}) {
        AppState st;
        Apply(st, intent::Navigate{Screen::TellChild});
        if (at != Screen::TellChild) Apply(st, intent::PickChild{1});
        if (at == Screen::TellFeeling || at == Screen::TellWish) Apply(st, intent::PickTopic{"eating"});
        if (at == Screen::TellWish) Apply(st, intent::PickFeeling{3});
        REQUIRE(st.screen == at);
        Apply(st, intent::GoHome{});
        CHECK(st.screen == Screen::Home);
        CHECK(st.draft.Empty());
    }
}

TEST_CASE("no jumping into the middle of the flow") {
    AppState st;
    Apply(st, intent::Navigate{Screen::TellWish});
    CHECK(st.screen == Screen::Home);
    Apply(st, intent::PickFeeling{3});
    Apply(st, intent::PickTopic{"sick"});
    Apply(st, intent::AnotherTopic{});
    CHECK(st.screen == Screen::Home);
    CHECK(st.draft.Empty());
}

TEST_CASE("an entrance kiosk asks for the class first") {
    AppState st;
    st.entrance = true;
    Apply(st, intent::Navigate{Screen::TellChild});
    CHECK(st.screen == Screen::TellClass);
    Apply(st, intent::PickClass{2});
    CHECK(st.screen == Screen::TellChild);
    CHECK(st.draft.class_id == 2);
    Apply(st, intent::Back{});
    CHECK(st.screen == Screen::TellClass);
    Apply(st, intent::Back{});
    CHECK(st.screen == Screen::Home);
}

TEST_CASE("the wish sends: every field committed before the check mark") {
    Fixture f;
    f.WalkToWish();
    f.k->Dispatch(intent::SetLanguage{"ar"});
    f.k->Dispatch(intent::ToggleInterpreter{});
    CHECK(f.Rows() == 0);
    f.k->Dispatch(intent::PickWish{"talk_today"});
    CHECK(f.k->State().screen == Screen::TellDone);
    REQUIRE(f.confirmed.size() == 1);
    const auto rows = f.Opened();
    REQUIRE(rows.size() == 1);
    const Concern& c = rows[0];
    CHECK(c.submission_id == f.confirmed[0]);
    CHECK(c.child_id == f.FirstChild());
    CHECK(c.topics == std::vector<std::string>{"hurt", "question"});
    CHECK(c.feeling == 4);
    CHECK(c.wish == "talk_today");
    CHECK(c.interpreter);
    CHECK(c.lang == "ar");
    CHECK(c.kiosk_id == "kiosk-1");
    CHECK(c.created_at == f.clock.UnixSeconds());
    CHECK(c.status == ConcernStatus::New);
    // The draft is gone; the check mark knows only whose symbol to show.
    CHECK(f.k->State().draft.Empty());
    CHECK(f.k->State().last_sent_child == f.FirstChild());
}

TEST_CASE("double and repeated taps on the wish (and Send) make exactly one concern") {
    Fixture f;
    f.WalkToWish();
    for (int i = 0; i < 5; ++i) f.k->Dispatch(intent::PickWish{"call_me"});
    for (int i = 0; i < 3; ++i) f.k->Dispatch(intent::Send{});
    CHECK(f.Rows() == 1);
    CHECK(f.confirmed.size() == 1);
}

TEST_CASE("take back: asleep for its first second, then deletes the row for good") {
    Fixture f;
    f.WalkToWish();
    f.k->Dispatch(intent::PickWish{"call_me"});
    REQUIRE(f.Rows() == 1);
    f.k->Dispatch(intent::TakeBack{});  // a triple tap on the wish landing here
    CHECK(f.Rows() == 1);
    CHECK(f.k->State().screen == Screen::TellDone);
    CHECK(f.k->TakeBackLeft() > 0.9f);
    f.TakeBackLater();
    CHECK(f.Rows() == 0);
    CHECK(f.k->State().screen == Screen::TellTakenBack);
    REQUIRE(f.taken_back.size() == 1);
    CHECK(f.taken_back[0] == f.confirmed[0]);
    f.k->Dispatch(intent::TakeBack{});  // once is all there is
    CHECK(f.taken_back.size() == 1);
    // "Taken back" goes home by itself.
    f.clock.Advance(KioskController::kTakenBackSeconds + 0.1);
    CHECK(f.k->Tick());
    CHECK(f.k->State().screen == Screen::Home);
}

TEST_CASE("take back: not after the check mark has gone, and not what the teacher answered") {
    Fixture f;
    f.WalkToWish();
    f.k->Dispatch(intent::PickWish{"call_me"});
    f.clock.Advance(KioskController::kDoneSeconds + 0.1);
    f.k->Tick();
    REQUIRE(f.k->State().screen == Screen::Home);
    f.k->Dispatch(intent::TakeBack{});
    CHECK(f.Rows() == 1);

    f.WalkToWish();
    f.k->Dispatch(intent::PickWish{"no_answer"});
    REQUIRE(f.Rows() == 2);
    f.db->exec("UPDATE concerns SET status = 'seen'");  // answered already (another kiosk, a fast teacher)
    f.TakeBackLater();
    CHECK(f.Rows() == 2);  // it stays; the screen says so instead of pretending
    CHECK(f.k->State().screen == Screen::TellDone);
    CHECK(f.k->State().take_back_failed);
    CHECK(f.taken_back.empty());
}

TEST_CASE("an incomplete draft is never sent") {
    Fixture f;
    f.k->Dispatch(intent::Navigate{Screen::TellChild});
    f.k->Dispatch(intent::PickChild{f.FirstChild()});
    f.k->Dispatch(intent::Send{});
    CHECK(f.Rows() == 0);
    CHECK(f.k->State().screen == Screen::TellTopic);
}

TEST_CASE("a failed commit: the not-sent screen, the draft kept, one concern after the retry") {
    Fixture f;
    f.WalkToWish();
    f.db->exec("PRAGMA query_only = ON");  // the disk refuses writes, as when it is full or read-only
    f.k->Dispatch(intent::PickWish{"talk_today"});
    CHECK(f.k->State().screen == Screen::TellFailed);
    CHECK(f.confirmed.empty());
    CHECK_FALSE(f.k->LastSendError().empty());
    CHECK(f.k->State().draft.Complete());  // nothing the parent picked is lost
    const std::string id = f.k->State().draft.submission_id;
    f.k->Dispatch(intent::Send{});  // still failing
    CHECK(f.k->State().screen == Screen::TellFailed);

    f.db->exec("PRAGMA query_only = OFF");
    f.k->Dispatch(intent::Send{});
    CHECK(f.k->State().screen == Screen::TellDone);
    CHECK(f.Rows() == 1);
    REQUIRE(f.confirmed.size() == 1);
    CHECK(f.confirmed[0] == id);  // the same submission, whatever happened in between
}

TEST_CASE("the check mark goes home by itself") {
    Fixture f;
    f.WalkToWish();
    f.k->Dispatch(intent::PickWish{"talk_today"});
    REQUIRE(f.k->State().screen == Screen::TellDone);
    // A few frames a second while the take-back bar runs down.
    CHECK(f.k->NextDeadline() - f.clock.MonotonicSeconds() <= 0.25 + 1e-9);
    f.clock.Advance(KioskController::kDoneSeconds - 0.5);
    f.k->Tick();
    CHECK(f.k->State().screen == Screen::TellDone);
    f.clock.Advance(0.6);
    CHECK(f.k->Tick());
    CHECK(f.k->State().screen == Screen::Home);
    CHECK_FALSE(f.k->State().last_sent_child);
}

TEST_CASE("the same submission id twice in the store is one row") {
    auto db = OpenKioskMemoryDatabase();
    const DemoSummary s = SeedDemoSchool(*db, CivilDate{2026, 11, 24});
    Concern c;
    c.submission_id = "abc";
    c.class_id = s.class_id;
    c.topics = {"sick"};
    c.feeling = 5;
    c.wish = "call_me";
    c.lang = "nl";
    c.kiosk_id = "k";
    c.created_at = 100;
    const Id a = CommitConcern(*db, c);
    c.feeling = 1;
    CHECK(CommitConcern(*db, c) == a);
    CHECK(store::ConcernsRepo(*db).Count() == 1);
    const auto key = UnlockedClassKey::Unlock(*db, s.class_id, "");  // pending key: no code set yet
    REQUIRE(key);
    CHECK(OpenConcerns(*db, *key, s.class_id, 0, 1000)[0].feeling == 5);  // the first one stands
    c.submission_id = "def";
    c.feeling = 7;
    CHECK_THROWS(CommitConcern(*db, c));  // what is not a face is refused
    c.feeling = 3;
    c.topics.clear();
    CHECK_THROWS(CommitConcern(*db, c));  // a concern about nothing too
    CHECK(store::ConcernsRepo(*db).Count() == 1);
}
