#pragma once
// What the screens show, read from the store in one go when something changes
// (start, a new day, a new language, a submission), never per frame.
#include "domain/civil_date.h"
#include "domain/records.h"

#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace kd {

struct DayEvents {
    CivilDate date;
    std::string weekday_label;  // "maandag", "lundi", ... in the current language
    std::string date_label;     // "maandag 23 november"
    std::string day_number;     // "23": digits 0-9 in every language (docs/LANGUAGES.md)
    std::vector<Event> events;
};

struct ScreenData {
    std::vector<ClassInfo> classes;  // every class (the entrance kiosk shows them all)
    ClassInfo door_class;            // the class this kiosk belongs to (or the first)
    std::vector<Child> children;     // of door_class
    std::vector<Child> all_children; // of every class on an entrance kiosk; else of door_class

    CivilDate today;
    std::string today_label;         // "dinsdag 24 november"

    std::string photos_day;          // today, or the most recent day with photos
    std::string photos_day_label;
    std::vector<Photo> photos;       // of photos_day, newest first

    std::array<DayEvents, 7> week;   // Monday to Sunday of the week shown (the weekend shows only with events)
    std::optional<Poll> poll;
    std::optional<Event> poll_event;  // what the poll asks about, if it is about an event
    std::optional<Photo> poll_photo;  // a photo of that event's day, if there is one

    // The newest concern of the last kStatusDays about each child, once the
    // teacher answered it: the parent's side shows that it was heard, never what.
    std::map<Id, ConcernStatus> child_status;
    // For the teacher walking past the door: how many messages wait unanswered, and how many
    // of today's cannot wait until the end of the day. Counts only, never whose or what.
    int waiting = 0, waiting_same_day = 0;
};

inline constexpr int kStatusDays = 7;

// Everything the school typed that the parent's screens draw: class, teacher
// and children's names, event titles (the font atlas needs their letters).
std::string TypedTextOf(const ScreenData& data);

// How a photo import from the teacher's screen went, file by file.
struct PhotoImportReport {
    int imported = 0, duplicates = 0, skipped = 0;
    std::vector<std::string> lines;     // one per file: its name and what happened
    std::vector<std::string> problems;  // the skipped ones, and why
};

}  // namespace kd
