#pragma once
// `klasdeur export`: the concerns of a period as CSV or JSON for the teacher,
// or only the counts (by topic, feeling and wish, no names) for the team.
#include "domain/civil_date.h"
#include "domain/records.h"
#include "services/polls.h"
#include "services/teacher_session.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace SQLite { class Database; }

namespace kd {

class UnlockedClassKey;

struct ExportRow {
    Concern concern;
    std::string class_name;
    std::string child_name;  // empty: about the whole class
    std::string local_time;  // "2026-11-24 08:15" in the school's time zone
};

// Opens every concern created from `from` to `to` (both whole local days) of the
// classes in `keys`, oldest first. Rows that do not open count in `unreadable`.
std::vector<ExportRow> ReadForExport(SQLite::Database& db, const std::map<Id, std::unique_ptr<UnlockedClassKey>>& keys,
                                     const CivilDate& from, const CivilDate& to, const std::string& time_zone,
                                     int* unreadable);

std::string ConcernsAsCsv(const std::vector<ExportRow>& rows);
std::string ConcernsAsJson(const std::vector<ExportRow>& rows);

// Counts only: what the team meeting needs, nobody's name.
struct ExportCounts {
    ConcernCounts counts;
    std::map<std::string, int> wishes;
    int interpreter = 0;
};
ExportCounts CountForExport(const std::vector<ExportRow>& rows);
std::string CountsAsCsv(const ExportCounts& c, const CivilDate& from, const CivilDate& to);
std::string CountsAsJson(const ExportCounts& c, const CivilDate& from, const CivilDate& to);

// Polls whose open days overlap [from, to], with their answers per face (anonymous by design).
std::vector<PollSummary> PollsForExport(SQLite::Database& db, const CivilDate& from, const CivilDate& to);
std::string PollsAsCsv(const std::vector<PollSummary>& polls);
std::string PollsAsJson(const std::vector<PollSummary>& polls);

}  // namespace kd
