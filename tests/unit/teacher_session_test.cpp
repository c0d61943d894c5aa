// One teacher session: choosing or typing the code, waits after wrong codes,
// the inbox and its answers; and the controller's teacher mode around it.
#include "app/kiosk_controller.h"
#include "services/demo_school.h"
#include "services/kiosk_database.h"
#include "services/sealed_concerns.h"
#include "services/teacher_code.h"
#include "services/teacher_session.h"
#include "store/concerns_repo.h"
#include "store/database.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>

using namespace kd;

namespace {

// 2026-11-24 16:00 UTC (17:00 in Brussels), a Tuesday: the whole school day is past.
constexpr std::int64_t kTuesdayAfternoon = 20781LL * 86400 + 16 * 3600;
const CivilDate kToday{2026, 11, 24};
const char* const kTz = "Europe/Brussels";
const char* const kCode = "vlinders2026";

void Type(TeacherSession& s, const std::string& text) {
    for (char c : text) s.Key(c);
}

std::string StatusOf(SQLite::Database& db, Id id) {
    SQLite::Statement q(db, "SELECT status FROM concerns WHERE id = ?");
    q.bind(1, id);
    REQUIRE(q.executeStep());
    return q.getColumn(0).getString();
}

std::int64_t StatusAtOf(SQLite::Database& db, Id id) {
    SQLite::Statement q(db, "SELECT coalesce(status_at, -1) FROM concerns WHERE id = ?");
    q.bind(1, id);
    REQUIRE(q.executeStep());
    return q.getColumn(0).getInt64();
}

std::vector<ConcernStatus> Statuses(const std::vector<Concern>& v) {
    std::vector<ConcernStatus> out;
    for (const Concern& c : v) out.push_back(c.status);
    return out;
}

struct Fixture {
    std::unique_ptr<SQLite::Database> db = OpenKioskMemoryDatabase();
    ManualClock clock{kTuesdayAfternoon};
    Id class_id = 0;
    Fixture() { class_id = SeedDemoSchool(*db, kToday).class_id; }
    // The demo inbox: five concerns today, two on Monday (sealed to pending keys, no code yet).
    int SeedConcerns() { return SeedDemoConcerns(*db, class_id, clock.UnixSeconds(), kTz); }
    // A session unlocked with kCode (set first if needed).
    void Unlock(TeacherSession& s) {
        if (!TeacherCode(*db, clock).IsSet()) TeacherCode(*db, clock).Set(kCode);
        s.Begin();
        Type(s, kCode);
        REQUIRE(s.Submit({class_id}));
        REQUIRE(s.Unlocked());
    }
};

}  // namespace

TEST_CASE("a new kiosk: the session asks to choose a code of eight or more, twice alike", "[teacher_session]") {
    Fixture f;
    TeacherSession s(*f.db, f.clock);
    s.Begin();
    CHECK(s.Prompt() == CodePrompt::Choose);
    CHECK_FALSE(s.Unlocked());

    Type(s, "short12");  // seven characters
    CHECK(s.Typed() == 7);
    CHECK_FALSE(s.Submit({f.class_id}));
    CHECK(s.Prompt() == CodePrompt::TooShort);
    CHECK(s.Typed() == 0);  // what was typed is wiped
    CHECK_FALSE(TeacherCode(*f.db, f.clock).IsSet());

    Type(s, kCode);
    CHECK_FALSE(s.Submit({f.class_id}));
    CHECK(s.Prompt() == CodePrompt::Repeat);
    Type(s, "vlinders2027");
    CHECK_FALSE(s.Submit({f.class_id}));
    CHECK(s.Prompt() == CodePrompt::Mismatch);
    CHECK_FALSE(s.Unlocked());
    CHECK_FALSE(TeacherCode(*f.db, f.clock).IsSet());

    // Choose again, from the start.
    Type(s, kCode);
    CHECK_FALSE(s.Submit({f.class_id}));
    CHECK(s.Prompt() == CodePrompt::Repeat);
    Type(s, kCode);
    CHECK(s.Submit({f.class_id}));
    CHECK(s.Unlocked());
    CHECK(TeacherCode(*f.db, f.clock).IsSet());
    CHECK(HasClassKeys(*f.db, f.class_id));
    CHECK(f.db->execAndGet("SELECT count(*) FROM class_keys WHERE pending = 1").getInt() == 0);
    CHECK(UnlockedClassKey::Unlock(*f.db, f.class_id, kCode) != nullptr);

    s.End();
    CHECK_FALSE(s.Unlocked());
    s.Begin();
    CHECK(s.Prompt() == CodePrompt::Enter);  // a code exists now: type it
}

TEST_CASE("a new kiosk: a chosen code with what the on-screen keys lack is refused before it is set",
          "[teacher_session]") {
    Fixture f;
    TeacherSession s(*f.db, f.clock);
    s.Begin();
    REQUIRE(s.Prompt() == CodePrompt::Choose);
    // A plugged-in keyboard can type capitals and dashes; the door's keys cannot.
    Type(s, "Juf-Sarah-2026");
    CHECK_FALSE(s.Submit({f.class_id}));
    CHECK(s.Prompt() == CodePrompt::NotOnKeys);
    CHECK(s.Typed() == 0);
    CHECK_FALSE(TeacherCode(*f.db, f.clock).IsSet());
    // Choose again, with what the keys have.
    Type(s, "jufsarah2026");
    CHECK_FALSE(s.Submit({f.class_id}));
    CHECK(s.Prompt() == CodePrompt::Repeat);
    Type(s, "jufsarah2026");
    CHECK(s.Submit({f.class_id}));
    CHECK(TeacherCode(*f.db, f.clock).IsSet());
}

TEST_CASE("the code screen: wrong codes, then a wait even for the right code, then in", "[teacher_session]") {
    Fixture f;
    TeacherCode(*f.db, f.clock).Set(kCode);
    TeacherSession s(*f.db, f.clock);
    s.Begin();
    REQUIRE(s.Prompt() == CodePrompt::Enter);

    for (int i = 1; i <= 3; ++i) {
        Type(s, "nope-nope");
        CHECK_FALSE(s.Submit({f.class_id}));
        CHECK(s.Prompt() == CodePrompt::Wrong);
        CHECK_FALSE(s.Unlocked());
        CHECK(s.WaitSecondsLeft() == 0);  // the first three are free
        CHECK(s.Typed() == 0);
    }
    Type(s, "nope-nope");
    CHECK_FALSE(s.Submit({f.class_id}));
    CHECK(s.Prompt() == CodePrompt::Wrong);
    CHECK(s.WaitSecondsLeft() == 30);  // the fourth costs a wait

    // Even the right code does not open before the wait is over.
    Type(s, kCode);
    CHECK_FALSE(s.Submit({f.class_id}));
    CHECK(s.Prompt() == CodePrompt::Wait);
    CHECK_FALSE(s.Unlocked());
    CHECK(s.WaitSecondsLeft() > 0);
    CHECK(f.db->execAndGet("SELECT failures FROM teacher_code").getInt() == 4);  // a try during the wait is not counted
    f.clock.Advance(20);
    Type(s, kCode);
    CHECK_FALSE(s.Submit({f.class_id}));
    CHECK(s.Prompt() == CodePrompt::Wait);
    CHECK(s.WaitSecondsLeft() > 0);
    CHECK(s.WaitSecondsLeft() <= 10);

    f.clock.Advance(11);
    CHECK(s.WaitSecondsLeft() == 0);
    Type(s, kCode);
    CHECK(s.Submit({f.class_id}));
    CHECK(s.Unlocked());
    CHECK(s.Typed() == 0);
    CHECK(f.db->execAndGet("SELECT failures FROM teacher_code").getInt() == 0);
}

TEST_CASE("the inbox: today and earlier this week, new first, with the week's and month's counts",
          "[teacher_session]") {
    Fixture f;
    REQUIRE(f.SeedConcerns() == 7);
    TeacherSession s(*f.db, f.clock);
    s.Reload(kToday, kTz);  // locked: nothing opens
    CHECK(s.Inbox().today.empty());
    CHECK(s.Inbox().week.total == 0);

    f.Unlock(s);  // the first code adopts the pending keys the demo concerns were sealed to
    s.Reload(kToday, kTz, "nl");
    const TeacherInbox& box = s.Inbox();
    CHECK(box.unreadable == 0);
    // What cannot wait first, in the order it came: sick with medicine (08:12), then who picks up
    // (15:20, already seen: it stays here until it is done).
    REQUIRE(box.before_pickup.size() == 2);
    CHECK(box.before_pickup[0].topics == std::vector<std::string>{"sick", "medicine"});
    CHECK(box.before_pickup[1].topics == std::vector<std::string>{"pickup"});
    CHECK(box.before_pickup[1].status == ConcernStatus::Seen);
    REQUIRE(box.today.size() == 3);
    REQUIRE(box.earlier.size() == 2);
    CHECK(Statuses(box.today) == std::vector<ConcernStatus>{ConcernStatus::New, ConcernStatus::New, ConcernStatus::New});
    CHECK(Statuses(box.earlier) == std::vector<ConcernStatus>{ConcernStatus::WillTalk, ConcernStatus::Done});
    for (size_t i = 1; i < 3; ++i) CHECK(box.today[i - 1].created_at > box.today[i].created_at);  // newest first
    // The newest new one (08:40) is on top.
    CHECK(box.today[0].topics == std::vector<std::string>{"nice"});
    CHECK(box.today[0].lang == "pl");
    CHECK(box.today[2].topics == std::vector<std::string>{"question"});
    CHECK_FALSE(box.today[2].child_id.has_value());  // about the whole class
    CHECK(box.earlier[0].topics == std::vector<std::string>{"sleeping", "home_news"});
    CHECK(box.earlier[0].interpreter);
    CHECK(box.earlier[0].lang == "ti");

    // Times: today as "08:40", earlier with the weekday.
    CHECK(box.when.at(box.today[0].id) == "08:40");
    CHECK(box.when.at(box.before_pickup[1].id) == "15:20");
    const std::string monday = box.when.at(box.earlier[0].id);
    CHECK(monday.size() > std::string(" 08:22").size());
    CHECK(monday.substr(monday.size() - 6) == " 08:22");

    // Counts for the team.
    CHECK(box.week.total == 7);
    CHECK(box.month.total == 7);
    CHECK(box.week.feelings == std::array<int, 5>{1, 0, 2, 3, 1});
    CHECK(box.week.topics.at("sick") == 1);
    CHECK(box.week.topics.at("hurt") == 1);
    CHECK(box.week.topics.count("eating") == 0);  // Sunday's is last week, and was not seeded
}

TEST_CASE("SortForInbox: new, then will talk, seen, done, and newest first within each", "[teacher_session]") {
    auto make = [](Id id, ConcernStatus st, std::int64_t at) {
        Concern c;
        c.id = id;
        c.status = st;
        c.created_at = at;
        return c;
    };
    std::vector<Concern> v = {make(1, ConcernStatus::Done, 500), make(2, ConcernStatus::New, 100),
                              make(3, ConcernStatus::Seen, 900), make(4, ConcernStatus::WillTalk, 50),
                              make(5, ConcernStatus::New, 300), make(6, ConcernStatus::Done, 700),
                              make(7, ConcernStatus::WillTalk, 60)};
    SortForInbox(v);
    std::vector<Id> ids;
    for (const Concern& c : v) ids.push_back(c.id);
    CHECK(ids == std::vector<Id>{5, 2, 7, 4, 3, 6, 1});
}

TEST_CASE("SetStatus commits at once, leaves the row where it is, and answers only what the inbox shows",
          "[teacher_session]") {
    Fixture f;
    REQUIRE(f.SeedConcerns() == 7);
    // An older concern: in the store, not in this week's inbox.
    Concern old;
    old.submission_id = "two-weeks-ago";
    old.class_id = f.class_id;
    old.topics = {"sick"};
    old.feeling = 3;
    old.wish = "call_me";
    old.lang = "nl";
    old.kiosk_id = "kiosk-1";
    old.created_at = f.clock.UnixSeconds() - 14 * 86400;
    const Id old_id = CommitConcern(*f.db, old);

    TeacherSession s(*f.db, f.clock);
    CHECK_FALSE(s.SetStatus(old_id, ConcernStatus::Seen));  // locked
    f.Unlock(s);
    s.Reload(kToday, kTz);
    REQUIRE(s.Inbox().today.size() == 3);  // and two that cannot wait, before them
    const Id top = s.Inbox().today[0].id;
    const Id second = s.Inbox().today[1].id;
    REQUIRE(StatusOf(*f.db, top) == "new");
    REQUIRE(StatusAtOf(*f.db, top) == -1);

    f.clock.Advance(90);
    CHECK(s.SetStatus(top, ConcernStatus::Seen));
    CHECK(StatusOf(*f.db, top) == "seen");
    CHECK(StatusAtOf(*f.db, top) == f.clock.UnixSeconds());
    // Still on top, though seen ones sort after new ones: the list does not jump under the finger.
    CHECK(s.Inbox().today[0].id == top);
    CHECK(s.Inbox().today[0].status == ConcernStatus::Seen);
    CHECK(s.Inbox().today[0].status_at == f.clock.UnixSeconds());
    CHECK(s.Inbox().today[1].id == second);

    CHECK(s.SetStatus(top, ConcernStatus::WillTalk));
    CHECK(StatusOf(*f.db, top) == "will_talk");
    const Id monday = s.Inbox().earlier.back().id;
    CHECK(s.SetStatus(monday, ConcernStatus::New));
    CHECK(StatusOf(*f.db, monday) == "new");

    // Not in the inbox: refused, nothing written.
    CHECK_FALSE(s.SetStatus(old_id, ConcernStatus::Done));
    CHECK(StatusOf(*f.db, old_id) == "new");
    CHECK_FALSE(s.SetStatus(987654, ConcernStatus::Done));

    // A reload sorts again, from what was committed.
    s.Reload(kToday, kTz);
    CHECK(s.Inbox().today[0].id == second);
    CHECK(s.Inbox().today[2].id == top);  // will talk: after the two new ones
    CHECK(s.Inbox().today[2].status == ConcernStatus::WillTalk);

    // The end of the session: nothing opened remains, and nothing more is answered.
    s.End();
    CHECK_FALSE(s.Unlocked());
    CHECK(s.Inbox().today.empty());
    CHECK(s.Inbox().earlier.empty());
    CHECK(s.Inbox().when.empty());
    CHECK(s.Inbox().week.total == 0);
    CHECK(s.Inbox().month.total == 0);
    CHECK_FALSE(s.SetStatus(second, ConcernStatus::Done));
    CHECK(StatusOf(*f.db, second) == "new");
    s.Reload(kToday, kTz);  // no keys left to open anything with
    CHECK(s.Inbox().today.empty());
}

// --- The controller's teacher mode ------------------------------------------

namespace {

struct KioskFixture : Fixture {
    Settings settings;
    std::unique_ptr<KioskController> k;

    KioskFixture() {
        settings.default_lang = "nl";
        settings.teacher_lang = "fr";
        settings.idle_timeout_s = 60;
        settings.teacher_idle_timeout_s = 120;
        SeedConcerns();
        TeacherCode(*db, clock).Set(kCode);
        k = std::make_unique<KioskController>(*db, clock, settings);
    }
    void TypeCode(const std::string& code) {
        for (char c : code) k->Dispatch(intent::CodeKey{c});
    }
    void Login() {
        k->Dispatch(intent::OpenTeacher{});
        REQUIRE(k->State().screen == Screen::TeacherLogin);
        TypeCode(kCode);
        k->Dispatch(intent::CodeSubmit{});
        REQUIRE(k->Teacher().Unlocked());
        REQUIRE(k->State().screen == Screen::TeacherInbox);
    }
    // The demo concern about a child that is still new, as its row id and child.
    std::pair<Id, Id> NewConcernAboutAChild() {
        SQLite::Statement q(*db, "SELECT id, child_id FROM concerns WHERE status = 'new' AND child_id IS NOT NULL "
                                 "ORDER BY created_at DESC LIMIT 1");
        REQUIRE(q.executeStep());
        return {q.getColumn(0).getInt64(), q.getColumn(1).getInt64()};
    }
};

}  // namespace

TEST_CASE("controller: the way into teacher mode is only from home", "[teacher_session]") {
    KioskFixture f;
    f.k->Dispatch(intent::Navigate{Screen::Week});
    REQUIRE(f.k->State().screen == Screen::Week);
    f.k->Dispatch(intent::OpenTeacher{});
    CHECK(f.k->State().screen == Screen::Week);

    f.k->Dispatch(intent::GoHome{});
    f.k->Dispatch(intent::Navigate{Screen::TellChild});
    REQUIRE(f.k->State().screen == Screen::TellChild);
    f.k->Dispatch(intent::OpenTeacher{});
    CHECK(f.k->State().screen == Screen::TellChild);
    CHECK(f.k->State().lang == "nl");

    f.k->Dispatch(intent::GoHome{});
    REQUIRE(f.k->State().screen == Screen::Home);
    f.k->Dispatch(intent::OpenTeacher{});
    CHECK(f.k->State().screen == Screen::TeacherLogin);
    CHECK(f.k->State().lang == "fr");  // the teacher's language
    CHECK(f.k->Teacher().Prompt() == CodePrompt::Enter);
    CHECK_FALSE(f.k->Teacher().Unlocked());
}

TEST_CASE("controller: code keys and teacher intents do nothing outside teacher mode", "[teacher_session]") {
    KioskFixture f;
    const auto [concern, child] = f.NewConcernAboutAChild();
    REQUIRE(f.k->State().screen == Screen::Home);
    f.TypeCode(kCode);
    CHECK(f.k->Teacher().Typed() == 0);
    f.k->Dispatch(intent::CodeSubmit{});
    CHECK_FALSE(f.k->Teacher().Unlocked());
    f.k->Dispatch(intent::ShowTeacher{Screen::TeacherInbox});
    CHECK(f.k->State().screen == Screen::Home);
    f.k->Dispatch(intent::SetConcernStatus{concern, ConcernStatus::Done});
    CHECK(StatusOf(*f.db, concern) == "new");
    CHECK(f.k->Data().child_status.count(child) == 0);

    // On the code screen, before the code: the inbox and the week stay shut.
    f.k->Dispatch(intent::OpenTeacher{});
    REQUIRE(f.k->State().screen == Screen::TeacherLogin);
    for (Screen to : {Screen::TeacherInbox, Screen::TeacherWeek}) {
        f.k->Dispatch(intent::ShowTeacher{to});
        CHECK(f.k->State().screen == Screen::TeacherLogin);
    }
    f.k->Dispatch(intent::SetConcernStatus{concern, ConcernStatus::Done});
    CHECK(StatusOf(*f.db, concern) == "new");
    f.TypeCode("wrong-code");
    CHECK(f.k->Teacher().Typed() == 10);
    f.k->Dispatch(intent::CodeErase{});
    CHECK(f.k->Teacher().Typed() == 9);
    f.k->Dispatch(intent::CodeSubmit{});
    CHECK_FALSE(f.k->Teacher().Unlocked());
    CHECK(f.k->Teacher().Prompt() == CodePrompt::Wrong);
    CHECK(f.k->State().screen == Screen::TeacherLogin);
    f.k->Dispatch(intent::ShowTeacher{Screen::TeacherInbox});
    CHECK(f.k->State().screen == Screen::TeacherLogin);
}

TEST_CASE("controller: after unlocking, Home ends the session and brings the parents' language back",
          "[teacher_session]") {
    KioskFixture f;
    f.k->Dispatch(intent::SetLanguage{"ar"});  // the last parent's language
    REQUIRE(f.k->State().lang == "ar");
    f.Login();
    CHECK(f.k->State().lang == "fr");
    CHECK(f.k->Teacher().Inbox().before_pickup.size() + f.k->Teacher().Inbox().today.size() == 5);
    f.k->Dispatch(intent::ShowTeacher{Screen::TeacherWeek});
    CHECK(f.k->State().screen == Screen::TeacherWeek);
    CHECK(f.k->Teacher().Inbox().week.total == 7);

    f.k->Dispatch(intent::GoHome{});
    CHECK(f.k->State().screen == Screen::Home);
    CHECK_FALSE(f.k->Teacher().Unlocked());
    CHECK(f.k->Teacher().Inbox().today.empty());
    CHECK(f.k->Teacher().Inbox().week.total == 0);
    CHECK(f.k->State().lang == "nl");  // the default, not the teacher's nor the last parent's
    CHECK(f.k->AtRest());

    // Back in, the code is asked again.
    f.k->Dispatch(intent::OpenTeacher{});
    CHECK(f.k->State().screen == Screen::TeacherLogin);
    CHECK_FALSE(f.k->Teacher().Unlocked());
    f.k->Dispatch(intent::ShowTeacher{Screen::TeacherInbox});
    CHECK(f.k->State().screen == Screen::TeacherLogin);
}

TEST_CASE("controller: teacher mode logs out after teacher_idle_timeout_s untouched", "[teacher_session]") {
    KioskFixture f;
    f.k->OnInput();
    f.Login();
    f.clock.Advance(100);  // past the parents' 60 s, within the teacher's 120 s
    f.k->Tick();
    CHECK(f.k->Teacher().Unlocked());
    CHECK(f.k->State().screen == Screen::TeacherInbox);

    f.k->OnInput();  // the teacher taps: the 120 s start again
    f.clock.Advance(119);
    f.k->Tick();
    CHECK(f.k->Teacher().Unlocked());
    CHECK(f.k->State().screen == Screen::TeacherInbox);

    f.clock.Advance(1);
    CHECK(f.k->Tick());
    CHECK_FALSE(f.k->Teacher().Unlocked());
    CHECK(f.k->Teacher().Inbox().today.empty());
    CHECK(f.k->State().screen == Screen::Home);
    CHECK(f.k->State().lang == "nl");

    // Back to the parents' timeout for what comes next.
    f.k->Dispatch(intent::Navigate{Screen::Week});
    f.k->OnInput();
    f.clock.Advance(60);
    CHECK(f.k->Tick());
    CHECK(f.k->State().screen == Screen::Home);
}

TEST_CASE("controller: the child's tile shows the teacher's answer, never a concern that is still new",
          "[teacher_session]") {
    KioskFixture f;
    // Before any answer: the demo's new concerns are not on the tiles; the answered ones are.
    {
        SQLite::Statement q(*f.db, "SELECT child_id, status FROM concerns WHERE child_id IS NOT NULL");
        int answered = 0, fresh = 0;
        while (q.executeStep()) {
            const Id child = q.getColumn(0).getInt64();
            const std::string status = q.getColumn(1).getString();
            if (status == "new") {
                ++fresh;
                CHECK(f.k->Data().child_status.count(child) == 0);
            } else {
                ++answered;
                REQUIRE(f.k->Data().child_status.count(child) == 1);
                CHECK(store::StatusName(f.k->Data().child_status.at(child)) == status);
            }
        }
        CHECK(fresh == 3);
        CHECK(answered == 3);
    }
    const auto [concern, child] = f.NewConcernAboutAChild();
    f.Login();
    f.k->Dispatch(intent::SetConcernStatus{concern, ConcernStatus::Seen});
    CHECK(StatusOf(*f.db, concern) == "seen");
    REQUIRE(f.k->Data().child_status.count(child) == 1);
    CHECK(f.k->Data().child_status.at(child) == ConcernStatus::Seen);

    // Only on the inbox: on the team's week screen a status tap does nothing.
    f.k->Dispatch(intent::ShowTeacher{Screen::TeacherWeek});
    f.k->Dispatch(intent::SetConcernStatus{concern, ConcernStatus::Done});
    CHECK(StatusOf(*f.db, concern) == "seen");
    f.k->Dispatch(intent::ShowTeacher{Screen::TeacherInbox});
    f.k->Dispatch(intent::SetConcernStatus{concern, ConcernStatus::Done});
    CHECK(f.k->Data().child_status.at(child) == ConcernStatus::Done);

    // The parents see it after the session, and after a restart.
    f.k->Dispatch(intent::GoHome{});
    CHECK(f.k->Data().child_status.at(child) == ConcernStatus::Done);
    KioskController again(*f.db, f.clock, f.settings);
    CHECK(again.Data().child_status.at(child) == ConcernStatus::Done);

    // A new concern about the same child, newer than the answer: the tile shows nothing again.
    Concern c;
    c.submission_id = "newer-one";
    c.class_id = f.class_id;
    c.child_id = child;
    c.topics = {"sick"};
    c.feeling = 3;
    c.wish = "call_me";
    c.lang = "nl";
    c.kiosk_id = "kiosk-1";
    c.created_at = f.clock.UnixSeconds() + 60;
    CommitConcern(*f.db, c);
    KioskController later(*f.db, f.clock, f.settings);
    CHECK(later.Data().child_status.count(child) == 0);
}
