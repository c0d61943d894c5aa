#include "domain/settings.h"

#include "domain/time_zone.h"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <type_traits>

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

// Marks a msgid for lang/update-pot.sh, as i18n/catalog.h's N_ does (domain sits below i18n).
#define N_(s) s

constexpr SettingChoice kModes[] = {
    {"classroom", "🚪", N_("Classroom door")},
    {"entrance", "🏫", N_("School entrance")},
};

// The table. Its order is `settings list`'s and the settings screen's (the
// steppers top to bottom, the languages' cycles).
constexpr SettingSpec kSpecs[] = {
    {.key = "idle_timeout_s", .type = SettingType::Number, .field = &Settings::idle_timeout_s, .lo = 10, .hi = 3600,
     .step = 10, .unit_msgid = N_("seconds"), .label_msgid = N_("Back to the start screen after"),
     .help = "Seconds untouched before the kiosk goes back home and drops a half-made message"},
    {.key = "default_lang", .type = SettingType::Language, .field = &Settings::default_lang,
     .label_msgid = N_("The kiosk's language"),
     .help = "The kiosk's language, back after each parent: a language code"},
    {.key = "teacher_lang", .type = SettingType::Language, .field = &Settings::teacher_lang,
     .label_msgid = N_("Teacher mode's language"), .help = "The language of teacher mode, whatever a parent picked"},
    {.key = "mode", .type = SettingType::Choice, .field = &Settings::mode, .choices = kModes,
     .help = "classroom: the door of one class; entrance: parents first pick the class"},
    {.key = "class_id", .type = SettingType::ClassId, .field = &Settings::class_id, .lo = 0, .hi = INT64_MAX,
     .help = "The class at this door: an id from `klasdeur class list`", .default_means = "the first class"},
    {.key = "time_zone", .type = SettingType::TimeZone, .field = &Settings::time_zone, .label_msgid = N_("Time zone"),
     .help = "The school's time zone, an Olson name such as Europe/Brussels"},
    {.key = "kiosk_id", .type = SettingType::Name, .field = &Settings::kiosk_id, .lo = 1, .hi = 64,
     .help = "This kiosk's name, kept with each message"},
    {.key = "attract_delay_s", .type = SettingType::Number, .field = &Settings::attract_delay_s, .lo = 10,
     .hi = 86400, .step = 30, .unit_msgid = N_("seconds"), .label_msgid = N_("Photos as a slideshow after"),
     .help = "Seconds of an untouched home before today's photos show as a slideshow"},
    {.key = "teacher_idle_timeout_s", .type = SettingType::Number, .field = &Settings::teacher_idle_timeout_s,
     .lo = 30, .hi = 3600, .step = 30, .unit_msgid = N_("seconds"), .label_msgid = N_("Teacher mode closes after"),
     .help = "Seconds untouched before teacher mode logs out"},
    {.key = "photo_retention_days", .type = SettingType::Number, .field = &Settings::photo_retention_days, .lo = 1,
     .hi = 3650, .step = 1, .unit_msgid = N_("days"), .label_msgid = N_("Keep photos for"),
     .help = "Photos older than this many days are deleted"},
    {.key = "keep_originals", .type = SettingType::Flag, .field = &Settings::keep_originals,
     .help = "1: keep imported photo files as they came; 0: only the kiosk's own copies"},
    {.key = "show_heard", .type = SettingType::Flag, .field = &Settings::show_heard,
     .help = "1: once parents pick their child, show whether the teacher saw their message (never what it said); 0: never"},
    {.key = "voice", .type = SettingType::Flag, .field = &Settings::voice,
     .help = "1: the parent screens speak their questions, and a picture held down, in the parent's language; 0: silent"},
    {.key = "voice_volume", .type = SettingType::Number, .field = &Settings::voice_volume, .lo = 0, .hi = 100,
     .step = 10, .unit_msgid = N_("percent"), .label_msgid = N_("Voice volume"),
     .help = "How loud the voice speaks, 0 to 100 (percent)"},
    {.key = "concern_retention_days", .type = SettingType::Number, .field = &Settings::concern_retention_days,
     .lo = 1, .hi = 3650, .step = 5, .unit_msgid = N_("days"), .label_msgid = N_("Keep parents' messages for"),
     .help = "Parents' messages older than this many days are deleted"},
    {.key = "languages", .type = SettingType::Languages, .field = &Settings::languages,
     .label_msgid = N_("Languages on the language bar"),
     .help = "The language bar, in order: comma-separated codes such as nl,fr,ar", .default_means = "every language"},
    // The settings screen shows the night's two ends under night_start's label.
    {.key = "night_start", .type = SettingType::TimeOfDay, .field = &Settings::night_start,
     .label_msgid = N_("Night: a dark screen with the time"),
     .help = "From this time (HH:MM) the screen dims to a clock; set night_end too", .default_means = "no night"},
    {.key = "night_end", .type = SettingType::TimeOfDay, .field = &Settings::night_end,
     .help = "At this time (HH:MM) the night ends and the kiosk wakes", .default_means = "no night"},
    {.key = "last_look", .type = SettingType::TimeOfDay, .field = &Settings::last_look,
     .help = "The teacher's last look at messages before pick-up (HH:MM): a parent who sends one that cannot wait "
             "after it is asked to tell the teacher at the door",
     .default_means = "never: the parent is always told the teacher will see it"},
    {.key = "voice_folder", .type = SettingType::Folder, .field = &Settings::voice_folder,
     .help = "The folder teacher mode imports voice recordings from: one subfolder per language, named by its code (so, ti, ...)"},
    {.key = "photo_folder", .type = SettingType::Folder, .field = &Settings::photo_folder,
     .help = "The folder teacher mode imports photos from, such as a USB stick's mount point"},
    {.key = "calendar_file", .type = SettingType::File, .field = &Settings::calendar_file,
     .help = "The school's .ics file that teacher mode imports again"},
};

// Stores `value` in `s` as `spec` says; false (and `s` untouched) when it is not right.
bool Apply(const SettingSpec& spec, const std::string& v, Settings& s) {
    auto text = [&](bool ok) {
        if (ok) s.*std::get<std::string Settings::*>(spec.field) = v;
        return ok;
    };
    long long n = 0;
    switch (spec.type) {
    case SettingType::Number:
        if (!ParseInt(v, spec.lo, spec.hi, n)) return false;
        s.*std::get<int Settings::*>(spec.field) = static_cast<int>(n);
        return true;
    case SettingType::ClassId:
        if (!ParseInt(v, spec.lo, spec.hi, n)) return false;
        s.*std::get<Id Settings::*>(spec.field) = n;
        return true;
    case SettingType::Flag:
        if (v != "0" && v != "1") return false;
        s.*std::get<bool Settings::*>(spec.field) = v == "1";
        return true;
    case SettingType::Choice:
        for (size_t i = 0; i < spec.choices.size(); ++i)
            if (v == spec.choices[i].word) {
                s.*std::get<KioskMode Settings::*>(spec.field) = static_cast<KioskMode>(i);
                return true;
            }
        return false;
    case SettingType::Languages: {
        auto codes = ParseLanguages(v);
        if (!codes) return false;
        s.*std::get<std::vector<std::string> Settings::*>(spec.field) = std::move(*codes);
        return true;
    }
    case SettingType::Language: return text(IsLanguageCode(v));
    case SettingType::TimeZone: return text(!v.empty() && IsKnownTimeZone(v));
    case SettingType::TimeOfDay: return text(v.empty() || IsHhmm(v));
    case SettingType::Name:
        return text(static_cast<long long>(v.size()) >= spec.lo && static_cast<long long>(v.size()) <= spec.hi &&
                    !HasControlCharacter(v));
    case SettingType::Folder:
    case SettingType::File: return text(!HasControlCharacter(v));
    }
    return false;
}

}  // namespace

std::span<const SettingSpec> SettingSpecs() { return kSpecs; }

const SettingSpec* FindSetting(std::string_view key) {
    for (const SettingSpec& spec : kSpecs)
        if (key == spec.key) return &spec;
    return nullptr;
}

std::string SettingExpected(const SettingSpec& spec) {
    switch (spec.type) {
    case SettingType::Number:
        return std::string("a number of ") + spec.unit_msgid + " from " + std::to_string(spec.lo) + " to " +
               std::to_string(spec.hi);
    case SettingType::ClassId: return "a class id";
    case SettingType::Flag: return "0 or 1";
    case SettingType::Choice: {
        std::string out;
        for (size_t i = 0; i < spec.choices.size(); ++i)
            out += (i == 0 ? "" : i + 1 == spec.choices.size() ? " or " : ", ") + std::string("'") +
                   spec.choices[i].word + "'";
        return out;
    }
    case SettingType::Language: return "a language code";
    case SettingType::Languages: return "language codes separated by commas, each once, such as nl,fr,ar";
    case SettingType::TimeZone: return "a time zone name such as Europe/Brussels";
    case SettingType::TimeOfDay: return "a time from 00:00 to 23:59 (HH:MM), or empty";
    case SettingType::Name:
        return "a name of " + std::to_string(spec.lo) + " to " + std::to_string(spec.hi) + " characters";
    case SettingType::Folder: return "a folder's path";
    case SettingType::File: return "a file's path";
    }
    return {};
}

long long SettingNumber(const Settings& s, const SettingSpec& spec) {
    return std::visit(
        [&](auto field) -> long long {
            using T = std::remove_cvref_t<decltype(s.*field)>;
            if constexpr (std::is_arithmetic_v<T> || std::is_enum_v<T>) return static_cast<long long>(s.*field);
            else return 0;
        },
        spec.field);
}

long long StepSetting(const SettingSpec& spec, long long value, int direction) {
    return direction < 0 ? std::max(spec.lo, value - spec.step) : std::min(spec.hi, value + spec.step);
}

Settings Settings::FromMap(const std::map<std::string, std::string>& values, std::vector<std::string>* problems) {
    Settings s;
    auto report = [&](const std::string& sentence) {
        if (problems) problems->push_back(sentence);
    };
    for (const auto& [key, value] : values) {
        const SettingSpec* spec = FindSetting(key);
        if (!spec) continue;  // a key of a newer version, or a note: not ours to judge
        if (!Apply(*spec, value, s))
            report("setting " + key + "='" + value + "' is not " + SettingExpected(*spec) + "; using the default");
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

std::optional<std::string> ValidateSetting(const std::string& key, const std::string& value,
                                           const std::vector<std::string>& known_langs) {
    const SettingSpec* spec = FindSetting(key);
    if (!spec) return "there is no setting called '" + key + "'";
    Settings s;
    if (!Apply(*spec, value, s)) return key + " must be " + SettingExpected(*spec) + ", not '" + value + "'";

    auto known = [&](const std::string& code) {
        return std::find(known_langs.begin(), known_langs.end(), code) != known_langs.end();
    };
    const std::string there_are =
        known_langs.empty() ? std::string("no language catalogs were found") : "the languages are " + Join(known_langs);
    if (spec->type == SettingType::Language) {
        if (!known(value)) return key + ": there is no language '" + value + "' (" + there_are + ")";
    } else if (spec->type == SettingType::Languages) {
        for (const std::string& code : s.*std::get<std::vector<std::string> Settings::*>(spec->field))
            if (!known(code)) return key + ": there is no language '" + code + "' (" + there_are + ")";
    }
    return std::nullopt;
}

std::string SettingText(const Settings& s, const std::string& key) {
    const SettingSpec* spec = FindSetting(key);
    if (!spec) return {};
    return std::visit(
        [&](auto field) -> std::string {
            const auto& v = s.*field;
            using T = std::remove_cvref_t<decltype(v)>;
            if constexpr (std::is_same_v<T, bool>) return v ? "1" : "0";
            else if constexpr (std::is_enum_v<T>) return spec->choices[static_cast<size_t>(v)].word;
            else if constexpr (std::is_arithmetic_v<T>) return std::to_string(v);
            else if constexpr (std::is_same_v<T, std::string>) return v;
            else {
                std::string out;
                for (const std::string& c : v) out += (out.empty() ? "" : ",") + c;
                return out;
            }
        },
        spec->field);
}

}  // namespace kd
