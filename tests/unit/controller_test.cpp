#include "app/kiosk_controller.h"
#include "services/demo_school.h"
#include "services/kiosk_database.h"
#include "store/database.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>

using namespace kd;

namespace {
// 2026-11-24 10:00 UTC, a Tuesday.
constexpr std::int64_t kTuesday = 20781LL * 86400 + 10 * 3600;
}

TEST_CASE("the controller loads the door's class, today's week and the open poll") {
    auto db = OpenKioskMemoryDatabase();
    SeedDemoSchool(*db, CivilDate{2026, 11, 24});
    ManualClock clock(kTuesday);
    KioskController k(*db, clock, Settings{});
    const ScreenData& d = k.Data();
    CHECK(d.door_class.name == "De Vlinders");
    CHECK(d.children.size() == 20);
    CHECK(d.today == CivilDate{2026, 11, 24});
    CHECK(d.today_label == "dinsdag 24 november");
    CHECK(d.week[0].date == CivilDate{2026, 11, 23});
    CHECK(d.week[0].weekday_label == "maandag");
    CHECK(d.week[0].day_number == "23");
    CHECK(d.week[1].events.size() == 1);  // Tuesday: gym
    REQUIRE(d.poll);
    CHECK(d.poll->question == "How was the toddler party?");
}

TEST_CASE("the idle timer sends the kiosk home and drops the draft") {
    auto db = OpenKioskMemoryDatabase();
    SeedDemoSchool(*db, CivilDate{2026, 11, 24});
    ManualClock clock(kTuesday);
    Settings s;
    s.idle_timeout_s = 60;
    KioskController k(*db, clock, s);
    CHECK(k.AtRest());

    k.Dispatch(intent::SetLanguage{"fr"});
    k.Dispatch(intent::Navigate{Screen::TellChild});
    k.Dispatch(intent::PickChild{k.Data().children[0].id});
    CHECK(k.Data().today_label == "mardi 24 novembre");
    clock.Advance(30);
    k.OnInput();  // the parent is still there at 30 s
    clock.Advance(59);
    CHECK_FALSE(k.Tick());
    CHECK(k.State().screen == Screen::TellTopic);
    CHECK(k.IdleSecondsLeft() == Approx(1));
    clock.Advance(1);
    CHECK(k.Tick());
    CHECK(k.State().screen == Screen::Home);
    CHECK(k.State().draft.Empty());
    CHECK(k.State().lang == "nl");
    CHECK(k.Data().today_label == "dinsdag 24 november");
}

TEST_CASE("the loop's next wake: none soon at rest, whole seconds in the countdown") {
    auto db = OpenKioskMemoryDatabase();
    ManualClock clock(kTuesday);
    KioskController k(*db, clock, Settings{});
    const double t0 = clock.MonotonicSeconds();
    CHECK(k.NextDeadline() - t0 == Approx(60));  // at rest: only the once-a-minute date check

    k.Dispatch(intent::Navigate{Screen::Week});
    k.OnInput();
    CHECK(k.NextDeadline() - t0 == Approx(50));  // the countdown starts 10 s before the reset
    clock.Advance(52.5);
    CHECK(k.NextDeadline() - clock.MonotonicSeconds() == Approx(0.5));  // next whole second left
}

TEST_CASE("a new day is noticed without a restart") {
    auto db = OpenKioskMemoryDatabase();
    ManualClock clock(kTuesday);
    KioskController k(*db, clock, Settings{});
    CHECK(k.Data().today == CivilDate{2026, 11, 24});
    clock.Advance(14 * 3600);  // past midnight in Brussels
    CHECK(k.Tick());
    CHECK(k.Data().today == CivilDate{2026, 11, 25});
}
