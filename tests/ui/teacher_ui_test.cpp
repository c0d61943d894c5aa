// Teacher mode through the real screens: the hidden way in, the code keyboard,
// the inbox's one-tap answers, the parent's side showing they were heard, the
// team week, and the ways out (Log out, idle). Parents can reach none of it.
#include "headless_kiosk.h"
#include "services/demo_school.h"
#include "services/teacher_code.h"
#include "store/concerns_repo.h"
#include "ui/sizes.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>

#include <string>

using namespace kd;
using kd::test::HeadlessKiosk;
using kd::test::kTuesday;

namespace {

constexpr const char* kCode = "vlinders2026";

void SeedConcerns(HeadlessKiosk& k) {
    SeedDemoConcerns(k.Db(), k.Controller().Data().door_class.id, k.Clock().UnixSeconds(), "Europe/Brussels");
}

void TapCode(HeadlessKiosk& k, const std::string& code) {
    for (char c : code) REQUIRE(k.Tap(std::string("key.") + c));
    REQUIRE(k.Tap("key.ok"));
}

void LogIn(HeadlessKiosk& k) {
    if (!TeacherCode(k.Db(), k.Clock()).IsSet()) TeacherCode(k.Db(), k.Clock()).Set(kCode);
    k.Settle();
    REQUIRE(k.Hold("home.teacher", 3.2));
    REQUIRE(k.CurrentScreen() == Screen::TeacherLogin);
    TapCode(k, kCode);
    REQUIRE(k.CurrentScreen() == Screen::TeacherInbox);
}

std::string StatusOf(HeadlessKiosk& k, Id id) {
    SQLite::Statement q(k.Db(), "SELECT status FROM concerns WHERE id = ?");
    q.bind(1, id);
    REQUIRE(q.executeStep());
    return q.getColumn(0).getString();
}

}  // namespace

TEST_CASE("the corner mark: a tap or a short press does nothing, three seconds open the code screen") {
    HeadlessKiosk k;
    k.Settle();
    REQUIRE(k.Map().Find("home.teacher"));
    REQUIRE(k.Tap("home.teacher"));
    CHECK(k.CurrentScreen() == Screen::Home);
    REQUIRE(k.Hold("home.teacher", 1.5));
    CHECK(k.CurrentScreen() == Screen::Home);
    REQUIRE(k.Hold("home.teacher", 3.2));
    CHECK(k.CurrentScreen() == Screen::TeacherLogin);
    CHECK(k.Controller().State().lang == k.Controller().GetSettings().teacher_lang);
    CHECK_FALSE(k.Controller().Teacher().Unlocked());
}

TEST_CASE("a hold keeps frames coming without input, so the ring fills on a sleeping loop") {
    HeadlessKiosk k;
    k.Settle();
    CHECK_FALSE(k.Animating());
    REQUIRE(k.Hold("home.teacher", 0.5, /*lift=*/false));
    CHECK(k.Animating());  // held: each frame asks for the next
    CHECK(k.CurrentScreen() == Screen::Home);
    k.Drag(ImVec2(10, 500), ImVec2(10, 500), 0);  // lifted (and a tap elsewhere)
    CHECK_FALSE(k.Animating());
}

TEST_CASE("a new kiosk: the first code is chosen twice on the keyboard, then the inbox opens") {
    HeadlessKiosk k;
    SeedConcerns(k);
    k.Settle();
    REQUIRE(k.Hold("home.teacher", 3.2));
    REQUIRE(k.CurrentScreen() == Screen::TeacherLogin);
    CHECK(k.Controller().Teacher().Prompt() == CodePrompt::Choose);
    TapCode(k, "kort");
    CHECK(k.Controller().Teacher().Prompt() == CodePrompt::TooShort);
    TapCode(k, kCode);
    CHECK(k.Controller().Teacher().Prompt() == CodePrompt::Repeat);
    TapCode(k, "vlinders2027");
    CHECK(k.Controller().Teacher().Prompt() == CodePrompt::Mismatch);
    CHECK_FALSE(TeacherCode(k.Db(), k.Clock()).IsSet());
    TapCode(k, kCode);
    TapCode(k, kCode);
    CHECK(k.CurrentScreen() == Screen::TeacherInbox);
    CHECK(TeacherCode(k.Db(), k.Clock()).IsSet());
    // The concerns sent before there was a code open with it now.
    CHECK(k.Controller().Teacher().Inbox().before_pickup.size() + k.Controller().Teacher().Inbox().today.size() +
              k.Controller().Teacher().Inbox().earlier.size() ==
          static_cast<size_t>(store::ConcernsRepo(k.Db()).Count()));
    CHECK(k.Db().execAndGet("SELECT count(*) FROM class_keys WHERE pending = 1").getInt() == 0);
}

TEST_CASE("a wrong code says so; after four, the keyboard waits") {
    HeadlessKiosk k;
    TeacherCode(k.Db(), k.Clock()).Set(kCode);
    k.Settle();
    REQUIRE(k.Hold("home.teacher", 3.2));
    TapCode(k, "verkeerd1");
    CHECK(k.Controller().Teacher().Prompt() == CodePrompt::Wrong);
    CHECK(k.CurrentScreen() == Screen::TeacherLogin);
    for (int i = 0; i < 3; ++i) TapCode(k, "verkeerd1");
    CHECK(k.Controller().Teacher().WaitSecondsLeft() > 0);
    // Even the right code waits now: the keys are off.
    for (char c : std::string(kCode)) k.Tap(std::string("key.") + c);
    k.Tap("key.ok");
    CHECK(k.CurrentScreen() == Screen::TeacherLogin);
    CHECK_FALSE(k.Controller().Teacher().Unlocked());
}

TEST_CASE("the code keyboard has a key for every character a code may hold, and each types its own") {
    HeadlessKiosk k;
    k.Settle();
    REQUIRE(k.Hold("home.teacher", 3.2));
    REQUIRE(k.CurrentScreen() == Screen::TeacherLogin);
    for (char c : kCodeAlphabet) {
        INFO("the key for '" << c << "'");
        CHECK(k.Map().Find(std::string("key.") + c));
    }
    // No key types what a code may not hold (the other key.* are erase and OK).
    int char_keys = 0;
    for (const ui::UiItem& item : k.Map().Items())
        if (item.id.rfind("key.", 0) == 0 && item.id.size() == 5) {
            INFO(item.id);
            CHECK(CodeCharacterAllowed(item.id[4]));
            ++char_keys;
        }
    CHECK(char_keys == static_cast<int>(kCodeAlphabet.size()));
    // Tapped as the first code, twice: every key typed its own character.
    const std::string all(kCodeAlphabet);
    TapCode(k, all);
    REQUIRE(k.Controller().Teacher().Prompt() == CodePrompt::Repeat);
    TapCode(k, all);
    CHECK(k.CurrentScreen() == Screen::TeacherInbox);
    CHECK(TeacherCode(k.Db(), k.Clock()).Login(all).outcome == LoginOutcome::Ok);
}

TEST_CASE("a new kiosk: a first code typed on a plugged-in keyboard with what the keys lack is refused") {
    HeadlessKiosk k;
    k.Settle();
    REQUIRE(k.Hold("home.teacher", 3.2));
    REQUIRE(k.Controller().Teacher().Prompt() == CodePrompt::Choose);
    k.TypeOnKeyboard("Juf-Sarah-2026", true);
    k.Settle();
    CHECK(k.Controller().Teacher().Prompt() == CodePrompt::NotOnKeys);
    CHECK(k.CurrentScreen() == Screen::TeacherLogin);
    CHECK_FALSE(TeacherCode(k.Db(), k.Clock()).IsSet());
    CHECK(k.Map().Find("key.a"));  // the keyboard is still there to choose again
}

TEST_CASE("a plugged-in keyboard types the code too") {
    HeadlessKiosk k;
    TeacherCode(k.Db(), k.Clock()).Set(kCode);
    k.Settle();
    REQUIRE(k.Hold("home.teacher", 3.2));
    k.TypeOnKeyboard(kCode, true);
    CHECK(k.CurrentScreen() == Screen::TeacherInbox);
}

TEST_CASE("the inbox: one tap answers, it is committed, and the parent's tile shows it without the content") {
    HeadlessKiosk k;
    SeedConcerns(k);
    LogIn(k);
    const TeacherInbox& box = k.Controller().Teacher().Inbox();
    REQUIRE_FALSE(box.today.empty());
    // Open ones first: the first row of today is new.
    CHECK(box.today.front().status == ConcernStatus::New);
    const Concern* about_child = nullptr;
    for (const Concern& c : box.today)
        if (c.child_id && c.status == ConcernStatus::New) about_child = &c;
    REQUIRE(about_child);
    const Id id = about_child->id;
    const Id child = *about_child->child_id;
    // Every answer button is thumb-sized.
    const float min_px = ui::Em(ui::kMinTouchEm);
    for (const ui::UiItem& i : k.Map().Items()) {
        INFO(i.id);
        CHECK(i.max.x - i.min.x >= min_px);
        CHECK(i.max.y - i.min.y >= min_px);
    }
    REQUIRE(k.Tap("answer.talk." + std::to_string(id)));
    CHECK(StatusOf(k, id) == "will_talk");
    REQUIRE(k.Tap("answer.seen." + std::to_string(id)));
    CHECK(StatusOf(k, id) == "seen");
    CHECK(k.Db().execAndGet("SELECT status_at FROM concerns WHERE id = " + std::to_string(id)).getInt64() ==
          k.Clock().UnixSeconds());
    CHECK(k.CurrentScreen() == Screen::TeacherInbox);  // the row stays; no jumping list

    REQUIRE(k.Tap("teacher.logout"));
    CHECK(k.CurrentScreen() == Screen::Home);
    CHECK_FALSE(k.Controller().Teacher().Unlocked());
    CHECK(k.Controller().Teacher().Inbox().today.empty());  // opened content gone with the session
    CHECK(k.Controller().State().lang == k.Controller().GetSettings().default_lang);

    // The parent's side: the child's tile carries "seen", nothing else of the message.
    REQUIRE(k.Tap("home.tell"));
    REQUIRE(k.CurrentScreen() == Screen::TellChild);
    const auto& status = k.Controller().Data().child_status;
    REQUIRE(status.count(child) == 1);
    CHECK(status.at(child) == ConcernStatus::Seen);
    for (const Concern& c : box.today)  // unanswered ones show nothing
        if (c.child_id && c.status == ConcernStatus::New) CHECK(status.count(*c.child_id) == 0);
}

TEST_CASE("the team week shows counts, and the tabs switch") {
    HeadlessKiosk k;
    SeedConcerns(k);
    LogIn(k);
    REQUIRE(k.Tap("teacher.week"));
    CHECK(k.CurrentScreen() == Screen::TeacherWeek);
    const TeacherInbox& box = k.Controller().Teacher().Inbox();
    CHECK(box.week.total == static_cast<int>(box.before_pickup.size() + box.today.size() + box.earlier.size()));
    int faces = 0;
    for (int f : box.week.feelings) faces += f;
    CHECK(faces == box.week.total);
    CHECK(box.month.total >= box.week.total - static_cast<int>(box.earlier.size()));
    REQUIRE(k.Tap("teacher.inbox"));
    CHECK(k.CurrentScreen() == Screen::TeacherInbox);
}

TEST_CASE("teacher mode logs out by itself when left alone") {
    HeadlessKiosk k;
    LogIn(k);
    const int idle = k.Controller().GetSettings().teacher_idle_timeout_s;
    k.Clock().Advance(idle - 5);
    k.Controller().Tick();
    CHECK(k.CurrentScreen() == Screen::TeacherInbox);
    k.Clock().Advance(6);
    CHECK(k.Controller().Tick());
    k.Settle();
    CHECK(k.CurrentScreen() == Screen::Home);
    CHECK_FALSE(k.Controller().Teacher().Unlocked());
}

TEST_CASE("no tap on any parent screen leads into teacher mode") {
    HeadlessKiosk k;
    SeedConcerns(k);
    k.Settle();
    // Every item on home and on each screen a home tile opens, tapped once each.
    std::vector<std::string> firsts;
    for (const ui::UiItem& i : k.Map().Items()) firsts.push_back(i.id);
    for (const std::string& first : firsts) {
        k.Clock().Advance(5);  // past the poll band's thank-you
        k.Controller().Tick();
        k.Tap("nav.home");
        k.Controller().Dispatch(intent::GoHome{});
        k.Settle();
        REQUIRE(k.Tap(first));
        CHECK_FALSE(IsTeacherScreen(k.CurrentScreen()));
        std::vector<std::string> seconds;
        for (const ui::UiItem& i : k.Map().Items()) seconds.push_back(i.id);
        for (const std::string& second : seconds) {
            if (!k.Tap(second)) continue;
            INFO(first << " then " << second);
            CHECK_FALSE(IsTeacherScreen(k.CurrentScreen()));
            CHECK_FALSE(k.Controller().Teacher().Unlocked());
        }
    }
    // And the intents themselves do nothing outside teacher mode.
    k.Controller().Dispatch(intent::GoHome{});
    k.Controller().Dispatch(intent::ShowTeacher{Screen::TeacherInbox});
    k.Controller().Dispatch(intent::Navigate{Screen::TeacherInbox});
    CHECK(k.CurrentScreen() == Screen::Home);
}
