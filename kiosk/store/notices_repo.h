#pragma once
#include "domain/records.h"

#include <string>
#include <vector>

namespace SQLite { class Database; }

namespace kd::store {

class NoticesRepo {
public:
    explicit NoticesRepo(SQLite::Database& db) : m_db(db) {}

    Id Add(const std::string& kind, const std::string& detail, std::int64_t now);
    // Not yet acknowledged, oldest first.
    std::vector<Notice> Unseen();
    void MarkSeen(Id id, std::int64_t now);

private:
    SQLite::Database& m_db;
};

}  // namespace kd::store
