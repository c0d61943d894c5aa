#include "domain/idle_timer.h"

#include <catch2/catch.hpp>

TEST_CASE("the idle timer expires after its timeout without input") {
    kd::IdleTimer t(60);
    t.Touch(100);
    CHECK_FALSE(t.Expired(159.9));
    CHECK(t.SecondsLeft(150) == Approx(10));
    CHECK(t.Expired(160));
    CHECK(t.SecondsLeft(200) == 0);
    t.Touch(170);  // a touch starts the wait again
    CHECK_FALSE(t.Expired(200));
    CHECK(t.Deadline() == Approx(230));
}
