#pragma once
// Deleting on schedule, safely. A box that boots with its clock in 1970 or in
// 2099 must never purge everything: before deleting by age we check that "now"
// is plausible against what the database itself has seen.
#include <cstdint>
#include <string>

namespace SQLite { class Database; }

namespace kd {

// No kiosk ran before this (2026-01-01T00:00Z): a clock before it is wrong.
inline constexpr std::int64_t kEarliestPlausibleTime = 1767225600;
// Longer than any school holiday the box may sleep through.
inline constexpr std::int64_t kLongestPlausibleGap = 400LL * 86400;

struct ClockCheck {
    bool plausible = true;
    std::string why;  // for the log, when not plausible
};

// Plausible: not before kEarliestPlausibleTime, not more than a day before the
// newest time the database recorded, and not more than kLongestPlausibleGap after it.
ClockCheck CheckClock(SQLite::Database& db, std::int64_t now);

// The time to write on a new record: `now` when plausible, else the newest
// time the database recorded (the last moment the clock was known good), so a
// concern sent while the clock says 1970 is neither purged at once once the
// clock is right again, nor kept until 2099.
std::int64_t PlausibleNow(SQLite::Database& db, std::int64_t now);

struct PurgeResult {
    bool refused = false;  // the clock was not plausible: nothing deleted
    std::string why;
    int deleted = 0;
};

// Deletes concerns created more than `days` days before `now`, overwriting
// them (secure_delete) and checkpointing the WAL so no copy lingers there.
PurgeResult PurgeOldConcerns(SQLite::Database& db, std::int64_t now, int days);

}  // namespace kd
