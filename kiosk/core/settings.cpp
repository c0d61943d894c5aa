#include "core/settings.h"

#include <charconv>
#include <cstdint>

namespace kd {
namespace {

bool ParseInt(const std::string& s, long long lo, long long hi, long long& out) {
    long long v = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || p != s.data() + s.size() || v < lo || v > hi) return false;
    out = v;
    return true;
}

}  // namespace

Settings Settings::FromMap(const std::map<std::string, std::string>& values, std::vector<std::string>* problems) {
    Settings s;
    auto bad = [&](const std::string& key, const std::string& value, const std::string& expected) {
        if (problems) problems->push_back("setting " + key + "='" + value + "' is not " + expected + "; using the default");
    };
    for (const auto& [key, value] : values) {
        long long n = 0;
        if (key == "idle_timeout_s") {
            if (ParseInt(value, 10, 3600, n)) s.idle_timeout_s = static_cast<int>(n);
            else bad(key, value, "a number of seconds from 10 to 3600");
        } else if (key == "default_lang") {
            if (!value.empty() && value.size() <= 8) s.default_lang = value;
            else bad(key, value, "a language code");
        } else if (key == "teacher_lang") {
            if (!value.empty() && value.size() <= 8) s.teacher_lang = value;
            else bad(key, value, "a language code");
        } else if (key == "mode") {
            if (value == "classroom") s.mode = KioskMode::ClassroomDoor;
            else if (value == "entrance") s.mode = KioskMode::Entrance;
            else bad(key, value, "'classroom' or 'entrance'");
        } else if (key == "class_id") {
            if (ParseInt(value, 0, INT64_MAX, n)) s.class_id = n;
            else bad(key, value, "a class id");
        } else if (key == "time_zone") {
            if (!value.empty()) s.time_zone = value;
        } else if (key == "kiosk_id") {
            if (!value.empty()) s.kiosk_id = value;
        } else if (key == "photo_retention_days") {
            if (ParseInt(value, 1, 3650, n)) s.photo_retention_days = static_cast<int>(n);
            else bad(key, value, "a number of days from 1 to 3650");
        } else if (key == "keep_originals") {
            if (value == "0" || value == "1") s.keep_originals = value == "1";
            else bad(key, value, "0 or 1");
        } else if (key == "teacher_idle_timeout_s") {
            if (ParseInt(value, 30, 3600, n)) s.teacher_idle_timeout_s = static_cast<int>(n);
            else bad(key, value, "a number of seconds from 30 to 3600");
        } else if (key == "concern_retention_days") {
            if (ParseInt(value, 1, 3650, n)) s.concern_retention_days = static_cast<int>(n);
            else bad(key, value, "a number of days from 1 to 3650");
        } else if (key == "attract_delay_s") {
            if (ParseInt(value, 10, 86400, n)) s.attract_delay_s = static_cast<int>(n);
            else bad(key, value, "a number of seconds from 10 to 86400");
        }
    }
    return s;
}

}  // namespace kd
