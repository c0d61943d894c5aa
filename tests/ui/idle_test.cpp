#include "headless_kiosk.h"

#include <catch2/catch.hpp>

using namespace kd;
using kd::test::HeadlessKiosk;

TEST_CASE("walking away mid-flow: the next parent finds home, in Dutch, with no trace") {
    HeadlessKiosk k;
    k.Settle();
    REQUIRE(k.Tap("lang.en"));
    REQUIRE(k.Tap("home.tell"));
    const Id child = k.Controller().Data().children[0].id;
    REQUIRE(k.Tap("child." + std::to_string(child)));
    CHECK(k.Controller().State().draft.child_id == child);

    k.Clock().Advance(59);
    k.Controller().Tick();
    k.Settle();
    CHECK(k.CurrentScreen() == Screen::TellTopic);  // not yet

    k.Clock().Advance(1.5);
    CHECK(k.Controller().Tick());
    k.Settle();
    CHECK(k.CurrentScreen() == Screen::Home);
    CHECK(k.Controller().State().draft.Empty());
    CHECK(k.Controller().State().lang == "nl");

    // Back in the flow, nothing is picked.
    REQUIRE(k.Tap("home.tell"));
    CHECK(k.Controller().State().draft.Empty());
}

TEST_CASE("a tap keeps the kiosk awake") {
    HeadlessKiosk k;
    k.Settle();
    REQUIRE(k.Tap("home.week"));
    for (int i = 0; i < 5; ++i) {
        k.Clock().Advance(50);
        REQUIRE(k.Tap("nav.home") );
        REQUIRE(k.Tap("home.week"));
        k.Controller().Tick();
    }
    CHECK(k.CurrentScreen() == Screen::Week);
}
