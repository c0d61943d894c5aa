#pragma once
// The kiosk's settings with their types and defaults. Stored as text in the
// settings table; a value that does not parse falls back to its default and is
// reported, so a typo never stops the kiosk.
#include "core/model.h"

#include <map>
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

    // Parses stored values; appends a sentence per bad value to `problems`.
    static Settings FromMap(const std::map<std::string, std::string>& values, std::vector<std::string>* problems);
};

}  // namespace kd
