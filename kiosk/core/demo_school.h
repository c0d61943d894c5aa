#pragma once
// The built-in demo school: one class, twenty children, two weeks of events and
// a poll, relative to today. Running it again updates, never duplicates.
#include "core/civil_date.h"

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

}  // namespace kd
