// The school's .ics through libical: recurrences, exceptions, moved and
// cancelled occurrences, zones, several calendars, types and flags, re-import.
#include "services/calendar_import.h"
#include "services/demo_school.h"
#include "services/kiosk_database.h"
#include "store/database.h"
#include "store/events_repo.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace kd;

namespace {

std::string Read(const char* name) {
    std::ifstream in(std::string(KLASDEUR_TEST_SOURCE) + "/data/ics/" + name, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

EventRules Rules() { return EventRules::Load(std::filesystem::path(KLASDEUR_TEST_SHARE) / "assets"); }

const Event* Find(const std::vector<Event>& v, const std::string& title_part, const std::string& date) {
    for (const Event& e : v)
        if (e.title.find(title_part) != std::string::npos && e.start_date == date) return &e;
    return nullptr;
}

}  // namespace

TEST_CASE("a real school calendar: recurrence, EXDATE, a moved occurrence, all-day, zones, two calendars") {
    const CalendarParse p = ParseCalendar(Read("school.ics"), CivilDate{2026, 11, 23}, CivilDate{2027, 1, 10},
                                          "Europe/Brussels", Rules());
    INFO(p.errors.size() << " errors");
    REQUIRE(p.errors.empty());
    const auto& ev = p.events;
    // Weekly swimming on Thursdays at 10:00 Brussels time.
    const Event* swim = Find(ev, "Zwemmen", "2026-11-26");
    REQUIRE(swim);
    CHECK(swim->start_time == "10:00");
    CHECK(swim->end_time == "11:30");
    CHECK(swim->type == "swimming");
    CHECK(swim->bring == "🩱");
    CHECK_FALSE(Find(ev, "Zwemmen", "2026-12-03"));  // EXDATE
    CHECK_FALSE(Find(ev, "Zwemmen", "2026-12-10"));  // moved away by RECURRENCE-ID ...
    const Event* moved = Find(ev, "later", "2026-12-11");
    REQUIRE(moved);  // ... to the Friday afternoon
    CHECK(moved->start_time == "13:00");
    CHECK(Find(ev, "Zwemmen", "2026-12-17"));
    // All-day carnival: a costume day, parents welcome, special clothes, pick-up time said.
    const Event* carnival = Find(ev, "Carnaval", "2026-11-27");
    REQUIRE(carnival);
    CHECK_FALSE(carnival->start_time);
    CHECK(carnival->end_date == "2026-11-27");  // DTEND of an all-day event is exclusive
    CHECK(carnival->type == "costume");
    CHECK(carnival->parents_welcome);
    CHECK(carnival->special_clothes);
    CHECK(carnival->pickup_changed);
    // Two days off from CATEGORIES.
    const Event* off = Find(ev, "Herfstvakantie", "2026-11-30");
    REQUIRE(off);
    CHECK(off->end_date == "2026-12-01");
    CHECK(off->type == "no_school");
    CHECK(off->no_school);
    // UTC time shown in Brussels time; a folded summary unfolded.
    const Event* info = Find(ev, "Infoavond nieuwe kleuters", "2026-11-25");
    REQUIRE(info);
    CHECK(info->start_time == "19:00");
    CHECK(info->type == "info_evening");
    // Outlook's Windows zone name.
    const Event* talks = Find(ev, "Oudercontact", "2026-11-26");
    REQUIRE(talks);
    CHECK(talks->start_time == "16:00");
    CHECK(talks->type == "talks");
    // The second calendar in the same file, in French.
    const Event* piscine = Find(ev, "Piscine", "2026-11-24");
    REQUIRE(piscine);
    CHECK(piscine->type == "swimming");
    CHECK(piscine->start_time == "10:00");
    // The cancelled trip is not there.
    CHECK_FALSE(Find(ev, "zee", "2026-11-24"));
    CHECK(p.cancelled == 1);
}

TEST_CASE("across the DST change the wall-clock time stays") {
    const std::string ics =
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:gym@x\r\nSUMMARY:Turnen\r\n"
        "DTSTART;TZID=Europe/Brussels:20270318T093000\r\nDTEND;TZID=Europe/Brussels:20270318T102000\r\n"
        "RRULE:FREQ=WEEKLY;COUNT=3\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    const CalendarParse p = ParseCalendar(ics, CivilDate{2027, 3, 15}, CivilDate{2027, 4, 10}, "Europe/Brussels", Rules());
    REQUIRE(p.events.size() == 3);
    for (const Event& e : p.events) {
        INFO(e.start_date);
        CHECK(e.start_time == "09:30");  // 28 March 2027 is the change: still half past nine
    }
}

TEST_CASE("an unreadable event is left out and named, the rest imports, junk is refused") {
    auto db = OpenKioskMemoryDatabase();
    SeedDemoSchool(*db, CivilDate{2026, 11, 24});
    const int before = store::EventsRepo(*db).Count();
    const CalendarImportResult r =
        ImportCalendar(*db, Read("broken.ics"), CivilDate{2026, 11, 24}, "Europe/Brussels", Rules());
    CHECK(r.errors.empty());
    CHECK(r.events == 1);  // Feest
    CHECK(r.skipped == 1);
    REQUIRE(r.notes.size() == 1);
    CHECK_THAT(r.notes[0], Catch::Contains("Geen uid of start"));
    const CalendarImportResult junk =
        ImportCalendar(*db, "this is a shopping list", CivilDate{2026, 11, 24}, "Europe/Brussels", Rules());
    REQUIRE_FALSE(junk.errors.empty());
    CHECK(store::EventsRepo(*db).Count() == before + 1);  // the shopping list changed nothing
}

TEST_CASE("a bad property in an event is reported once, not forever (fuzzer find)") {
    // Found by tests/fuzz/fuzz_ics: asking libical for the summary inside the loop
    // over a component's parse errors restarted that loop, eating memory without end.
    const std::string text = "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:ok@x\nSUMMARY:Feest\n"
                             "DTSTARTLU;AV=EDATE:2026112%\nX-A:1\nEND:VEVENT\nEND:VCALENDAR\n";
    const CalendarParse p =
        ParseCalendar(text, CivilDate{2026, 11, 16}, CivilDate{2027, 1, 18}, "Europe/Brussels", Rules());
    REQUIRE(p.notes.size() == 2);  // the bad line, then the start it leaves missing
    CHECK_THAT(p.notes[0], Catch::Contains("Feest"));
    CHECK_THAT(p.notes[0], Catch::Contains("DTSTARTLU"));
    CHECK_THAT(p.notes[1], Catch::Contains("without a readable start"));
    CHECK_FALSE(p.errors.empty());  // its only event unreadable: refused rather than emptying the calendar
}

TEST_CASE("a date that is no date is an error, not an event that ends before it starts (fuzzer find)") {
    // Found by a 10-minute run of tests/fuzz/fuzz_ics (corpus/ics/regress-not-a-date.ics):
    // libical reads "202612-2" as a date with day -2, which made an event end before its start.
    const std::string text = "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:herfst@x\nSUMMARY:Herfstvakantie\n"
                             "DTSTART;VALUE=DATE:202612-2\nEND:VEVENT\nEND:VCALENDAR\n";
    const CalendarParse p =
        ParseCalendar(text, CivilDate{2026, 11, 16}, CivilDate{2027, 1, 18}, "Europe/Brussels", Rules());
    for (const Event& e : p.events) {
        CHECK(CivilDate::Parse(e.start_date));
        CHECK(CivilDate::Parse(e.end_date));
        CHECK(e.end_date >= e.start_date);
    }
    REQUIRE_FALSE(p.notes.empty());
    CHECK_THAT(p.notes.back(), Catch::Contains("Herfstvakantie"));
}

TEST_CASE("re-importing updates by uid: no duplicates, removed events disappear") {
    auto db = OpenKioskMemoryDatabase();
    SeedDemoSchool(*db, CivilDate{2026, 11, 24});
    const int demo = store::EventsRepo(*db).Count();
    const CivilDate today{2026, 11, 24};
    const CalendarImportResult a = ImportCalendar(*db, Read("school.ics"), today, "Europe/Brussels", Rules());
    REQUIRE(a.errors.empty());
    CHECK(a.events > 5);
    const CalendarImportResult b = ImportCalendar(*db, Read("school.ics"), today, "Europe/Brussels", Rules());
    CHECK(b.events == a.events);
    CHECK(b.removed == 0);
    CHECK(store::EventsRepo(*db).Count() == demo + a.events);
    // The same file without the carnival: it goes, the rest stays.
    std::string without = Read("school.ics");
    const size_t s = without.find("BEGIN:VEVENT\nUID:carnaval");
    const size_t e = without.find("END:VEVENT", s) + std::string("END:VEVENT\n").size();
    REQUIRE(s != std::string::npos);
    without.erase(s, e - s);
    const CalendarImportResult c = ImportCalendar(*db, without, today, "Europe/Brussels", Rules());
    CHECK(c.removed == 1);
    CHECK(store::EventsRepo(*db).Count() == demo + a.events - 1);
}

// --- Calendars as the apps that teachers use export them (tests/data/ics/make_producers.py) ---

namespace {
CalendarParse ParseFixture(const char* name) {
    return ParseCalendar(Read(name), CivilDate{2026, 11, 23}, CivilDate{2027, 1, 31}, "Europe/Brussels", Rules());
}
int Count(const std::vector<Event>& v, const std::string& title_part) {
    return static_cast<int>(std::count_if(v.begin(), v.end(), [&](const Event& e) {
        return e.title.find(title_part) != std::string::npos;
    }));
}
}  // namespace

TEST_CASE("Google Calendar's export: empty properties are no refusal, and the week shows as Google does") {
    const CalendarParse p = ParseFixture("google.ics");
    CHECK(p.errors.empty());
    CHECK(p.notes.empty());  // LOCATION: and DESCRIPTION: with nothing after them are simply absent
    // Gym every Tuesday 09:30-10:20 Brussels time, except 29 December.
    const Event* gym = Find(p.events, "Turnen", "2026-12-01");
    REQUIRE(gym);
    CHECK(*gym->start_time == "09:30");
    CHECK(*gym->end_time == "10:20");
    CHECK(gym->type == "gym");
    CHECK(Find(p.events, "Turnen", "2026-12-22"));
    CHECK_FALSE(Find(p.events, "Turnen", "2026-12-29"));
    CHECK(Count(p.events, "Turnen") == 9);  // 24 Nov .. 26 Jan, less the EXDATE
    // The day off: all day, one day (DTEND is exclusive).
    const Event* off = Find(p.events, "studiedag", "2026-12-07");
    REQUIRE(off);
    CHECK_FALSE(off->start_time);
    CHECK(off->end_date == "2026-12-07");
    CHECK(off->no_school);
    // In UTC in the file (13:00Z), 14:00 on the school's clock; guests and reminder ignored.
    const Event* party = Find(p.events, "Kerstfeest", "2026-12-11");
    REQUIRE(party);
    CHECK(*party->start_time == "14:00");
    CHECK(*party->end_time == "15:30");
    CHECK(party->parents_welcome);
}

TEST_CASE("Outlook's export: a byte-order mark, quoted Windows zone names, a moved occurrence") {
    const CalendarParse p = ParseFixture("outlook.ics");
    CHECK(p.errors.empty());
    CHECK(p.notes.empty());
    const Event* swim = Find(p.events, "Zwemmen", "2026-12-02");
    REQUIRE(swim);
    CHECK(*swim->start_time == "10:00");
    CHECK(*swim->end_time == "11:30");
    CHECK(swim->type == "swimming");
    const Event* moved = Find(p.events, "Zwemmen", "2026-12-09");
    REQUIRE(moved);
    CHECK(*moved->start_time == "12:00");  // RECURRENCE-ID: moved to noon, the 10:00 one is gone
    CHECK(Count(p.events, "Zwemmen") == 9);  // COUNT=10, the tenth after the window
    const Event* costume = Find(p.events, "Verkleedfeest", "2026-12-18");
    REQUIRE(costume);
    CHECK_FALSE(costume->start_time);
    CHECK(costume->special_clothes);
}

TEST_CASE("Apple Calendar's export: structured locations and alarms, a fortnightly rule") {
    const CalendarParse p = ParseFixture("apple.ics");
    CHECK(p.errors.empty());
    CHECK(p.notes.empty());
    for (const char* d : {"2026-12-03", "2026-12-17", "2026-12-31", "2027-01-14", "2027-01-28"}) {
        INFO(d);
        const Event* trip = Find(p.events, "kinderboerderij", d);
        REQUIRE(trip);
        CHECK(*trip->start_time == "08:45");
        CHECK(trip->type == "trip");
    }
    CHECK(Count(p.events, "kinderboerderij") == 5);
    CHECK(Find(p.events, "Kerstvakantie", "2026-12-21"));
}

TEST_CASE("Nextcloud's export: categories, an RDATE period, an event without a UID") {
    const CalendarParse p = ParseFixture("nextcloud.ics");
    CHECK(p.errors.empty());
    CHECK(p.notes.empty());
    const Event* coffee = Find(p.events, "Koffie", "2026-12-04");
    REQUIRE(coffee);
    CHECK(*coffee->start_time == "15:00");
    CHECK(coffee->type == "coffee");
    const Event* extra = Find(p.events, "Koffie", "2026-12-11");  // RDATE;VALUE=PERIOD 14:00Z-15:00Z
    REQUIRE(extra);
    CHECK(*extra->start_time == "15:00");
    CHECK(*extra->end_time == "16:00");
    const Event* talks = Find(p.events, "Oudercontact", "2026-12-15");
    REQUIRE(talks);
    CHECK(talks->uid.rfind("content-", 0) == 0);  // named by its content
    // The same content gives the same id: a re-import updates it, never doubles it.
    CHECK(ParseFixture("nextcloud.ics").events.size() == p.events.size());
    for (const Event& e : ParseFixture("nextcloud.ics").events)
        if (e.title == "Oudercontact") CHECK(e.uid == talks->uid);
}

TEST_CASE("Thunderbird's export: a daily rule with an exception and a cancelled day") {
    const CalendarParse p = ParseFixture("thunderbird.ics");
    CHECK(p.errors.empty());
    CHECK(p.notes.empty());
    CHECK(Count(p.events, "Voorleesweek") == 3);  // 7, 8 and 11 December
    CHECK(Find(p.events, "Voorleesweek", "2026-12-08"));
    CHECK_FALSE(Find(p.events, "Voorleesweek", "2026-12-09"));  // EXDATE
    CHECK_FALSE(Find(p.events, "Voorleesweek", "2026-12-10"));  // cancelled
    CHECK(p.cancelled == 1);
}

TEST_CASE("a hostile calendar: what can be read imports, the rest is named in a few lines") {
    const CalendarParse p = ParseFixture("hostile.ics");
    CHECK(p.errors.empty());
    CHECK(Find(p.events, "Sportdag", "2026-12-08"));
    CHECK(Count(p.events, "Every day since 1900") == 70);  // 23 Nov .. 31 Jan
    CHECK(Count(p.events, "Every second") == 0);
    CHECK(Count(p.events, "Every five minutes") == 0);
    CHECK(Count(p.events, "Every day since 1900 until 2030") == 0);
    CHECK(p.skipped == 4);
    REQUIRE(p.notes.size() == 4);  // 500 bad lines, two rules too frequent, a year-long event, no start
    CHECK_THAT(p.notes[0], Catch::Contains("(500)") && Catch::Contains("X-APPLE-RADIUS=") &&
                               Catch::Contains("and 497 more like this"));
    CHECK_THAT(p.notes[1], Catch::Contains("Every second") && Catch::Contains("Every five minutes"));
    CHECK_THAT(p.notes[2], Catch::Contains("longer than a year") && Catch::Contains("until 2030"));
    CHECK_THAT(p.notes[3], Catch::Contains("No start"));
}

TEST_CASE("the notes stay short whatever the file: at most ten lines") {
    std::string ics = "BEGIN:VCALENDAR\nVERSION:2.0\n";
    for (int kind = 0; kind < 40; ++kind) ics += "BEGIN:VEVENT\nUID:u" + std::to_string(kind) + "\nSUMMARY:E" +
                                                  std::to_string(kind) + "\nDTSTART;VALUE=DATE:2026120" +
                                                  std::to_string(kind % 9 + 1) + "\nEND:VEVENT\n";
    for (int i = 0; i < 2000; ++i) ics += "BEGIN:VEVENT\nUID:bad" + std::to_string(i) + "\nSUMMARY:Bad\nEND:VEVENT\n";
    ics += "END:VCALENDAR\n";
    const CalendarParse p =
        ParseCalendar(ics, CivilDate{2026, 11, 23}, CivilDate{2027, 1, 31}, "Europe/Brussels", Rules());
    CHECK(p.errors.empty());
    CHECK(p.skipped == 2000);
    CHECK(p.notes.size() <= kMaxNoteLines);
    CHECK_THAT(p.notes[0], Catch::Contains("(2000)") && Catch::Contains("1997 more like this"));
}
