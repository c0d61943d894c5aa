// The night hours: home left alone goes dark with only the time; a touch wakes
// it (and does nothing else); the morning brings home back by itself.
#include "app/kiosk_controller.h"
#include "services/demo_school.h"
#include "services/kiosk_database.h"
#include "store/database.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>

using namespace kd;

namespace {
constexpr std::int64_t kTuesday1000Utc = 20781LL * 86400 + 10 * 3600;  // 11:00 in Brussels
}

TEST_CASE("night hours, also across midnight") {
    Settings s;
    s.night_start = "19:00";
    s.night_end = "07:00";
    CHECK(KioskController::InNightHours(s, 19 * 60));
    CHECK(KioskController::InNightHours(s, 23 * 60 + 59));
    CHECK(KioskController::InNightHours(s, 0));
    CHECK(KioskController::InNightHours(s, 6 * 60 + 59));
    CHECK_FALSE(KioskController::InNightHours(s, 7 * 60));
    CHECK_FALSE(KioskController::InNightHours(s, 12 * 60));
    s.night_start = "12:00";
    s.night_end = "13:30";
    CHECK(KioskController::InNightHours(s, 13 * 60 + 29));
    CHECK_FALSE(KioskController::InNightHours(s, 13 * 60 + 30));
    s.night_start.clear();
    s.night_end.clear();
    CHECK_FALSE(KioskController::InNightHours(s, 23 * 60));  // no night set: never dark
}

TEST_CASE("home goes dark at night after the idle time, a touch wakes it, the morning ends it") {
    auto db = OpenKioskMemoryDatabase();
    SeedDemoSchool(*db, CivilDate{2026, 11, 24});
    ManualClock clock(kTuesday1000Utc);
    Settings s;
    s.night_start = "11:00";
    s.night_end = "11:30";  // a short "night" around the test's 11:00
    KioskController k(*db, clock, s);
    k.Tick();
    CHECK(k.State().screen == Screen::Home);  // just touched: awake
    clock.Advance(s.idle_timeout_s + 1);
    CHECK(k.Tick());
    CHECK(k.State().screen == Screen::Night);
    CHECK(k.NightClock() == "11:17");  // ManualClock starts 1000 s after its unix time
    CHECK(k.AtRest());

    // A touch: home, and that touch presses nothing under it.
    k.OnInput(KioskController::InputKind::Press);
    CHECK(k.State().screen == Screen::Home);
    CHECK(k.SwallowingTouch());
    k.TouchReleased();
    // No slideshow at night, but dark again after the idle time.
    clock.Advance(s.attract_delay_s + 1);
    k.Tick();
    CHECK(k.State().screen == Screen::Night);

    // 11:30: morning; home by itself.
    clock.Advance(30 * 60);
    CHECK(k.Tick());
    CHECK(k.State().screen == Screen::Home);
}
