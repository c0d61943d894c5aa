#include "services/retention.h"

#include "store/concerns_repo.h"
#include "store/database.h"

#include <algorithm>

namespace kd {

namespace {
// The newest moment the kiosk itself wrote down (0: nothing yet).
std::int64_t NewestRecord(SQLite::Database& db) { return store::NewestRecordTime(db); }
}  // namespace

ClockCheck CheckClock(SQLite::Database& db, std::int64_t now) {
    ClockCheck c;
    if (now < kEarliestPlausibleTime) {
        c.plausible = false;
        c.why = "the clock says " + std::to_string(now) + ", before this kiosk software existed";
        return c;
    }
    const std::int64_t newest = NewestRecord(db);
    if (newest == 0) return c;  // nothing recorded: nothing old to delete either
    if (now < newest - 86400) {
        c.plausible = false;
        c.why = "the clock is more than a day behind the newest record (" + std::to_string(newest) + ")";
    } else if (now > newest + kLongestPlausibleGap) {
        c.plausible = false;
        c.why = "the clock is more than 400 days past the newest record (" + std::to_string(newest) + ")";
    }
    return c;
}

std::int64_t PlausibleNow(SQLite::Database& db, std::int64_t now) {
    if (CheckClock(db, now).plausible) return now;
    return std::max(NewestRecord(db), kEarliestPlausibleTime);
}

PurgeResult PurgeOldConcerns(SQLite::Database& db, std::int64_t now, int days) {
    PurgeResult r;
    const ClockCheck clock = CheckClock(db, now);
    if (!clock.plausible) {
        r.refused = true;
        r.why = clock.why;
        return r;
    }
    r.deleted = store::ConcernsRepo(db).DeleteCreatedBefore(now - static_cast<std::int64_t>(days) * 86400);
    // secure_delete (set when the database opens) zeroes the freed cells; the
    // checkpoint copies that into the main file and empties the WAL, which
    // still held the rows as they were written.
    if (r.deleted > 0) store::CheckpointAndTruncateWal(db);
    return r;
}

}  // namespace kd
