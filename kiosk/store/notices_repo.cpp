#include "store/notices_repo.h"

#include <SQLiteCpp/SQLiteCpp.h>

namespace kd::store {

Id NoticesRepo::Add(const std::string& kind, const std::string& detail, std::int64_t now) {
    SQLite::Statement q(m_db, "INSERT INTO notices (kind, detail, created_at) VALUES (?, ?, ?)");
    q.bind(1, kind);
    q.bind(2, detail);
    q.bind(3, static_cast<std::int64_t>(now));
    q.exec();
    return m_db.getLastInsertRowid();
}

std::vector<Notice> NoticesRepo::Unseen() {
    std::vector<Notice> out;
    SQLite::Statement q(m_db, "SELECT id, kind, detail, created_at FROM notices WHERE seen_at IS NULL ORDER BY id");
    while (q.executeStep()) {
        Notice n;
        n.id = q.getColumn(0).getInt64();
        n.kind = q.getColumn(1).getString();
        n.detail = q.getColumn(2).getString();
        n.created_at = q.getColumn(3).getInt64();
        out.push_back(std::move(n));
    }
    return out;
}

void NoticesRepo::MarkSeen(Id id, std::int64_t now) {
    SQLite::Statement q(m_db, "UPDATE notices SET seen_at = ? WHERE id = ? AND seen_at IS NULL");
    q.bind(1, static_cast<std::int64_t>(now));
    q.bind(2, static_cast<std::int64_t>(id));
    q.exec();
}

}  // namespace kd::store
