// How long a calendar import takes (not part of ctest):
//   klasdeur_calendar_bench SHARE_DIR [EVENTS]
// A school year as a big school's shared calendar holds it: EVENTS events,
// one in five weekly until June, one in twenty daily for a week, the rest
// single, some all-day, in Google's shape (VTIMEZONE, empty properties,
// VALARMs). Then the hostile fixture shapes at the same size: rules every
// second and every five minutes, 500 unreadable lines. Target: under 1 s per
// 1,000 events.
#include "domain/civil_date.h"
#include "services/calendar_import.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

using namespace kd;

namespace {

std::string Calendar(int n, bool hostile) {
    std::string s = "BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\n"
                    "X-WR-TIMEZONE:Europe/Brussels\r\n";
    char buf[512];
    for (int i = 0; i < n; ++i) {
        const CivilDate d = CivilDate{2026, 9, 1}.AddDays(i % 300);
        const char* rule = i % 5 == 0 ? "RRULE:FREQ=WEEKLY;UNTIL=20270630T215959Z\r\n"
                           : i % 20 == 1 ? "RRULE:FREQ=DAILY;COUNT=5\r\n"
                           : hostile && i % 50 == 2 ? "RRULE:FREQ=SECONDLY\r\n"
                           : hostile && i % 50 == 3 ? "RRULE:FREQ=DAILY;BYHOUR=8,9,10;BYMINUTE=0,5,10,15,20,25,30\r\n"
                                                    : "";
        const std::string day = d.Iso().substr(0, 4) + d.Iso().substr(5, 2) + d.Iso().substr(8, 2);
        if (i % 7 == 0)
            std::snprintf(buf, sizeof buf, "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:%s\r\nUID:ev%d@google.com\r\nSUMMARY:Studiedag %d\r\n"
                          "DESCRIPTION:\r\nLOCATION:\r\n%sEND:VEVENT\r\n", day.c_str(), i, i, rule);
        else
            std::snprintf(buf, sizeof buf, "BEGIN:VEVENT\r\nDTSTART;TZID=Europe/Brussels:%sT093000\r\nDTEND;TZID=Europe/Brussels:%sT102000\r\n"
                          "UID:ev%d@google.com\r\nSUMMARY:Turnen %d\r\nDESCRIPTION:\r\nLOCATION:\r\n%s%s"
                          "BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-P0DT0H30M0S\r\nEND:VALARM\r\nEND:VEVENT\r\n",
                          day.c_str(), day.c_str(), i, i, rule, hostile && i % 10 == 4 ? "X-APPLE-RADIUS=49.9\r\n" : "");
        s += buf;
    }
    return s + "END:VCALENDAR\r\n";
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s SHARE_DIR [EVENTS]\n", argv[0]);
        return 2;
    }
    const EventRules rules = EventRules::Load(std::filesystem::path(argv[1]) / "assets");
    const int n = argc > 2 ? std::atoi(argv[2]) : 5000;
    for (const bool hostile : {false, true}) {
        const std::string ics = Calendar(n, hostile);
        double best = 1e9;
        CalendarParse p;
        for (int run = 0; run < 3; ++run) {
            const auto t0 = std::chrono::steady_clock::now();
            p = ParseCalendar(ics, CivilDate{2026, 11, 23}, CivilDate{2027, 1, 31}, "Europe/Brussels", rules);
            best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
        }
        std::printf("%s: %d events (%.1f MiB), %zu occurrences in the window, %d left out, %zu note lines: "
                    "%.3f s, %.3f s per 1,000 events\n",
                    hostile ? "hostile" : "a school year", n, ics.size() / 1048576.0, p.events.size(), p.skipped,
                    p.notes.size(), best, best * 1000.0 / n);
    }
    return 0;
}
