#include "domain/civil_date.h"

#include <catch2/catch.hpp>

using kd::CivilDate;

TEST_CASE("civil dates round-trip through days since the epoch") {
    CHECK(CivilDate{1970, 1, 1}.DaysSinceEpoch() == 0);
    CHECK(CivilDate{2026, 11, 24}.DaysSinceEpoch() == 20781);
    for (long d = -800; d < 40000; d += 37) CHECK(CivilDate::FromDaysSinceEpoch(d).DaysSinceEpoch() == d);
    CHECK(CivilDate{2024, 2, 28}.AddDays(1) == CivilDate{2024, 2, 29});
    CHECK(CivilDate{2025, 2, 28}.AddDays(1) == CivilDate{2025, 3, 1});
    CHECK(CivilDate{2026, 12, 31}.AddDays(1) == CivilDate{2027, 1, 1});
}

TEST_CASE("weeks start on Monday") {
    CHECK(CivilDate{2026, 11, 24}.IsoWeekday() == 1);  // a Tuesday
    CHECK(CivilDate{2026, 11, 24}.MondayOfWeek() == CivilDate{2026, 11, 23});
    CHECK(CivilDate{2026, 11, 29}.MondayOfWeek() == CivilDate{2026, 11, 23});  // Sunday belongs to the week before
    CHECK(CivilDate{2026, 11, 30}.MondayOfWeek() == CivilDate{2026, 11, 30});
}

TEST_CASE("ISO dates parse strictly") {
    CHECK(CivilDate::Parse("2026-11-24") == CivilDate{2026, 11, 24});
    CHECK(CivilDate{2026, 1, 5}.Iso() == "2026-01-05");
    CHECK_FALSE(CivilDate::Parse("2026-02-30"));
    CHECK_FALSE(CivilDate::Parse("2026-13-01"));
    CHECK_FALSE(CivilDate::Parse("26-11-24"));
    CHECK_FALSE(CivilDate::Parse("2026/11/24"));
    CHECK_FALSE(CivilDate::Parse(""));
}
