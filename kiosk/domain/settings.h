#pragma once
// The kiosk's settings with their types and defaults. Stored as text in the
// settings table; a value that does not parse falls back to its default and is
// reported, so a typo never stops the kiosk.
#include "domain/model.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace kd {

enum class KioskMode { ClassroomDoor, Entrance };

struct Settings {
    int idle_timeout_s = 60;             // back home, draft dropped
    std::string default_lang = "nl";     // the language after each idle reset
    KioskMode mode = KioskMode::ClassroomDoor;
    Id class_id = 0;                     // the door's class; 0 = the first class
    std::string time_zone = "Europe/Brussels";
    std::string kiosk_id = "kiosk-1";
    int photo_retention_days = 7;        // photos older than this are deleted from disk and database
    bool keep_originals = false;         // keep the imported files as they came (off: privacy, disk)
    int attract_delay_s = 90;            // untouched home this long: today's photos as a slideshow
    std::string teacher_lang = "nl";     // teacher mode stays in this language, whatever a parent picked
    int teacher_idle_timeout_s = 120;    // teacher mode logs out after this long untouched
    int concern_retention_days = 30;     // concerns older than this are deleted (overwritten)
    std::vector<std::string> languages;  // the language bar, in this order; empty: every catalog, default order
    std::string night_start;             // "19:00": from then the screen dims to a clock; empty: no night
    std::string night_end;               // "07:00"
    std::string photo_folder;            // where teacher mode imports photos from (a USB stick's mount point)
    std::string calendar_file;           // the school's .ics that teacher mode re-imports

    // Parses stored values; appends a sentence per bad value to `problems`.
    static Settings FromMap(const std::map<std::string, std::string>& values, std::vector<std::string>* problems);
};

// Every setting a school may change, with a line of help (for `settings list` and --help).
struct SettingInfo {
    const char* key;
    const char* help;
};
const std::vector<SettingInfo>& SettingKeys();

// Nothing when `value` is right for `key`; else a sentence saying what is expected
// ("idle_timeout_s must be a number of seconds from 10 to 3600"). An unknown key
// is refused. `known_langs`: the catalogs there are (for default_lang,
// teacher_lang, languages).
std::optional<std::string> ValidateSetting(const std::string& key, const std::string& value,
                                           const std::vector<std::string>& known_langs);

// The value of `key` in `s` as it would be stored ("60", "entrance", "nl,fr,ar");
// empty for an unknown key. With FromMap's result: the value in effect.
std::string SettingText(const Settings& s, const std::string& key);

}  // namespace kd
