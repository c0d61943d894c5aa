// The school's .ics through libical: recurrences, exceptions, moved and
// cancelled occurrences, zones, several calendars, types and flags, re-import.
#include "services/calendar_import.h"
#include "services/demo_school.h"
#include "services/kiosk_database.h"
#include "store/database.h"
#include "store/events_repo.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>

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

TEST_CASE("a broken file is refused with the events named, and the calendar stays as it was") {
    auto db = OpenKioskMemoryDatabase();
    SeedDemoSchool(*db, CivilDate{2026, 11, 24});
    const int before = store::EventsRepo(*db).Count();
    const CalendarImportResult r =
        ImportCalendar(*db, Read("broken.ics"), CivilDate{2026, 11, 24}, "Europe/Brussels", Rules());
    REQUIRE_FALSE(r.errors.empty());
    CHECK_THAT(r.errors[0], Catch::Contains("Geen uid of start"));
    CHECK(store::EventsRepo(*db).Count() == before);
    const CalendarImportResult junk =
        ImportCalendar(*db, "this is a shopping list", CivilDate{2026, 11, 24}, "Europe/Brussels", Rules());
    REQUIRE_FALSE(junk.errors.empty());
    CHECK(store::EventsRepo(*db).Count() == before);
}

TEST_CASE("a bad property in an event is reported once, not forever (fuzzer find)") {
    // Found by tests/fuzz/fuzz_ics: asking libical for the summary inside the loop
    // over a component's parse errors restarted that loop, eating memory without end.
    const std::string text = "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:ok@x\nSUMMARY:Feest\n"
                             "DTSTARTLU;AV=EDATE:2026112%\nX-A:1\nEND:VEVENT\nEND:VCALENDAR\n";
    const CalendarParse p =
        ParseCalendar(text, CivilDate{2026, 11, 16}, CivilDate{2027, 1, 18}, "Europe/Brussels", Rules());
    REQUIRE(p.errors.size() == 2);  // the bad line, then the start it leaves missing
    CHECK_THAT(p.errors[0], Catch::Contains("Feest"));
    CHECK_THAT(p.errors[0], Catch::Contains("DTSTARTLU"));
    CHECK_THAT(p.errors[1], Catch::Contains("no start"));
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
    REQUIRE_FALSE(p.errors.empty());
    CHECK_THAT(p.errors.back(), Catch::Contains("Herfstvakantie"));
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
