#pragma once
// The teacher code's one row: its hash and the count of wrong codes in a row.
// What the hash is and when a code counts is services/teacher_code.h's.
#include <cstdint>
#include <optional>
#include <string>

namespace SQLite { class Database; }

namespace kd::store {

struct StoredTeacherCode {
    std::string hash;                  // crypto_pwhash_str
    int failures = 0;                  // wrong codes in a row
    std::int64_t last_failure_at = 0;  // unix seconds
};

class TeacherCodeRepo {
public:
    explicit TeacherCodeRepo(SQLite::Database& db) : m_db(db) {}

    bool IsSet();
    std::optional<StoredTeacherCode> Get();
    // The first hash, or a new one; the count of wrong codes starts again.
    void SetHash(const std::string& hash);
    // One more wrong code, at `at`.
    void CountFailure(std::int64_t at);
    // A right code: the count starts again, and `new_hash` (if any) replaces the hash.
    void ClearFailures(const std::optional<std::string>& new_hash = std::nullopt);

private:
    SQLite::Database& m_db;
};

}  // namespace kd::store
