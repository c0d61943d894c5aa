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

    // Parses stored values; appends a sentence per bad value to `problems`.
    static Settings FromMap(const std::map<std::string, std::string>& values, std::vector<std::string>* problems);
};

}  // namespace kd
