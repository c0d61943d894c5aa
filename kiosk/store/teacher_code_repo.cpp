#include "store/teacher_code_repo.h"

#include <SQLiteCpp/SQLiteCpp.h>

namespace kd::store {

bool TeacherCodeRepo::IsSet() { return m_db.execAndGet("SELECT count(*) FROM teacher_code").getInt() > 0; }

std::optional<StoredTeacherCode> TeacherCodeRepo::Get() {
    SQLite::Statement q(m_db, "SELECT code_hash, failures, last_failure_at FROM teacher_code WHERE id = 1");
    if (!q.executeStep()) return std::nullopt;
    return StoredTeacherCode{q.getColumn(0).getString(), q.getColumn(1).getInt(), q.getColumn(2).getInt64()};
}

void TeacherCodeRepo::SetHash(const std::string& hash) {
    SQLite::Statement q(m_db, "INSERT INTO teacher_code(id, code_hash, failures, last_failure_at) VALUES(1, ?, 0, 0) "
                              "ON CONFLICT(id) DO UPDATE SET code_hash = excluded.code_hash, failures = 0");
    q.bind(1, hash);
    q.exec();
}

void TeacherCodeRepo::CountFailure(std::int64_t at) {
    SQLite::Statement q(m_db, "UPDATE teacher_code SET failures = failures + 1, last_failure_at = ? WHERE id = 1");
    q.bind(1, at);
    q.exec();
}

void TeacherCodeRepo::ClearFailures(const std::optional<std::string>& new_hash) {
    SQLite::Statement q(m_db, "UPDATE teacher_code SET failures = 0, code_hash = coalesce(?, code_hash) WHERE id = 1");
    if (new_hash) q.bind(1, *new_hash);
    else q.bind(1);
    q.exec();
}

}  // namespace kd::store
