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

// What calendar apps really export is taken: an empty property is an absent
// one, an unknown line is ignored, an event without a UID gets one from its
// content, an event that cannot be read is skipped and named. A file is
// refused only when nothing in it is a calendar.
struct CalendarParse {
    std::vector<Event> events;        // occurrences inside the window, school wall time
    std::vector<std::string> errors;  // non-empty: this is not a calendar, nothing is imported
    // What was left out or ignored, grouped by kind and counted: at most
    // kMaxNoteLines lines whatever the file ("... and 212 more like this").
    std::vector<std::string> notes;
    int skipped = 0;    // events left out (unreadable, repeating more often than daily)
    int cancelled = 0;
};
inline constexpr size_t kMaxNoteLines = 10;

// Parses the text and expands it into occurrences between `from` and `to` (inclusive).
CalendarParse ParseCalendar(const std::string& ics_text, const CivilDate& from, const CivilDate& to,
                            const std::string& school_tz, const EventRules& rules);

struct CalendarImportResult {
    int events = 0;   // occurrences stored
    int removed = 0;  // imported before, gone from the file now
    int cancelled = 0;
    int skipped = 0;
    std::vector<std::string> errors;  // non-empty: not a calendar; the calendar was left as it was
    std::vector<std::string> notes;   // what was left out, grouped (CalendarParse::notes)
};

// Parses and stores in one transaction: events by uid (and occurrence date),
// updated in place; those no longer in the file removed. A file that is no
// calendar changes nothing; a calendar with some unreadable events imports the rest.
CalendarImportResult ImportCalendar(SQLite::Database& db, const std::string& ics_text, const CivilDate& today,
                                    const std::string& school_tz, const EventRules& rules, int weeks_ahead = 8);

}  // namespace kd
