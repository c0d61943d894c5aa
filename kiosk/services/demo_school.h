#pragma once
// The built-in demo school: one class, twenty children, two weeks of events and
// a poll, relative to today. Running it again updates, never duplicates.
#include "domain/civil_date.h"

#include <string>

namespace SQLite { class Database; }

namespace kd {

struct DemoSummary {
    long long class_id = 0;
    int children = 0;
    int events = 0;
    int polls = 0;
};

DemoSummary SeedDemoSchool(SQLite::Database& db, const CivilDate& today);

// A few parents' concerns of today and earlier this week, sealed like real ones,
// so teacher mode has an inbox to show. `now` is unix seconds; returns how many
// are new (the same day twice adds nothing).
int SeedDemoConcerns(SQLite::Database& db, long long class_id, long long now, const std::string& time_zone);

}  // namespace kd
