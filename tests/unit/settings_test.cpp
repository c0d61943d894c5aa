#include "core/settings.h"

#include <catch2/catch.hpp>

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
