#include "domain/settings.h"

#include "domain/time_zone.h"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <functional>
#include <set>

namespace kd {
namespace {

bool ParseInt(const std::string& s, long long lo, long long hi, long long& out) {
    long long v = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || p != s.data() + s.size() || v < lo || v > hi) return false;
    out = v;
    return true;
}

std::string Trim(const std::string& s) {
    const char* ws = " \t\n\r\f\v";
    const size_t a = s.find_first_not_of(ws);
    if (a == std::string::npos) return {};
    return s.substr(a, s.find_last_not_of(ws) - a + 1);
}

// "nl", "pt_BR", "sr-Latn": 2 to 8 ASCII letters, '_' or '-', starting with a letter.
bool IsLanguageCode(const std::string& s) {
    if (s.size() < 2 || s.size() > 8) return false;
    auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    if (!letter(s[0])) return false;
    return std::all_of(s.begin(), s.end(), [&](char c) { return letter(c) || c == '_' || c == '-'; });
}

// "nl,fr, ar" -> {nl, fr, ar}; nothing when a code is malformed or listed twice.
std::optional<std::vector<std::string>> ParseLanguages(const std::string& value) {
    std::vector<std::string> out;
    if (Trim(value).empty()) return out;
    size_t at = 0;
    while (true) {
        const size_t comma = value.find(',', at);
        const std::string code = Trim(value.substr(at, comma == std::string::npos ? std::string::npos : comma - at));
        if (!IsLanguageCode(code) || std::find(out.begin(), out.end(), code) != out.end()) return std::nullopt;
        out.push_back(code);
        if (comma == std::string::npos) break;
        at = comma + 1;
    }
    return out;
}

// "07:30": exactly HH:MM, 00:00 to 23:59.
bool IsHhmm(const std::string& s) {
    if (s.size() != 5 || s[2] != ':') return false;
    for (const int i : {0, 1, 3, 4})
        if (s[i] < '0' || s[i] > '9') return false;
    const int h = (s[0] - '0') * 10 + (s[1] - '0'), m = (s[3] - '0') * 10 + (s[4] - '0');
    return h <= 23 && m <= 59;
}

bool HasControlCharacter(const std::string& s) {
    return std::any_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7F; });
}

std::string Join(const std::vector<std::string>& v) {
    std::string out;
    for (const std::string& s : v) out += (out.empty() ? "" : ", ") + s;
    return out;
}

// One setting: its help, what a good value is, and how it lands in Settings
// (false: the value is not right and `s` is untouched). FromMap and
// ValidateSetting both go through this table, so they agree on every range.
struct Def {
    const char* key;
    const char* help;
    const char* expected;  // "a number of seconds from 10 to 3600"
    std::function<bool(const std::string&, Settings&)> apply;
    std::function<std::string(const Settings&)> text;  // the value as stored
};

std::function<bool(const std::string&, Settings&)> IntIn(long long lo, long long hi, int Settings::*field) {
    return [=](const std::string& v, Settings& s) {
        long long n = 0;
        if (!ParseInt(v, lo, hi, n)) return false;
        s.*field = static_cast<int>(n);
        return true;
    };
}

std::function<std::string(const Settings&)> IntText(int Settings::*field) {
    return [=](const Settings& s) { return std::to_string(s.*field); };
}

// A setting whose empty value means "none" (the default); any other value must pass `ok`.
std::function<bool(const std::string&, Settings&)> OptionalText(std::string Settings::*field,
                                                                 std::function<bool(const std::string&)> ok) {
    return [=](const std::string& v, Settings& s) {
        if (!v.empty() && !ok(v)) return false;
        s.*field = v;
        return true;
    };
}

std::function<std::string(const Settings&)> Text(std::string Settings::*field) {
    return [=](const Settings& s) { return s.*field; };
}

bool IsPath(const std::string& v) { return !HasControlCharacter(v); }

const std::vector<Def>& Defs() {
    static const std::vector<Def> kDefs = {
        {"idle_timeout_s", "Seconds untouched before the kiosk goes back home and drops a half-made message (60)",
         "a number of seconds from 10 to 3600", IntIn(10, 3600, &Settings::idle_timeout_s),
         IntText(&Settings::idle_timeout_s)},
        {"default_lang", "The kiosk's language, back after each parent: a language code (nl)", "a language code",
         [](const std::string& v, Settings& s) {
             if (!IsLanguageCode(v)) return false;
             s.default_lang = v;
             return true;
         },
         Text(&Settings::default_lang)},
        {"teacher_lang", "The language of teacher mode, whatever a parent picked (nl)", "a language code",
         [](const std::string& v, Settings& s) {
             if (!IsLanguageCode(v)) return false;
             s.teacher_lang = v;
             return true;
         },
         Text(&Settings::teacher_lang)},
        {"mode", "classroom: the door of one class; entrance: parents first pick the class (classroom)",
         "'classroom' or 'entrance'",
         [](const std::string& v, Settings& s) {
             if (v == "classroom") s.mode = KioskMode::ClassroomDoor;
             else if (v == "entrance") s.mode = KioskMode::Entrance;
             else return false;
             return true;
         },
         [](const Settings& s) { return std::string(s.mode == KioskMode::Entrance ? "entrance" : "classroom"); }},
        {"class_id", "The class at this door: an id from `klasdeur class list` (0: the first class)", "a class id",
         [](const std::string& v, Settings& s) {
             long long n = 0;
             if (!ParseInt(v, 0, INT64_MAX, n)) return false;
             s.class_id = n;
             return true;
         },
         [](const Settings& s) { return std::to_string(s.class_id); }},
        {"time_zone", "The school's time zone, an Olson name such as Europe/Brussels (Europe/Brussels)",
         "a time zone name such as Europe/Brussels",
         [](const std::string& v, Settings& s) {
             if (v.empty() || !IsKnownTimeZone(v)) return false;
             s.time_zone = v;
             return true;
         },
         Text(&Settings::time_zone)},
        {"kiosk_id", "This kiosk's name, kept with each message (kiosk-1)", "a name of 1 to 64 characters",
         [](const std::string& v, Settings& s) {
             if (v.empty() || v.size() > 64 || HasControlCharacter(v)) return false;
             s.kiosk_id = v;
             return true;
         },
         Text(&Settings::kiosk_id)},
        {"photo_retention_days", "Photos older than this many days are deleted (7)", "a number of days from 1 to 3650",
         IntIn(1, 3650, &Settings::photo_retention_days), IntText(&Settings::photo_retention_days)},
        {"keep_originals", "1: keep imported photo files as they came; 0: only the kiosk's own copies (0)", "0 or 1",
         [](const std::string& v, Settings& s) {
             if (v != "0" && v != "1") return false;
             s.keep_originals = v == "1";
             return true;
         },
         [](const Settings& s) { return std::string(s.keep_originals ? "1" : "0"); }},
        {"attract_delay_s", "Seconds of an untouched home before today's photos show as a slideshow (90)",
         "a number of seconds from 10 to 86400", IntIn(10, 86400, &Settings::attract_delay_s),
         IntText(&Settings::attract_delay_s)},
        {"teacher_idle_timeout_s", "Seconds untouched before teacher mode logs out (120)",
         "a number of seconds from 30 to 3600", IntIn(30, 3600, &Settings::teacher_idle_timeout_s),
         IntText(&Settings::teacher_idle_timeout_s)},
        {"concern_retention_days", "Parents' messages older than this many days are deleted (30)",
         "a number of days from 1 to 3650", IntIn(1, 3650, &Settings::concern_retention_days),
         IntText(&Settings::concern_retention_days)},
        {"languages", "The language bar, in order: comma-separated codes such as nl,fr,ar (empty: every language)",
         "language codes separated by commas, each once, such as nl,fr,ar",
         [](const std::string& v, Settings& s) {
             auto codes = ParseLanguages(v);
             if (!codes) return false;
             s.languages = std::move(*codes);
             return true;
         },
         [](const Settings& s) {
             std::string out;
             for (const std::string& c : s.languages) out += (out.empty() ? "" : ",") + c;
             return out;
         }},
        {"night_start", "From this time (HH:MM) the screen dims to a clock; set night_end too (empty: no night)",
         "a time from 00:00 to 23:59 (HH:MM), or empty", OptionalText(&Settings::night_start, IsHhmm),
         Text(&Settings::night_start)},
        {"night_end", "At this time (HH:MM) the night ends and the kiosk wakes (empty: no night)",
         "a time from 00:00 to 23:59 (HH:MM), or empty", OptionalText(&Settings::night_end, IsHhmm),
         Text(&Settings::night_end)},
        {"photo_folder", "The folder teacher mode imports photos from, such as a USB stick's mount point",
         "a folder's path", OptionalText(&Settings::photo_folder, IsPath), Text(&Settings::photo_folder)},
        {"calendar_file", "The school's .ics file that teacher mode imports again", "a file's path",
         OptionalText(&Settings::calendar_file, IsPath), Text(&Settings::calendar_file)},
    };
    return kDefs;
}

const Def* FindDef(const std::string& key) {
    for (const Def& d : Defs())
        if (key == d.key) return &d;
    return nullptr;
}

}  // namespace

Settings Settings::FromMap(const std::map<std::string, std::string>& values, std::vector<std::string>* problems) {
    Settings s;
    auto report = [&](const std::string& sentence) {
        if (problems) problems->push_back(sentence);
    };
    for (const auto& [key, value] : values) {
        const Def* d = FindDef(key);
        if (!d) continue;  // a key of a newer version, or a note: not ours to judge
        if (!d->apply(value, s))
            report("setting " + key + "='" + value + "' is not " + d->expected + "; using the default");
    }
    // A night needs its start and its end.
    if (s.night_start.empty() != s.night_end.empty()) {
        report(std::string("setting ") + (s.night_start.empty() ? "night_end" : "night_start") + " is set but " +
               (s.night_start.empty() ? "night_start" : "night_end") + " is not; the screen does not dim at night");
        s.night_start.clear();
        s.night_end.clear();
    } else if (!s.night_start.empty() && s.night_start == s.night_end) {
        report("settings night_start and night_end are both " + s.night_start + "; the screen does not dim at night");
        s.night_start.clear();
        s.night_end.clear();
    }
    return s;
}

const std::vector<SettingInfo>& SettingKeys() {
    static const std::vector<SettingInfo> kKeys = [] {
        std::vector<SettingInfo> out;
        for (const Def& d : Defs()) out.push_back(SettingInfo{d.key, d.help});
        return out;
    }();
    return kKeys;
}

std::optional<std::string> ValidateSetting(const std::string& key, const std::string& value,
                                           const std::vector<std::string>& known_langs) {
    const Def* d = FindDef(key);
    if (!d) return "there is no setting called '" + key + "'";
    Settings s;
    if (!d->apply(value, s)) return key + " must be " + d->expected + ", not '" + value + "'";

    auto known = [&](const std::string& code) {
        return std::find(known_langs.begin(), known_langs.end(), code) != known_langs.end();
    };
    const std::string there_are =
        known_langs.empty() ? std::string("no language catalogs were found") : "the languages are " + Join(known_langs);
    if (key == "default_lang" || key == "teacher_lang") {
        if (!known(value)) return key + ": there is no language '" + value + "' (" + there_are + ")";
    } else if (key == "languages") {
        for (const std::string& code : s.languages)
            if (!known(code)) return "languages: there is no language '" + code + "' (" + there_are + ")";
    }
    return std::nullopt;
}

std::string SettingText(const Settings& s, const std::string& key) {
    const Def* d = FindDef(key);
    return d ? d->text(s) : std::string();
}

}  // namespace kd
