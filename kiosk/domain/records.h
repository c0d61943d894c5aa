#pragma once
// The kiosk's domain types: plain structs, no behaviour, no SQLite, no ImGui.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kd {

using Id = std::int64_t;

struct ClassInfo {
    Id id = 0;
    std::string name;     // "De Vlinders"
    std::string teacher;  // "Juf Sarah"
    std::string symbol;   // emoji on the class tile
};

struct Child {
    Id id = 0;
    Id class_id = 0;
    std::string first_name;
    std::string symbol;  // the child's own picture symbol (an emoji)
    bool photo_consent = false;
};

// A calendar entry in the school's wall-clock time.
struct Event {
    Id id = 0;
    std::string uid;
    std::optional<Id> class_id;     // empty: the whole school
    std::string title;
    std::string type;               // id in assets/event_types.tsv
    std::string start_date;         // YYYY-MM-DD
    std::optional<std::string> start_time;  // HH:MM; empty for all-day
    std::string end_date;           // inclusive
    std::optional<std::string> end_time;
    bool parents_welcome = false;
    std::optional<std::string> bring;  // emoji of what to bring
    bool special_clothes = false;
    bool pickup_changed = false;
    bool no_school = false;
    std::string source = "teacher";
};

struct Photo {
    Id id = 0;
    Id class_id = 0;
    std::string content_hash;
    std::string day;  // YYYY-MM-DD
    std::optional<std::int64_t> taken_at;
    std::int64_t imported_at = 0;
    std::string screen_file;  // relative to the data directory
    std::string thumb_file;
    int width = 0;
    int height = 0;
    bool hidden = false;
};

struct Poll {
    Id id = 0;
    std::string key;
    std::optional<Id> class_id;
    std::string question;  // msgid
    std::optional<Id> event_id;
    std::string opens_on;
    std::string closes_on;
};

}  // namespace kd

namespace kd {

enum class ConcernStatus { New, Seen, WillTalk, Done };

// What a parent told the teacher.
struct Concern {
    Id id = 0;
    std::string submission_id;
    Id class_id = 0;
    std::optional<Id> child_id;  // empty: about the whole class
    std::vector<std::string> topics;
    int feeling = 0;             // 1 very happy .. 5 very worried
    std::string wish;
    bool interpreter = false;
    std::string lang;
    std::string kiosk_id;
    std::int64_t created_at = 0;
    ConcernStatus status = ConcernStatus::New;
    std::int64_t status_at = 0;  // when the teacher last changed it; 0: never
    bool same_day = false;       // it cannot wait until the end of the day (a plain column, set at Send)
};

}  // namespace kd

namespace kd {

// Something the teacher must hear about that happened while nobody looked
// (the database restored from a backup, the kiosk restarting again and again).
struct Notice {
    Id id = 0;
    std::string kind;    // "database_restored", "restarts"
    std::string detail;  // "key=value" lines, read by services/maintenance.h
    std::int64_t created_at = 0;
};

}  // namespace kd
