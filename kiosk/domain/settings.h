#pragma once
// The kiosk's settings with their defaults, and the table that describes each
// one. Stored as text in the settings table; a value that does not parse falls
// back to its default and is reported, so a typo never stops the kiosk.
#include "domain/records.h"

#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace kd {

enum class KioskMode { ClassroomDoor, Entrance };  // in the order of the mode row's choices

struct Settings {
    int idle_timeout_s = 60;             // back home, draft dropped
    std::string default_lang = "nl";     // the language after each idle reset
    KioskMode mode = KioskMode::ClassroomDoor;
    Id class_id = 0;                     // the door's class; 0 = the first class
    std::string time_zone = "Europe/Brussels";
    std::string kiosk_id = "kiosk-1";
    int photo_retention_days = 7;        // photos older than this are deleted from disk and database
    bool keep_originals = false;         // keep the imported files as they came (off: privacy, disk)
    bool show_heard = true;              // after a parent picks their child: seen / wants to talk / done, in pictures
    bool voice = true;                   // the parent screens speak their questions, and a tile held down
    int voice_volume = 50;               // percent: modest, a door has other parents within earshot
    int attract_delay_s = 90;            // untouched home this long: today's photos as a slideshow
    std::string teacher_lang = "nl";     // teacher mode stays in this language, whatever a parent picked
    int teacher_idle_timeout_s = 120;    // teacher mode logs out after this long untouched
    int concern_retention_days = 30;     // concerns older than this are deleted (overwritten)
    std::vector<std::string> languages;  // the language bar, in this order; empty: every catalog, default order
    std::string night_start;             // "19:00": from then the screen dims to a clock; empty: no night
    std::string night_end;               // "07:00"
    std::string last_look = "14:30";     // after this, a same-day message may not be seen before pick-up: the parent is told
    std::string photo_folder;            // where teacher mode imports photos from (a USB stick's mount point)
    std::string voice_folder;            // where teacher mode imports voice recordings from: a subfolder per language
    std::string calendar_file;           // the school's .ics that teacher mode re-imports

    // Parses stored values; appends a sentence per bad value to `problems`.
    static Settings FromMap(const std::map<std::string, std::string>& values, std::vector<std::string>* problems);
};

// The settings table: one row per setting a school may change, with its type,
// range, the settings screen's step, unit and label, and a line of help.
// Parsing (FromMap), checking (ValidateSetting), the stored text (SettingText),
// `klasdeur settings` and the teacher's settings screen all read these rows, so
// a range or a step is written once. A row's default is its field's value in
// Settings{} (the initializers above).
enum class SettingType {
    Number,     // a whole number from lo to hi, in unit_msgid; the settings screen steps it by `step`
    ClassId,    // a class's id, from lo (0: the first class)
    Flag,       // 0 or 1
    Choice,     // one of the words of `choices`
    Language,   // a language code (one there is a catalog for, when set)
    Languages,  // language codes separated by commas, each once
    TimeZone,   // an Olson name ICU knows
    TimeOfDay,  // HH:MM, or empty
    Name,       // lo to hi characters, no control characters
    Folder,     // a folder's path, or empty
    File,       // a file's path, or empty
};

// One value of a Choice setting: as stored, and as the settings screen offers it.
struct SettingChoice {
    const char* word;         // "entrance"
    const char* emoji;        // "🏫"
    const char* label_msgid;  // "School entrance"
};

// Where a row's value lives in Settings (its type says which kind).
using SettingField = std::variant<int Settings::*, Id Settings::*, bool Settings::*, KioskMode Settings::*,
                                  std::string Settings::*, std::vector<std::string> Settings::*>;

struct SettingSpec {
    const char* key;
    SettingType type;
    SettingField field;
    long long lo = 0, hi = 0;                 // Number, ClassId: the range; Name: its length
    long long step = 0;                       // Number: what the settings screen's − and + change
    const char* unit_msgid = nullptr;         // Number: "seconds", "days"
    const char* label_msgid = nullptr;        // the settings screen's label; nullptr: none of its own
    std::span<const SettingChoice> choices{}; // Choice: its values, in the screen's order
    const char* help = "";                    // for `klasdeur settings --help`, before the default
    const char* default_means = nullptr;      // what the default stands for ("no night"), where its value does not say
};

// Every row, in the order `settings list` prints them and the settings screen draws them.
std::span<const SettingSpec> SettingSpecs();
// The row for `key`; nullptr for a key that is no setting.
const SettingSpec* FindSetting(std::string_view key);

// What a good value is, as ValidateSetting and FromMap say it ("a number of
// seconds from 10 to 3600", "'classroom' or 'entrance'").
std::string SettingExpected(const SettingSpec& spec);

// A row's value as a number: Number and ClassId their value, Flag 0 or 1,
// Choice the index of its word; 0 for the other types.
long long SettingNumber(const Settings& s, const SettingSpec& spec);

// A Number row's value one step down (direction < 0) or up, kept in its range:
// what the settings screen's − and + store.
long long StepSetting(const SettingSpec& spec, long long value, int direction);

// Nothing when `value` is right for `key`; else a sentence saying what is expected
// ("idle_timeout_s must be a number of seconds from 10 to 3600, not '0'"). An
// unknown key is refused. `known_langs`: the catalogs there are (for Language
// and Languages rows).
std::optional<std::string> ValidateSetting(const std::string& key, const std::string& value,
                                           const std::vector<std::string>& known_langs);

// The value of `key` in `s` as it would be stored ("60", "entrance", "nl,fr,ar");
// empty for an unknown key. With FromMap's result: the value in effect; with
// Settings{}: the default.
std::string SettingText(const Settings& s, const std::string& key);

}  // namespace kd
