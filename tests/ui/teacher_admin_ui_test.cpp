// Teacher mode's running of the kiosk, through the real screens: the class
// list (add, edit, symbol, consent, remove), polls (make one, parents answer it
// on home with one tap, the gate, close it), settings (steppers, languages,
// mode, quit) and photos (import from the folder, hide, delete).
#include "domain/settings.h"
#include "headless_kiosk.h"
#include "teacher_login.h"
#include "media/photo_decode.h"
#include "media/photo_import.h"
#include "services/class_list.h"
#include "services/teacher_code.h"
#include "store/children_repo.h"
#include "store/photos_repo.h"
#include "store/polls_repo.h"
#include "store/settings_repo.h"
#include "ui/sizes.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

using namespace kd;
using kd::test::HeadlessKiosk;
using kd::test::LogIn;

namespace {

void CheckThumbSized(HeadlessKiosk& k) {
    const float min_px = ui::Em(ui::kMinTouchEm);
    for (const ui::UiItem& i : k.Map().Items()) {
        INFO(ScreenName(k.CurrentScreen()) << ": " << i.id);
        CHECK(i.max.x - i.min.x >= min_px);
        CHECK(i.max.y - i.min.y >= min_px);
    }
}

void TypeName(HeadlessKiosk& k, const std::string& lower) {
    for (char c : lower) REQUIRE(k.Tap(c == ' ' ? std::string("name-key.space") : std::string("name-key.") + c));
}

}  // namespace

TEST_CASE("the class list: add a child with a free symbol, edit, consent, remove") {
    HeadlessKiosk k;
    LogIn(k);
    REQUIRE(k.Tap("teacher.class"));
    REQUIRE(k.CurrentScreen() == Screen::TeacherClass);
    CheckThumbSized(k);
    const size_t before = k.Controller().Data().children.size();
    REQUIRE(k.Tap("child.add"));
    REQUIRE(k.CurrentScreen() == Screen::TeacherChild);
    CheckThumbSized(k);
    // Only free symbols are offered: none of the class's children's.
    const auto& free = k.Controller().Admin().FreeSymbols();
    REQUIRE_FALSE(free.empty());
    for (const Child& c : k.Controller().Data().children)
        CHECK(std::find(free.begin(), free.end(), c.symbol) == free.end());
    TypeName(k, "anna");
    REQUIRE(k.Tap("name-key.-"));
    TypeName(k, "lena");
    CHECK(k.Controller().Admin().Child().name == "Anna-Lena");  // capitals by themselves
    const std::string symbol = free.front();
    REQUIRE(k.Tap("symbol." + symbol));
    REQUIRE(k.Tap("child.consent"));
    REQUIRE(k.Tap("child.save"));
    CHECK(k.CurrentScreen() == Screen::TeacherClass);
    REQUIRE(k.Controller().Data().children.size() == before + 1);
    Id anna = 0;
    for (const Child& c : k.Controller().Data().children)
        if (c.first_name == "Anna-Lena") {
            anna = c.id;
            CHECK(c.symbol == symbol);
            CHECK(c.photo_consent);
        }
    REQUIRE(anna != 0);

    // A symbol another child has is refused, with words, and nothing changes.
    REQUIRE(k.Tap("edit-child." + std::to_string(anna)));
    const std::string taken = k.Controller().Data().children.front().id != anna
                                  ? k.Controller().Data().children.front().symbol
                                  : k.Controller().Data().children.back().symbol;
    k.Controller().Dispatch(intent::Teach{intent::teach::PickSymbol{taken}});
    REQUIRE(k.Tap("child.save"));
    CHECK(k.CurrentScreen() == Screen::TeacherChild);
    CHECK_FALSE(k.Controller().Admin().Problem().Empty());

    // Remove: off the parents' list.
    REQUIRE(k.Tap("child.remove"));
    CHECK(k.CurrentScreen() == Screen::TeacherClass);
    CHECK(k.Controller().Data().children.size() == before);
    REQUIRE(k.Tap("teacher.logout"));
    REQUIRE(k.Tap("home.tell"));
    CHECK_FALSE(k.Map().Find("child." + std::to_string(anna)));
}

TEST_CASE("a poll made in teacher mode is answered on home with one tap, once per moment, then closed") {
    HeadlessKiosk k;
    // The demo's own poll, closed first, so the new one is the one parents see.
    LogIn(k);
    REQUIRE(k.Tap("teacher.polls"));
    REQUIRE(k.CurrentScreen() == Screen::TeacherPolls);
    CheckThumbSized(k);
    for (const PollSummary& p : k.Controller().Polls()) REQUIRE(k.Tap("poll.close." + std::to_string(p.poll.id)));
    REQUIRE(k.Tap("poll-question.welcome"));
    REQUIRE(k.Tap("poll-days.3"));
    REQUIRE(k.Tap("poll.create"));
    INFO(k.Controller().Admin().Problem().English());
    REQUIRE(k.Controller().Polls().size() >= 1);
    const PollSummary made = k.Controller().Polls().front();
    CHECK(made.poll.question == "Did you feel welcome?");
    CHECK(made.poll.closes_on == k.Controller().Data().today.AddDays(2).Iso());
    REQUIRE(k.Tap("teacher.logout"));

    // A parent on home: the band with the question and five faces.
    REQUIRE(k.Controller().Data().poll);
    CHECK(k.Controller().Data().poll->id == made.poll.id);
    REQUIRE(k.Map().Find("poll.1"));
    CheckThumbSized(k);
    REQUIRE(k.Tap("poll.2"));
    CHECK(k.Controller().State().poll_thanks);  // thanked at once
    CHECK_FALSE(k.Map().Find("poll.2"));        // the faces make room for the thank-you
    k.Controller().Dispatch(intent::AnswerPoll{5});  // a second press in the same moment
    CHECK(store::PollsRepo(k.Db()).Results(made.poll.id) == std::array<int, 5>{0, 1, 0, 0, 0});
    // The moment passes: the faces are back and a next parent counts.
    k.Clock().Advance(5);
    k.Controller().Tick();
    k.Settle();
    REQUIRE(k.Tap("poll.1"));
    CHECK(store::PollsRepo(k.Db()).Results(made.poll.id) == std::array<int, 5>{1, 1, 0, 0, 0});

    // The teacher sees the answers, then closes the poll: parents no longer see it.
    k.Clock().Advance(5);
    k.Controller().Tick();
    REQUIRE(k.Hold("home.teacher", 3.2));
    k.TypeOnKeyboard("vlinders2026", true);
    REQUIRE(k.Tap("teacher.polls"));
    CHECK(k.Controller().Polls().front().total == 2);
    REQUIRE(k.Tap("poll.close." + std::to_string(made.poll.id)));
    REQUIRE(k.Tap("teacher.logout"));
    CHECK_FALSE(k.Controller().Data().poll);
    CHECK_FALSE(k.Map().Find("poll.1"));
}

TEST_CASE("settings: steppers, the language bar, the mode, and a refusal for what is out of range") {
    HeadlessKiosk k;
    LogIn(k);
    REQUIRE(k.Tap("teacher.settings"));
    REQUIRE(k.CurrentScreen() == Screen::TeacherSettings);
    CheckThumbSized(k);
    const int idle = k.Controller().GetSettings().idle_timeout_s;
    REQUIRE(k.Tap("setting-more.idle_timeout_s"));
    CHECK(k.Controller().GetSettings().idle_timeout_s == idle + 10);
    CHECK(store::SettingsRepo(k.Db()).Get("idle_timeout_s") == std::to_string(idle + 10));
    // Down to the least: the stepper stops there; below it the store refuses.
    for (int i = 0; i < 20; ++i) k.Tap("setting-less.idle_timeout_s");
    CHECK(k.Controller().GetSettings().idle_timeout_s == 10);
    k.Controller().Dispatch(intent::Teach{intent::teach::SetSetting{"idle_timeout_s", "0"}});
    CHECK(k.Controller().GetSettings().idle_timeout_s == 10);
    CHECK_FALSE(k.Controller().Admin().Problem().Empty());

    // Night hours: on with the moon, then an hour later.
    REQUIRE(k.Tap("setting-night"));
    CHECK(k.Controller().GetSettings().night_start == "19:00");
    CHECK(k.Controller().GetSettings().night_end == "07:00");
    REQUIRE(k.Tap("setting-more.night_start"));
    CHECK(k.Controller().GetSettings().night_start == "20:00");
    REQUIRE(k.Tap("setting-night"));
    CHECK(k.Controller().GetSettings().night_start.empty());

    // Arabic one place earlier on the bar (before English), and the time zone.
    REQUIRE(k.Tap("setting-lang-earlier.ar"));
    {
        const std::string list = store::SettingsRepo(k.Db()).Get("languages").value_or("");
        CHECK(list.find("ar") < list.find("en"));
        CHECK(list.find("fr") < list.find("ar"));
    }
    REQUIRE(k.Tap("setting-next.time_zone"));
    CHECK(k.Controller().GetSettings().time_zone == "Europe/Amsterdam");
    REQUIRE(k.Tap("setting-prev.time_zone"));
    CHECK(k.Controller().GetSettings().time_zone == "Europe/Brussels");

    // Take Russian off the bar: parents no longer see it.
    REQUIRE(k.Tap("setting-lang.ru"));
    CHECK(store::SettingsRepo(k.Db()).Get("languages").value_or("").find("ru") == std::string::npos);
    REQUIRE(k.Tap("teacher.logout"));
    CHECK_FALSE(k.Map().Find("lang.ru"));
    CHECK(k.Map().Find("lang.ar"));

    // The entrance mode asks parents for the class first.
    REQUIRE(k.Hold("home.teacher", 3.2));
    k.TypeOnKeyboard("vlinders2026", true);
    REQUIRE(k.Tap("teacher.settings"));
    REQUIRE(k.Tap("setting-mode.entrance"));
    CHECK(k.Controller().GetSettings().mode == KioskMode::Entrance);
    REQUIRE(k.Tap("teacher.logout"));
    REQUIRE(k.Tap("home.tell"));
    CHECK(k.CurrentScreen() == Screen::TellClass);
}

TEST_CASE("the settings screen draws its rows from the settings table: one stepper per number, mirrored right to left") {
    for (const std::string lang : {"nl", "ar"}) {
        INFO(lang);
        const bool rtl = lang == "ar";
        Settings settings;
        settings.teacher_lang = lang;
        HeadlessKiosk k(1920, 1080, settings);
        store::SettingsRepo(k.Db()).Set("teacher_lang", lang);  // a change reloads the settings from the store
        LogIn(k);
        REQUIRE(k.Tap("teacher.settings"));
        size_t numbers = 0;
        for (const SettingSpec& spec : SettingSpecs()) {
            const std::string key = spec.key;
            INFO(key);
            if (spec.type == SettingType::Choice)
                for (const SettingChoice& c : spec.choices) CHECK(k.Map().Find("setting-" + key + "." + c.word));
            if (spec.type == SettingType::Language) {
                CHECK(k.Map().Find("setting-prev." + key));
                CHECK(k.Map().Find("setting-next." + key));
            }
            if (spec.type != SettingType::Number) continue;
            ++numbers;
            const ui::UiItem* less = k.Map().Find("setting-less." + key);
            const ui::UiItem* more = k.Map().Find("setting-more." + key);
            REQUIRE(less);
            REQUIRE(more);
            // In the column read first, the − at the reading start.
            CHECK((more->Center().x > 960) == rtl);
            CHECK((less->Center().x > more->Center().x) == rtl);
            // Each tap one step of the row's, in its range.
            const long long was = SettingNumber(k.Controller().GetSettings(), spec);
            REQUIRE(k.Tap("setting-more." + key));
            const long long up = SettingNumber(k.Controller().GetSettings(), spec);
            CHECK(up == StepSetting(spec, was, 1));
            CHECK(up == std::min(spec.hi, was + spec.step));
            REQUIRE(k.Tap("setting-less." + key));
            CHECK(SettingNumber(k.Controller().GetSettings(), spec) == StepSetting(spec, up, -1));
        }
        // Nothing else steps while the night is off: one − and one + per number.
        size_t steppers_less = 0, steppers_more = 0;
        for (const ui::UiItem& i : k.Map().Items()) {
            steppers_less += i.id.rfind("setting-less.", 0) == 0;
            steppers_more += i.id.rfind("setting-more.", 0) == 0;
        }
        CHECK(numbers == 6);
        CHECK(steppers_less == numbers);
        CHECK(steppers_more == numbers);
    }
}

TEST_CASE("quitting is only behind the code") {
    HeadlessKiosk k;
    k.Controller().Dispatch(intent::Teach{intent::teach::Quit{}});
    CHECK_FALSE(k.Controller().QuitRequested());
    LogIn(k);
    REQUIRE(k.Tap("teacher.settings"));
    REQUIRE(k.Tap("setting.quit"));
    CHECK(k.Controller().QuitRequested());
}

TEST_CASE("photos: import from the folder, hide one, delete one") {
    HeadlessKiosk k;
    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() / ("klasdeur-tphotos-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir / "stick");
    // Two real photos (JPEGs made here, different content) and a file that is not one.
    for (int i = 0; i < 2; ++i) {
        media::RgbaImage img(800, 600);
        for (size_t p = 0; p < img.pixels.size(); p += 4) img.pixels[p] = static_cast<unsigned char>(60 + 100 * i);
        std::ofstream(dir / "stick" / ("photo" + std::to_string(i) + ".jpg"), std::ios::binary) << media::EncodeJpeg(img, 85);
    }
    std::ofstream(dir / "stick" / "broken.jpg") << "not a photo";  // a damaged file: skipped, named
    store::SettingsRepo(k.Db()).Set("photo_folder", (dir / "stick").string());
    k.Controller().SetPhotoDir(dir);
    HookImport(k, dir);
    int redraws = 0;
    k.Controller().SetRedrawHook([&] { ++redraws; });
    LogIn(k);
    // The folder setting is read when settings change; set it through the screen's path.
    REQUIRE(k.Tap("teacher.settings"));
    k.Controller().Dispatch(intent::Teach{intent::teach::SetSetting{"photo_folder", (dir / "stick").string()}});
    REQUIRE(k.Tap("teacher.photos"));
    REQUIRE(k.CurrentScreen() == Screen::TeacherPhotos);
    const int before = store::PhotosRepo(k.Db()).Count();
    REQUIRE(k.Tap("photos.import"));
    // It starts on the next tick, after a frame that says so; the button is off meanwhile.
    CHECK(k.Controller().ImportingPhotos());
    CHECK(k.Controller().Tick());
    CHECK_FALSE(k.Controller().ImportingPhotos());
    CHECK(redraws == 3);  // a progress frame after each of the three files
    k.Settle();
    INFO(k.Controller().Admin().Problem().English());
    CHECK(k.Controller().LastPhotoImport().imported == 2);
    CHECK(k.Controller().LastPhotoImport().skipped == 1);
    REQUIRE(k.Controller().LastPhotoImport().problems.size() == 1);
    CHECK(k.Controller().LastPhotoImport().problems[0].rfind("broken.jpg: ", 0) == 0);
    CHECK(store::PhotosRepo(k.Db()).Count() == before + 2);
    CheckThumbSized(k);

    const Photo first = k.Controller().TeacherPhotos().front();
    REQUIRE(k.Tap("photo.hide." + std::to_string(first.id)));
    CHECK(store::PhotosRepo(k.Db()).Find(first.id)->hidden);
    for (const Photo& p : k.Controller().Data().photos) CHECK(p.id != first.id);  // parents no longer see it
    REQUIRE(k.Tap("photo.show." + std::to_string(first.id)));
    CHECK_FALSE(store::PhotosRepo(k.Db()).Find(first.id)->hidden);
    REQUIRE(k.Tap("photo.delete." + std::to_string(first.id)));
    CHECK_FALSE(store::PhotosRepo(k.Db()).Find(first.id));
    CHECK_FALSE(fs::exists(dir / first.screen_file));
    CHECK_FALSE(fs::exists(dir / first.thumb_file));
    fs::remove_all(dir);
}

TEST_CASE("calendar: the teacher changes what an event means, and a re-import keeps that choice") {
    HeadlessKiosk k;
    namespace fs = std::filesystem;
    const fs::path ics = fs::temp_directory_path() / ("klasdeur-tcal-" + std::to_string(::getpid()) + ".ics");
    // Thursday 26 November 2026: "Schoolreis" (a trip by its title).
    std::ofstream(ics) << "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:test\r\nBEGIN:VEVENT\r\nUID:trip-1@school\r\n"
                          "DTSTAMP:20261101T000000Z\r\nDTSTART;VALUE=DATE:20261126\r\nDTEND;VALUE=DATE:20261127\r\n"
                          "SUMMARY:Schoolreis naar de zoo\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    store::SettingsRepo(k.Db()).Set("calendar_file", ics.string());
    LogIn(k);
    REQUIRE(k.Tap("teacher.settings"));
    k.Controller().Dispatch(intent::Teach{intent::teach::SetSetting{"calendar_file", ics.string()}});
    REQUIRE(k.Tap("teacher.calendar"));
    REQUIRE(k.CurrentScreen() == Screen::TeacherCalendar);
    REQUIRE(k.Tap("calendar.import"));
    INFO(k.Controller().Admin().Problem().English());
    const Event* trip = nullptr;
    for (const Event& e : k.Controller().TeacherEvents())
        if (e.uid.rfind("trip-1@school", 0) == 0) trip = &e;
    REQUIRE(trip);
    const Id id = trip->id;
    CHECK(trip->type == "trip");
    CheckThumbSized(k);

    // It is really a swimming trip, and parents may come: two taps and one.
    REQUIRE(k.Tap("event-type." + std::to_string(id)));
    REQUIRE(k.Tap("event-type-pick.swimming." + std::to_string(id)));
    REQUIRE(k.Tap("event-flag.parents_welcome." + std::to_string(id)));
    auto find = [&]() -> Event {
        for (const Event& e : k.Controller().TeacherEvents())
            if (e.id == id) return e;
        FAIL("the event is gone");
        return {};
    };
    CHECK(find().type == "swimming");
    CHECK(find().parents_welcome);
    // The file is imported again: its title wins, the teacher's meaning stays.
    REQUIRE(k.Tap("calendar.import"));
    CHECK(find().type == "swimming");
    CHECK(find().parents_welcome);
    fs::remove(ics);
}

TEST_CASE("calendar: the teacher's import takes Google's export and names what it left out") {
    HeadlessKiosk k;
    namespace fs = std::filesystem;
    const fs::path ics = fs::temp_directory_path() / ("klasdeur-gcal-" + std::to_string(::getpid()) + ".ics");
    // As Google writes it (empty LOCATION and DESCRIPTION), plus an event without a start.
    std::ofstream(ics) << "BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\n"
                          "X-WR-TIMEZONE:Europe/Brussels\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261126\r\n"
                          "DTEND;VALUE=DATE:20261127\r\nUID:sport@google.com\r\nDESCRIPTION:\r\nLOCATION:\r\n"
                          "SUMMARY:Sportdag\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:nostart@google.com\r\n"
                          "SUMMARY:Zonder datum\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    LogIn(k);
    REQUIRE(k.Tap("teacher.settings"));
    k.Controller().Dispatch(intent::Teach{intent::teach::SetSetting{"calendar_file", ics.string()}});
    REQUIRE(k.Tap("teacher.calendar"));
    REQUIRE(k.Tap("calendar.import"));
    CHECK(k.Controller().Admin().Problem().Empty());
    CHECK(k.Controller().Admin().Notice().English() == "1 events imported; 1 could not be read and were left out.");
    bool sport = false;
    for (const Event& e : k.Controller().TeacherEvents()) sport |= e.title == "Sportdag";
    CHECK(sport);
    fs::remove(ics);
}

TEST_CASE("an entrance kiosk's teacher keeps each class's list") {
    HeadlessKiosk k;
    const PictogramTable& symbols = Pictograms::Load(std::filesystem::path(KLASDEUR_TEST_SHARE) / "assets").symbols;
    const Id second = AddClass(k.Db(), "De Egeltjes", "Meester Tom", "🦔", symbols);
    store::SettingsRepo(k.Db()).Set("mode", "entrance");
    LogIn(k);
    REQUIRE(k.Tap("teacher.settings"));
    k.Controller().Dispatch(intent::Teach{intent::teach::SetSetting{"mode", "entrance"}});
    REQUIRE(k.Tap("teacher.class"));
    REQUIRE(k.Tap("admin-class." + std::to_string(second)));
    CHECK(k.Controller().AdminClass() == second);
    REQUIRE(k.Tap("child.add"));
    TypeName(k, "tom");
    REQUIRE(k.Tap("symbol." + k.Controller().Admin().FreeSymbols().front()));
    REQUIRE(k.Tap("child.save"));
    INFO(k.Controller().Admin().Problem().English());
    int in_second = 0;
    for (const Child& c : k.Controller().Data().all_children) in_second += c.class_id == second && c.first_name == "Tom";
    CHECK(in_second == 1);
}

TEST_CASE("a problem is kept as its msgid and the file's path, and drawn in the teacher's language") {
    HeadlessKiosk k;
    const std::string missing = "/nonexistent/klasdeur-" + std::to_string(::getpid()) + ".ics";
    LogIn(k);
    REQUIRE(k.Tap("teacher.settings"));
    k.Controller().Dispatch(intent::Teach{intent::teach::SetSetting{"calendar_file", missing}});
    k.Controller().Dispatch(intent::Teach{intent::teach::SetSetting{"teacher_lang", "ar"}});
    REQUIRE(k.Controller().State().lang == "ar");
    k.Settle();  // the tabs, right to left now
    REQUIRE(k.Tap("teacher.calendar"));
    REQUIRE(k.Tap("calendar.import"));
    CHECK(k.Controller().Admin().Problem() == Message(N_("The calendar file cannot be read: %s"), missing));
    k.Settle();  // drawn right to left, the path filled in (i18n::Format)
    CHECK(k.CurrentScreen() == Screen::TeacherCalendar);
}

TEST_CASE("voice: the teacher imports a stick's recordings, a subfolder per language, and sees how it went") {
    HeadlessKiosk k;
    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() / ("klasdeur-tvoice-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir / "stick" / "so");
    fs::create_directories(dir / "stick" / "notes");  // not a language: left alone
    // A recording as a phone saves it (16-bit WAV, made here) and a file that is none.
    {
        std::ofstream wav(dir / "stick" / "so" / "what-is-it-about.wav", std::ios::binary);
        const int rate = 16000, n = rate;
        auto u32 = [&](uint32_t v) { wav.write(reinterpret_cast<const char*>(&v), 4); };
        auto u16 = [&](uint16_t v) { wav.write(reinterpret_cast<const char*>(&v), 2); };
        wav << "RIFF";
        u32(36 + n * 2);
        wav << "WAVEfmt ";
        u32(16), u16(1), u16(1), u32(rate), u32(rate * 2), u16(2), u16(16);
        wav << "data";
        u32(n * 2);
        for (int i = 0; i < n; ++i) u16(static_cast<uint16_t>(static_cast<int16_t>(9000 * std::sin(i * 0.12))));
    }
    std::ofstream(dir / "stick" / "so" / "sick.mp3") << "not a recording";
    k.Controller().SetDataDir(dir / "data");
    LogIn(k);
    REQUIRE(k.Tap("teacher.settings"));
    REQUIRE(k.Tap("setting.voice-import"));  // no folder set yet: it says so
    CHECK(std::string(k.Controller().Admin().Problem().msgid) ==
          "No folder for voice recordings is set yet (ask for the setting voice_folder).");
    k.Controller().Dispatch(intent::Teach{intent::teach::SetSetting{"voice_folder", (dir / "stick").string()}});
    REQUIRE(k.Tap("setting.voice-import"));
    const Message& notice = k.Controller().Admin().Notice();
    REQUIRE(notice.msgid);
    CHECK(std::string(notice.msgid) == "Voice recordings imported: %d (%s). Files skipped: %d, for example %s");
    CHECK(notice.args[0] == "1");
    CHECK(notice.args[1] == "so");
    CHECK(notice.args[2] == "1");
    CHECK_THAT(notice.args[3], Catch::Contains("sick.mp3"));
    CHECK(fs::is_regular_file(dir / "data" / "voice" / "so" / "what-is-it-about.ogg"));
    fs::remove_all(dir);
}
