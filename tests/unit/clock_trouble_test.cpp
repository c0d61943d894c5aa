// Boxes boot with their clock in 1970 (a dead RTC battery) or in 2099, and twice
// a year the day is 23 or 25 hours long. None of it may delete what should be
// kept, keep what should go, crash, or make the week nonsense.
#include "app/kiosk_controller.h"
#include "i18n/dates.h"
#include "services/demo_school.h"
#include "services/kiosk_database.h"
#include "services/retention.h"
#include "services/sealed_concerns.h"
#include "store/concerns_repo.h"
#include "store/database.h"
#include "support/test_files.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>

using namespace kd;
using kd::test::AddConcern;

namespace {

constexpr std::int64_t kDay = 86400;
constexpr std::int64_t kTuesday = 20781LL * kDay + 10 * 3600;  // 2026-11-24 10:00 UTC
constexpr std::int64_t k2099 = 4070908800LL;                    // 2099-01-01T00:00Z

// A school that ran normally until kTuesday.
struct School {
    std::unique_ptr<SQLite::Database> db = OpenKioskMemoryDatabase();
    Id class_id = 0;
    School() {
        class_id = SeedDemoSchool(*db, CivilDate{2026, 11, 24}).class_id;
        AddConcern(*db, class_id, "three-weeks-ago", kTuesday - 21 * kDay);
        AddConcern(*db, class_id, "today", kTuesday);
    }
    int Rows() { return store::ConcernsRepo(*db).Count(); }
    std::int64_t CreatedAt(const std::string& id) {
        SQLite::Statement q(*db, "SELECT created_at FROM concerns WHERE submission_id = ?");
        q.bind(1, id);
        REQUIRE(q.executeStep());
        return q.getColumn(0).getInt64();
    }
};

void CheckWeekIsAWeek(const ScreenData& d) {
    for (size_t i = 0; i < d.week.size(); ++i) {
        CHECK(d.week[i].date.IsoWeekday() == static_cast<int>(i));  // Monday = 0
        if (i > 0) CHECK(d.week[i].date.DaysSinceEpoch() == d.week[i - 1].date.DaysSinceEpoch() + 1);
        CHECK_FALSE(d.week[i].weekday_label.empty());
    }
    CHECK(d.week[0].date.DaysSinceEpoch() <= d.today.DaysSinceEpoch());
    CHECK(d.today.DaysSinceEpoch() <= d.week[6].date.DaysSinceEpoch());
}

// A parent's message through the real controller.
bool Send(KioskController& k) {
    k.Dispatch(intent::Navigate{Screen::TellChild});
    k.Dispatch(intent::PickChild{k.Data().children.front().id});
    k.Dispatch(intent::PickTopic{"hurt"});
    k.Dispatch(intent::PickFeeling{2});
    k.Dispatch(intent::PickWish{"no_answer"});  // the wish sends
    const bool done = k.State().screen == Screen::TellDone;
    k.Dispatch(intent::GoHome{});
    return done;
}

}  // namespace

TEST_CASE("a clock in 1970 or 2099: nothing purged, nothing crashes, the week is a week, messages still go in",
          "[clock]") {
    for (const std::int64_t bad : {std::int64_t{3600}, std::int64_t{kEarliestPlausibleTime - 1}, k2099}) {
        INFO("the clock says " << bad);
        School s;
        ManualClock clock{bad};
        KioskController k(*s.db, clock, Settings{});
        CHECK(k.PurgeOldConcerns() == 0);
        CHECK(s.Rows() == 2);
        CheckWeekIsAWeek(k.Data());
        // A whole day and night go by on the bad clock: the midnight purge holds back too.
        for (int minute = 0; minute < 26 * 60; ++minute) {
            clock.Advance(60);
            k.Tick();
        }
        CHECK(s.Rows() == 2);
        CheckWeekIsAWeek(k.Data());
        // A parent sends: it is stored, dated at the last moment the clock was known good, not in 1970 or 2099.
        REQUIRE(Send(k));
        CHECK(s.Rows() == 3);
        SQLite::Statement q(*s.db, "SELECT max(created_at) FROM concerns");
        REQUIRE(q.executeStep());
        CHECK(q.getColumn(0).getInt64() == kTuesday);

        // The clock is set right a day later: nothing young is lost, the 3-week-old one stays (30 days).
        ManualClock fixed{kTuesday + kDay};
        KioskController later(*s.db, fixed, Settings{});
        CHECK(later.PurgeOldConcerns() == 0);
        CHECK(s.Rows() == 3);
    }
}

TEST_CASE("PlausibleNow: the clock when it is right, the last good moment when it is not", "[clock]") {
    School s;
    CHECK(PlausibleNow(*s.db, kTuesday + 3600) == kTuesday + 3600);
    CHECK(PlausibleNow(*s.db, kTuesday + 60 * kDay) == kTuesday + 60 * kDay);
    CHECK(PlausibleNow(*s.db, 0) == kTuesday);
    CHECK(PlausibleNow(*s.db, k2099) == kTuesday);
    CHECK(PlausibleNow(*s.db, kTuesday - 10 * kDay) == kTuesday);
    auto empty = OpenKioskMemoryDatabase();
    CHECK(PlausibleNow(*empty, 0) == kEarliestPlausibleTime);
}

TEST_CASE("the DST days: the date turns at local midnight, once, on the 25-hour and the 23-hour day", "[clock]") {
    struct Case {
        CivilDate day;           // the DST day, Europe/Brussels
        std::int64_t hours;      // its length
    };
    for (const Case c : {Case{CivilDate{2026, 10, 25}, 25}, Case{CivilDate{2027, 3, 28}, 23}}) {
        INFO("DST day " << c.day.Iso());
        auto db = OpenKioskMemoryDatabase();
        SeedDemoSchool(*db, c.day);
        const std::int64_t midnight = i18n::StartOfLocalDay(c.day, "Europe/Brussels");
        CHECK(i18n::StartOfLocalDay(c.day.AddDays(1), "Europe/Brussels") - midnight == c.hours * 3600);
        ManualClock clock{midnight - 1800};  // 23:30 the evening before
        KioskController k(*db, clock, Settings{});
        REQUIRE(k.Data().today == c.day.AddDays(-1));
        std::vector<std::string> seen{k.Data().today.Iso()};
        for (int minute = 0; minute < 26 * 60; ++minute) {
            clock.Advance(60);
            k.Tick();
            if (k.Data().today.Iso() != seen.back()) {
                seen.push_back(k.Data().today.Iso());
                // The change is noticed within the minute after local midnight.
                const std::int64_t turn = i18n::StartOfLocalDay(k.Data().today, "Europe/Brussels");
                CHECK(clock.UnixSeconds() >= turn);
                CHECK(clock.UnixSeconds() - turn <= 60 + 1800 % 60);
            }
            CheckWeekIsAWeek(k.Data());
        }
        // The evening before, the DST day, the day after: each once, in order.
        CHECK(seen == std::vector<std::string>{c.day.AddDays(-1).Iso(), c.day.Iso(), c.day.AddDays(1).Iso()});
        // A message sent at 02:30 local on the DST day is stored at the real time and shown on its day.
        KioskController fresh(*db, clock, Settings{});
        REQUIRE(Send(fresh));
    }
}
