#pragma once
// The concerns table. Content arrives here already sealed (services/sealed_concerns.h);
// this layer only sees the plain columns and an opaque blob.
#include "domain/records.h"

#include <string>
#include <vector>

namespace SQLite { class Database; }

namespace kd::store {

// A row as stored: the plain columns filled in `concern`, the rest in `sealed`.
struct StoredConcern {
    Concern concern;
    std::vector<unsigned char> sealed;
};

// The newest concern about a child, as the parent's side may show it: no content.
struct ChildStatus {
    Id child_id = 0;
    ConcernStatus status = ConcernStatus::New;
    std::int64_t created_at = 0;
};

// A row of concerns_unsealed, where a database from before migration 0008 kept
// concerns in plain text (services/sealed_concerns.h seals them).
struct LegacyConcern {
    Concern concern;     // every column but the topics
    std::string topics;  // as stored: ids separated by commas
};

// What waits for the teacher, as the door screen may show it: counts, nothing else.
struct WaitingCount {
    int unread = 0;          // not yet answered (status new)
    int same_day_today = 0;  // of those, sent today and marked same_day
};

class ConcernsRepo {
public:
    explicit ConcernsRepo(SQLite::Database& db) : m_db(db) {}

    // Commits the row (synchronous=FULL: on disk when this returns). The same
    // submission_id twice is one row; returns its id. Throws on any failure
    // (disk full, read-only, locked), having committed nothing.
    Id Add(const Concern& plain_columns, const std::vector<unsigned char>& sealed);
    // Rows of a class created in [from, to) (unix seconds), newest first.
    std::vector<StoredConcern> OfClass(Id class_id, std::int64_t from, std::int64_t to);
    // The teacher's answer; false when there is no such concern.
    bool SetStatus(Id id, ConcernStatus status, std::int64_t at);
    // The class's unanswered concerns, and how many of them are same-day ones sent since `day_start`.
    WaitingCount Waiting(Id class_id, std::int64_t day_start);
    // For each child of the class with a concern created since `since`: the newest one's status.
    std::vector<ChildStatus> LatestPerChild(Id class_id, std::int64_t since);
    // Deletes the one concern with this id and submission id, if the teacher has
    // not answered it yet (taken back by the parent); false when there is none.
    bool Remove(Id id, const std::string& submission_id);
    // Deletes every concern created before `cutoff`; returns how many.
    int DeleteCreatedBefore(std::int64_t cutoff);
    int Count();
    int CountOfClass(Id class_id);

    // The plain-text table of an old database: whether it is still there, its rows, and dropping it.
    bool HasLegacyPlainTable();
    std::vector<LegacyConcern> LegacyPlainRows();
    void DropLegacyPlainTable();

private:
    SQLite::Database& m_db;
};

const char* StatusName(ConcernStatus s);
ConcernStatus ParseStatus(const std::string& s);

}  // namespace kd::store
