#pragma once
// The school's calendar from an .ics file, through libical: all-day and timed
// events (TZID, UTC, Windows zone names), RRULE recurrences expanded inside a
// window with EXDATE, moved occurrences (RECURRENCE-ID hides the original),
// cancelled events left out, several calendars in one file. Each occurrence
// gets a type and flags (what it means for a parent) from tables in assets/.
#include "domain/civil_date.h"
#include "domain/records.h"

#include <filesystem>
#include <string>
#include <vector>

namespace SQLite { class Database; }

namespace kd {

// How titles and categories become types and flags (assets/event_keywords.tsv, event_flags.tsv).
struct EventRules {
    std::vector<std::pair<std::string, std::vector<std::string>>> types;  // type id -> keywords, in order
    std::vector<std::pair<std::string, std::vector<std::string>>> flags;  // flag -> keywords
    static EventRules Load(const std::filesystem::path& assets_dir);
    // Type and flags of an event from its CATEGORIES, title and description.
    void Classify(Event& e, const std::string& categories, const std::string& description) const;
};

struct CalendarParse {
    std::vector<Event> events;        // occurrences inside the window, school wall time
    std::vector<std::string> errors;  // what was wrong, by line or event; non-empty: nothing is imported
    int cancelled = 0;
};

// Parses the text and expands it into occurrences between `from` and `to` (inclusive).
CalendarParse ParseCalendar(const std::string& ics_text, const CivilDate& from, const CivilDate& to,
                            const std::string& school_tz, const EventRules& rules);

struct CalendarImportResult {
    int events = 0;   // occurrences stored
    int removed = 0;  // imported before, gone from the file now
    int cancelled = 0;
    std::vector<std::string> errors;  // non-empty: the calendar was left as it was
};

// Parses and stores in one transaction: events by uid (and occurrence date),
// updated in place; those no longer in the file removed. A broken file changes nothing.
CalendarImportResult ImportCalendar(SQLite::Database& db, const std::string& ics_text, const CivilDate& today,
                                    const std::string& school_tz, const EventRules& rules, int weeks_ahead = 8);

}  // namespace kd
