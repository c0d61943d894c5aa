#include "domain/settings.h"

#include <catch2/catch.hpp>

#include <algorithm>

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
    for (const SettingInfo& k : SettingKeys()) {
        INFO(k.key);
        CHECK(std::string(k.help).size() > 10);
        CHECK_FALSE(ValidateSetting(k.key, SettingText(defaults, k.key), langs));
        keys.push_back(k.key);
    }
    for (const char* k : {"idle_timeout_s", "default_lang", "teacher_lang", "mode", "class_id", "time_zone", "kiosk_id",
                          "photo_retention_days", "keep_originals", "attract_delay_s", "teacher_idle_timeout_s",
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
