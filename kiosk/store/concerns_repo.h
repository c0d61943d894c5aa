#pragma once
#include "core/model.h"

#include <vector>

namespace SQLite { class Database; }

namespace kd::store {

class ConcernsRepo {
public:
    explicit ConcernsRepo(SQLite::Database& db) : m_db(db) {}

    // Commits the concern (synchronous=FULL: on disk when this returns). The same
    // submission_id twice is one row; returns its id. Throws on any failure
    // (disk full, read-only, locked), having committed nothing.
    Id Add(const Concern& c);
    // Concerns of a class created in [from, to) (unix seconds), newest first.
    std::vector<Concern> OfClass(Id class_id, std::int64_t from, std::int64_t to);
    int Count();

private:
    SQLite::Database& m_db;
};

const char* StatusName(ConcernStatus s);

}  // namespace kd::store
