// The week: events by day, tap for the card, weeks ahead and back.
#include "headless_kiosk.h"
#include "store/events_repo.h"

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

TEST_CASE("the weekend shows only when something happens then") {
    HeadlessKiosk k;
    Event fair;
    fair.uid = "fair";
    fair.class_id = k.Controller().Data().door_class.id;
    fair.title = "Schoolfeest";
    fair.type = "party";
    fair.start_date = fair.end_date = "2026-11-28";  // Saturday
    fair.parents_welcome = true;
    const Id id = store::EventsRepo(k.Db()).Upsert(fair);
    k.Controller().Reload();
    k.Settle();
    REQUIRE(k.Tap("home.week"));
    const ui::UiItem* card = k.Map().Find("event." + std::to_string(id));
    REQUIRE(card);
    CHECK(card->max.x > 1920 * 5 / 6);  // a sixth column, at the end
    const ui::UiItem* monday_party = nullptr;
    for (const ui::UiItem& i : k.Map().Items())
        if (i.id.rfind("event.", 0) == 0 && (!monday_party || i.min.x < monday_party->min.x)) monday_party = &i;
    REQUIRE(monday_party);
    CHECK(monday_party->max.x - monday_party->min.x < 290);  // six columns share the width (five give ~315 px)
}
