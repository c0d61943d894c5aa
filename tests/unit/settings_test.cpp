#include "domain/settings.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <climits>
#include <string>

using namespace kd;

TEST_CASE("settings have sane defaults") {
    const Settings s = Settings::FromMap({}, nullptr);
    CHECK(s.idle_timeout_s == 60);
    CHECK(s.default_lang == "nl");
    CHECK(s.mode == KioskMode::ClassroomDoor);
    CHECK(s.time_zone == "Europe/Brussels");
}

TEST_CASE("stored settings parse; bad values fall back and are reported") {
    std::vector<std::string> problems;
    const Settings s = Settings::FromMap(
        {{"idle_timeout_s", "90"}, {"mode", "entrance"}, {"default_lang", "fr"}, {"class_id", "3"},
         {"teacher_lang", "en"}, {"photo_retention_days", "14"}, {"keep_originals", "1"}, {"attract_delay_s", "120"}},
        &problems);
    CHECK(problems.empty());
    CHECK(s.idle_timeout_s == 90);
    CHECK(s.mode == KioskMode::Entrance);
    CHECK(s.default_lang == "fr");
    CHECK(s.class_id == 3);
    CHECK(s.teacher_lang == "en");
    CHECK(s.photo_retention_days == 14);
    CHECK(s.keep_originals);
    CHECK(s.attract_delay_s == 120);

    const Settings bad = Settings::FromMap({{"idle_timeout_s", "5"}, {"mode", "lobby"}, {"class_id", "x"}}, &problems);
    CHECK(problems.size() == 3);
    CHECK(bad.idle_timeout_s == 60);
    CHECK(bad.mode == KioskMode::ClassroomDoor);
    CHECK(bad.class_id == 0);
}

TEST_CASE("the new settings parse: languages, night hours, folders") {
    std::vector<std::string> problems;
    const Settings s = Settings::FromMap({{"languages", "nl, fr,ar"},
                                          {"night_start", "19:00"},
                                          {"night_end", "07:00"},
                                          {"photo_folder", "/media/usb"},
                                          {"calendar_file", "/srv/school.ics"},
                                          {"time_zone", "Europe/Amsterdam"},
                                          {"some_future_key", "whatever"}},
                                         &problems);
    CHECK(problems.empty());
    CHECK(s.languages == std::vector<std::string>{"nl", "fr", "ar"});
    CHECK(s.night_start == "19:00");
    CHECK(s.night_end == "07:00");
    CHECK(s.photo_folder == "/media/usb");
    CHECK(s.calendar_file == "/srv/school.ics");
    CHECK(s.time_zone == "Europe/Amsterdam");

    // A night needs both ends; a bad time, a doubled language or an unknown zone falls back.
    problems.clear();
    const Settings half = Settings::FromMap({{"night_start", "19:00"}}, &problems);
    CHECK(half.night_start.empty());
    CHECK(half.night_end.empty());
    REQUIRE(problems.size() == 1);
    CHECK_THAT(problems[0], Catch::Contains("night_end is not"));
    problems.clear();
    const Settings bad = Settings::FromMap(
        {{"night_start", "25:00"}, {"night_end", "07:00"}, {"languages", "nl,nl"}, {"time_zone", "Mars/Olympus"}},
        &problems);
    CHECK(problems.size() == 4);  // three bad values, and a night without its start
    CHECK(bad.night_end.empty());
    CHECK(bad.languages.empty());
    CHECK(bad.time_zone == "Europe/Brussels");
}

TEST_CASE("every setting has a line of help, and its default passes its own check") {
    const std::vector<std::string> langs = {"ar", "en", "fr", "nl"};
    const Settings defaults = Settings::FromMap({}, nullptr);
    std::vector<std::string> keys;
    for (const SettingSpec& k : SettingSpecs()) {
        INFO(k.key);
        CHECK(std::string(k.help).size() > 10);
        CHECK_FALSE(ValidateSetting(k.key, SettingText(defaults, k.key), langs));
        keys.push_back(k.key);
    }
    for (const char* k : {"idle_timeout_s", "default_lang", "teacher_lang", "mode", "class_id", "time_zone", "kiosk_id",
                          "photo_retention_days", "keep_originals", "show_heard", "attract_delay_s", "teacher_idle_timeout_s",
                          "concern_retention_days", "languages", "night_start", "night_end", "photo_folder",
                          "calendar_file"}) {
        INFO(k);
        CHECK(std::find(keys.begin(), keys.end(), k) != keys.end());
    }
    CHECK(SettingText(Settings::FromMap({{"languages", "fr,nl"}, {"mode", "entrance"}}, nullptr), "languages") == "fr,nl");
    CHECK(SettingText(defaults, "no_such_key").empty());
}

TEST_CASE("a setting is checked before it is stored: a clear refusal, good values accepted") {
    const std::vector<std::string> langs = {"ar", "en", "fr", "nl"};
    auto refused = [&](const std::string& key, const std::string& value) {
        return ValidateSetting(key, value, langs).value_or("");
    };
    // A time-out of 0, a retention of -1.
    CHECK(refused("idle_timeout_s", "0") == "idle_timeout_s must be a number of seconds from 10 to 3600, not '0'");
    CHECK_THAT(refused("photo_retention_days", "-1"), Catch::Contains("from 1 to 3650"));
    CHECK_THAT(refused("concern_retention_days", "-1"), Catch::Contains("from 1 to 3650"));
    CHECK_THAT(refused("teacher_idle_timeout_s", "10"), Catch::Contains("from 30 to 3600"));
    CHECK_THAT(refused("attract_delay_s", "ninety"), Catch::Contains("from 10 to 86400"));
    CHECK_THAT(refused("keep_originals", "yes"), Catch::Contains("0 or 1"));
    CHECK_THAT(refused("mode", "lobby"), Catch::Contains("'classroom' or 'entrance'"));
    CHECK_THAT(refused("class_id", "-3"), Catch::Contains("a class id"));
    CHECK_THAT(refused("time_zone", "Mars/Olympus"), Catch::Contains("time zone"));
    CHECK_THAT(refused("kiosk_id", ""), Catch::Contains("kiosk_id must be"));
    // An unknown language: a code, but no catalog.
    CHECK(refused("default_lang", "xx") == "default_lang: there is no language 'xx' (the languages are ar, en, fr, nl)");
    CHECK_THAT(refused("teacher_lang", "tlh"), Catch::Contains("no language 'tlh'"));
    CHECK_THAT(refused("languages", "nl,xx"), Catch::Contains("no language 'xx'"));
    CHECK_THAT(refused("languages", "nl,fr,nl"), Catch::Contains("each once"));
    CHECK_THAT(refused("languages", "nl,,fr"), Catch::Contains("separated by commas"));
    CHECK_THAT(ValidateSetting("default_lang", "nl", {}).value_or(""), Catch::Contains("no language catalogs"));
    // An unknown key.
    CHECK(refused("idle_timeout", "60") == "there is no setting called 'idle_timeout'");
    // Bad night hours.
    for (const char* t : {"24:00", "7:00", "19:60", "19.00", "1900", "19:00 "}) {
        INFO(t);
        CHECK_THAT(refused("night_start", t), Catch::Contains("from 00:00 to 23:59"));
        CHECK_THAT(refused("night_end", t), Catch::Contains("from 00:00 to 23:59"));
    }
    CHECK_THAT(refused("photo_folder", "/media/\nusb"), Catch::Contains("photo_folder must be"));

    // Good values.
    for (const auto& [key, value] : std::vector<std::pair<std::string, std::string>>{
             {"idle_timeout_s", "10"},         {"idle_timeout_s", "3600"},   {"photo_retention_days", "1"},
             {"concern_retention_days", "3650"}, {"teacher_idle_timeout_s", "30"}, {"attract_delay_s", "86400"},
             {"keep_originals", "1"},          {"mode", "entrance"},          {"class_id", "0"},
             {"time_zone", "America/New_York"}, {"kiosk_id", "hall-door"},   {"default_lang", "ar"},
             {"teacher_lang", "fr"},           {"languages", "nl,fr,ar"},     {"languages", "fr"},
             {"languages", ""},                {"night_start", "00:00"},      {"night_end", "23:59"},
             {"night_start", ""},              {"photo_folder", "/media/usb stick"}, {"calendar_file", ""}}) {
        INFO(key << "=" << value);
        CHECK_FALSE(ValidateSetting(key, value, langs));
    }
    // The default language need not be on the language bar.
    CHECK_FALSE(ValidateSetting("languages", "fr,ar", langs));
}

TEST_CASE("the settings table drives the checks: every row's range refused one past each end, with its sentence") {
    const std::vector<std::string> langs = {"ar", "en", "fr", "nl"};
    const Settings defaults;
    // What ValidateSetting and FromMap say about a value the row refuses.
    auto refusal = [](const SettingSpec& spec, const std::string& v) {
        return std::string(spec.key) + " must be " + SettingExpected(spec) + ", not '" + v + "'";
    };
    auto fallback = [](const SettingSpec& spec, const std::string& v) {
        return "setting " + std::string(spec.key) + "='" + v + "' is not " + SettingExpected(spec) + "; using the default";
    };
    for (const SettingSpec& spec : SettingSpecs()) {
        INFO(spec.key);
        REQUIRE(FindSetting(spec.key) == &spec);
        // The default passes its own row, and reads back as itself.
        const std::string def = SettingText(defaults, spec.key);
        CHECK_FALSE(ValidateSetting(spec.key, def, langs));
        std::vector<std::string> problems;
        CHECK(SettingText(Settings::FromMap({{spec.key, def}}, &problems), spec.key) == def);
        CHECK(problems.empty());

        std::vector<std::string> good, bad;
        switch (spec.type) {
        case SettingType::Number:
        case SettingType::ClassId:
            CHECK(spec.lo < spec.hi);
            CHECK(SettingNumber(defaults, spec) >= spec.lo);
            CHECK(SettingNumber(defaults, spec) <= spec.hi);
            good = {std::to_string(spec.lo), std::to_string(spec.hi)};
            // One past the top of a 64-bit id cannot be a long long: written out.
            bad = {std::to_string(spec.lo - 1), spec.hi == LLONG_MAX ? std::string("9223372036854775808")
                                                                     : std::to_string(spec.hi + 1)};
            if (spec.type == SettingType::Number) {
                REQUIRE(spec.unit_msgid);
                CHECK(SettingExpected(spec) == std::string("a number of ") + spec.unit_msgid + " from " +
                                                   std::to_string(spec.lo) + " to " + std::to_string(spec.hi));
            }
            break;
        case SettingType::Name:
            good = {std::string(spec.lo, 'k'), std::string(spec.hi, 'k')};
            bad = {std::string(spec.lo - 1, 'k'), std::string(spec.hi + 1, 'k')};
            break;
        case SettingType::Choice:
            REQUIRE_FALSE(spec.choices.empty());
            for (size_t i = 0; i < spec.choices.size(); ++i) {
                const Settings chosen = Settings::FromMap({{spec.key, spec.choices[i].word}}, nullptr);
                CHECK(SettingText(chosen, spec.key) == spec.choices[i].word);
                CHECK(SettingNumber(chosen, spec) == static_cast<long long>(i));
                CHECK_THAT(SettingExpected(spec), Catch::Contains("'" + std::string(spec.choices[i].word) + "'"));
                good.push_back(spec.choices[i].word);
            }
            bad = {"", "lobby"};
            break;
        case SettingType::Flag:
            good = {"0", "1"};
            bad = {"", "2", "yes"};
            break;
        default:
            break;
        }
        for (const std::string& v : good) {
            INFO(v);
            CHECK_FALSE(ValidateSetting(spec.key, v, langs));
        }
        for (const std::string& v : bad) {
            INFO(v);
            CHECK(ValidateSetting(spec.key, v, langs) == refusal(spec, v));
            problems.clear();
            const Settings fell_back = Settings::FromMap({{spec.key, v}}, &problems);
            CHECK(problems == std::vector<std::string>{fallback(spec, v)});
            CHECK(SettingText(fell_back, spec.key) == def);
        }
    }
}

TEST_CASE("every number has a stepper whose steps stay in its range and pass its check") {
    const std::vector<std::string> langs = {"nl"};
    std::vector<std::string> numbers;
    for (const SettingSpec& spec : SettingSpecs()) {
        if (spec.type != SettingType::Number) continue;
        INFO(spec.key);
        numbers.push_back(spec.key);
        REQUIRE(spec.label_msgid);
        REQUIRE(spec.step > 0);
        CHECK(spec.step < spec.hi - spec.lo);
        // From the default down to the least and up to the most: every step a
        // value the row accepts, never past an end, and the ends reached.
        const long long def = SettingNumber(Settings{}, spec);
        for (const int direction : {-1, 1}) {
            long long v = def;
            for (long long n = 0; n <= (spec.hi - spec.lo) / spec.step + 1; ++n) {
                const long long next = StepSetting(spec, v, direction);
                CHECK_FALSE(ValidateSetting(spec.key, std::to_string(next), langs));
                if (next == v) break;
                CHECK((direction < 0 ? v - next : next - v) <= spec.step);
                v = next;
            }
            CHECK(v == (direction < 0 ? spec.lo : spec.hi));
        }
    }
    // The ranges and steps the settings screen had before they moved into the table, in its order.
    struct Was {
        const char* key;
        long long step, lo, hi;
        const char* unit;
    };
    const Was was[] = {{"idle_timeout_s", 10, 10, 3600, "seconds"},
                       {"attract_delay_s", 30, 10, 86400, "seconds"},
                       {"teacher_idle_timeout_s", 30, 30, 3600, "seconds"},
                       {"photo_retention_days", 1, 1, 3650, "days"},
                       {"voice_volume", 10, 0, 100, "percent"},
                       {"concern_retention_days", 5, 1, 3650, "days"}};
    REQUIRE(numbers.size() == std::size(was));
    for (size_t i = 0; i < numbers.size(); ++i) {
        INFO(was[i].key);
        const SettingSpec* spec = FindSetting(was[i].key);
        REQUIRE(spec);
        CHECK(numbers[i] == was[i].key);
        CHECK(spec->step == was[i].step);
        CHECK(spec->lo == was[i].lo);
        CHECK(spec->hi == was[i].hi);
        CHECK(std::string(spec->unit_msgid) == was[i].unit);
    }
}
