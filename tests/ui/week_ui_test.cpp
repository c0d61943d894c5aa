// The week: events by day, tap for the card, weeks ahead and back.
#include "headless_kiosk.h"

#include <catch2/catch.hpp>

using namespace kd;
using kd::test::HeadlessKiosk;

TEST_CASE("the week shows the demo's events by day; a tap opens the card; Back returns") {
    HeadlessKiosk k;
    k.Settle();
    REQUIRE(k.Tap("home.week"));
    const auto& week = k.Controller().Data().week;
    CHECK(week[0].date == CivilDate{2026, 11, 23});
    REQUIRE_FALSE(week[3].events.empty());  // Thursday: swimming
    const Event& swim = week[3].events.front();
    CHECK(swim.type == "swimming");
    REQUIRE(k.Tap("event." + std::to_string(swim.id)));
    CHECK(k.CurrentScreen() == Screen::EventCard);
    CHECK(k.Controller().State().event_id == swim.id);
    REQUIRE(k.Tap("nav.back"));
    CHECK(k.CurrentScreen() == Screen::Week);
}

TEST_CASE("weeks ahead up to four, and back; home brings this week again") {
    HeadlessKiosk k;
    k.Settle();
    REQUIRE(k.Tap("home.week"));
    REQUIRE(k.Tap("week.prev"));  // not before this week
    CHECK(k.Controller().State().week_offset == 0);
    REQUIRE(k.Tap("week.next"));
    CHECK(k.Controller().State().week_offset == 1);
    CHECK(k.Controller().Data().week[0].date == CivilDate{2026, 11, 30});
    CHECK(k.Controller().Data().week[0].weekday_label == "maandag");
    bool talks = false;  // next week's demo has the parent-teacher talks
    for (const DayEvents& d : k.Controller().Data().week)
        for (const Event& e : d.events) talks |= e.type == "talks";
    CHECK(talks);
    for (int i = 0; i < 6; ++i) REQUIRE(k.Tap("week.next"));
    CHECK(k.Controller().State().week_offset == kWeeksAhead);
    REQUIRE(k.Tap("nav.home"));
    REQUIRE(k.Tap("home.week"));
    CHECK(k.Controller().State().week_offset == 0);
    CHECK(k.Controller().Data().week[0].date == CivilDate{2026, 11, 23});
}
