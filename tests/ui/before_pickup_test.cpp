// What cannot wait reaches the teacher before pick-up, through the real screens:
// the sign in home's corner (a count, and a mark for a same-day message, never
// whose), the inbox's "before pick-up" section first, Done from there or from
// the pick-up list, and the parent told to say it at the door after the
// teacher's last look. The clock is the headless kiosk's: Tuesday 11:00 in Brussels.
#include "app/pickup_sheet_hook.h"
#include "headless_kiosk.h"
#include "teacher_login.h"
#include "support/test_files.h"
#include "services/teacher_code.h"
#include "ui/widgets.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>

using namespace kd;
using kd::test::HeadlessKiosk;
using kd::test::LogIn;

namespace {

// A parent's five taps: tell, the child, a topic, a face, a wish (which sends); then home.
void Tell(HeadlessKiosk& k, const Child& child, const std::string& topic, const std::string& wish = "no_answer") {
    for (const std::string& id : {std::string("home.tell"), "child." + std::to_string(child.id), "topic." + topic,
                                  std::string("feeling.3"), "wish." + wish})
        REQUIRE(k.Tap(id));
    REQUIRE(k.CurrentScreen() == Screen::TellDone);
}

void GoHome(HeadlessKiosk& k) {
    REQUIRE(k.Tap("nav.home"));
    REQUIRE(k.CurrentScreen() == Screen::Home);
    k.Settle();
}

// One frame's words and pictures, as drawn.
void Record(HeadlessKiosk& k, ui::TextLog& texts, ui::PictureLog& pictures) {
    ui::RecordTexts(&texts);
    ui::RecordPictures(&pictures);
    k.Frame();
    ui::RecordTexts(nullptr);
    ui::RecordPictures(nullptr);
}

// The sign's map item: nullptr when nothing waits.
const ui::UiItem* Sign(HeadlessKiosk& k) { return k.Map().Find("home.waiting"); }

}  // namespace

TEST_CASE("home: the teacher's sign counts waiting messages and marks a same-day one, naming no family") {
    HeadlessKiosk k;
    k.Settle();
    CHECK_FALSE(Sign(k));  // nothing waits: nothing drawn
    const Child noor = k.Controller().Data().children[0];
    const Child second = k.Controller().Data().children[1];
    Tell(k, second, "eating", "call_me");
    GoHome(k);
    REQUIRE(Sign(k));
    CHECK(Sign(k)->msgid.empty());  // one waits; nothing that cannot wait
    CHECK(k.Controller().Data().waiting == 1);
    Tell(k, noor, "pickup");
    GoHome(k);
    REQUIRE(Sign(k));
    CHECK(Sign(k)->msgid == "same_day");
    CHECK(k.Controller().Data().waiting == 2);
    CHECK(k.Controller().Data().waiting_same_day == 1);
    // Nothing on home tells whose: no name, no child's symbol, no topic's picture.
    ui::TextLog texts;
    ui::PictureLog pictures;
    Record(k, texts, pictures);
    for (const ui::TextBox& t : texts) {
        CHECK(t.text.find(noor.first_name) == std::string::npos);
        CHECK(t.text.find(second.first_name) == std::string::npos);
    }
    for (const char* p : {noor.symbol.c_str(), second.symbol.c_str(), "🚗", "🍽️"})
        CHECK(std::find(pictures.begin(), pictures.end(), p) == pictures.end());
}

TEST_CASE("inbox: today's same-day messages come first; Done there clears the sign on home") {
    HeadlessKiosk k;
    k.Settle();
    const Child noor = k.Controller().Data().children[0];
    const Child second = k.Controller().Data().children[1];
    Tell(k, second, "eating", "call_me");
    GoHome(k);
    Tell(k, noor, "medicine");
    GoHome(k);
    LogIn(k);
    const TeacherInbox& box = k.Controller().Teacher().Inbox();
    REQUIRE(box.before_pickup.size() == 1);
    CHECK(box.before_pickup[0].child_id == noor.id);
    REQUIRE(box.today.size() == 1);
    CHECK(box.today[0].child_id == second.id);
    // Its Done answer comes before any other row's on the screen.
    const Id urgent = box.before_pickup[0].id;
    const ui::UiItem* first_answer = nullptr;
    for (const ui::UiItem& i : k.Map().Items())
        if (i.id.rfind("answer.", 0) == 0 && (!first_answer || i.min.y < first_answer->min.y)) first_answer = &i;
    REQUIRE(first_answer);
    CHECK(first_answer->id.find("." + std::to_string(urgent)) != std::string::npos);
    REQUIRE(k.Tap("answer.done." + std::to_string(urgent)));
    CHECK(k.Controller().Data().waiting_same_day == 0);
    CHECK(k.Controller().Data().waiting == 1);
    // Shown again, it has moved to the rest of today, as done.
    REQUIRE(k.Tap("teacher.inbox"));
    CHECK(k.Controller().Teacher().Inbox().before_pickup.empty());
    CHECK(k.Controller().Teacher().Inbox().today.size() == 2);
    REQUIRE(k.Tap("teacher.logout"));
    k.Settle();
    REQUIRE(Sign(k));
    CHECK(Sign(k)->msgid.empty());  // the other one still waits, but nothing that cannot
}

TEST_CASE("pick-up list: the child someone else collects, the one who stays home, and Done there") {
    HeadlessKiosk k;
    k.Settle();
    const Child noor = k.Controller().Data().children[0];
    const Child second = k.Controller().Data().children[1];
    const Child third = k.Controller().Data().children[2];
    Tell(k, noor, "pickup");
    GoHome(k);
    Tell(k, second, "absent");
    GoHome(k);
    Tell(k, third, "sick");  // same-day, but the same person collects: not on the list
    GoHome(k);
    LogIn(k);
    REQUIRE(k.Tap("inbox.pickup"));
    REQUIRE(k.CurrentScreen() == Screen::TeacherPickup);
    const TeacherInbox& box = k.Controller().Teacher().Inbox();
    std::vector<Id> listed;
    for (const ui::UiItem& i : k.Map().Items())
        if (i.id.rfind("pickup.done.", 0) == 0) listed.push_back(std::stoll(i.id.substr(12)));
    REQUIRE(listed.size() == 2);
    auto child_of = [&](Id concern) {
        for (const Concern& c : box.before_pickup)
            if (c.id == concern) return *c.child_id;
        return Id{0};
    };
    CHECK(child_of(listed[0]) == noor.id);  // in the order they came
    CHECK(child_of(listed[1]) == second.id);
    REQUIRE(k.Tap("pickup.done." + std::to_string(listed[0])));
    CHECK(k.Controller().Data().waiting_same_day == 2);
    REQUIRE(k.Tap("teacher.inbox"));
    CHECK(k.CurrentScreen() == Screen::TeacherInbox);
}

TEST_CASE("late: after the teacher's last look, a same-day message asks the parent to say it at the door") {
    Settings s;
    s.voice = true;
    s.voice_volume = 60;
    HeadlessKiosk k(1920, 1080, s);
    k.Settle();
    const Child noor = k.Controller().Data().children[0];
    const char* late = "The teacher may not see this before pick-up. Please tell them at the door.";
    auto said = [&] {
        for (const Speech& sp : k.Controller().TakeSpeech())
            if (std::find(sp.msgids.begin(), sp.msgids.end(), late) != sp.msgids.end()) return true;
        return false;
    };
    // 11:00, before the last look (14:30): the teacher will see it.
    Tell(k, noor, "pickup");
    CHECK_FALSE(k.Controller().State().sent_late);
    CHECK_FALSE(said());
    GoHome(k);
    // 15:00: too late for the teacher's last look.
    k.Clock().Advance(4 * 3600.0);
    k.Controller().Tick();
    k.Controller().TakeSpeech();
    k.Controller().Dispatch(intent::SetLanguage{"en"});  // a parent reading English: the words as the test has them
    Tell(k, noor, "pickup");
    CHECK(k.Controller().State().sent_late);
    CHECK(said());
    ui::TextLog texts;
    ui::PictureLog pictures;
    Record(k, texts, pictures);
    CHECK(std::any_of(texts.begin(), texts.end(), [&](const ui::TextBox& t) { return t.text == late && t.fits; }));
    CHECK(std::find(pictures.begin(), pictures.end(), "🗣️") != pictures.end());
    GoHome(k);
    CHECK_FALSE(k.Controller().State().sent_late);
    // A message that can wait is not late, whatever the time.
    Tell(k, noor, "eating", "call_me");
    CHECK_FALSE(k.Controller().State().sent_late);
}

TEST_CASE("pick-up list: saved on the USB stick as a one-page PDF; without a stick the button is off") {
    HeadlessKiosk k;
    kd::test::TempDir dir("pickup-stick");
    const std::filesystem::path root = dir.path / "media", stick = root / "KLAS";
    std::filesystem::create_directories(stick);
    const std::filesystem::path mountinfo = dir.path / "mountinfo";
    k.Controller().SetStickSource({root}, mountinfo);
    k.Controller().SetPickupSheetHook(
        MakePickupSheetHook(k.Controller(), k.Pictos(), std::filesystem::path(KLASDEUR_TEST_SHARE)));
    k.Settle();
    const Child noor = k.Controller().Data().children[0];
    Tell(k, noor, "pickup");
    GoHome(k);
    LogIn(k);
    REQUIRE(k.Tap("inbox.pickup"));
    k.Controller().Tick();
    k.Settle();
    REQUIRE(k.Map().Find("pickup.save"));
    CHECK_FALSE(k.Map().Find("pickup.save")->enabled);  // no stick yet
    // The stick goes in (as the kernel lists a mounted stick).
    std::ofstream(mountinfo) << "123 22 8:17 / " << stick.string() << " rw,nosuid,nodev,noexec,sync - vfat /dev/sdb1 rw\n";
    k.Clock().Advance(KioskController::kStickCheckSeconds + 0.1);
    k.Controller().Tick();
    k.Settle();
    REQUIRE(k.Map().Find("pickup.save")->enabled);
    REQUIRE(k.Tap("pickup.save"));
    INFO(k.Controller().Admin().Problem().English());
    const std::string name = "klasdeur-pickup-" + k.Controller().Data().today.Iso() + ".pdf";
    CHECK(k.Controller().Admin().Notice().English() == "Saved on the USB stick: " + name);
    CHECK(kd::test::ReadBytes(stick / name).rfind("%PDF-", 0) == 0);
    // Pulled out between the kiosk's look and the tap: it says why, and the kiosk goes on.
    std::filesystem::remove_all(stick);
    REQUIRE(k.Tap("pickup.save"));
    CHECK_THAT(k.Controller().Admin().Problem().English(),
               Catch::StartsWith("The pick-up list could not be saved on the USB stick: "));
    CHECK(k.CurrentScreen() == Screen::TeacherPickup);
}
