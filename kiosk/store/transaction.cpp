#include "store/transaction.h"

#include <SQLiteCpp/Database.h>
#include <sqlite3.h>

namespace kd::store {
namespace {
// Savepoints of the same name nest: ROLLBACK TO and RELEASE act on the innermost.
constexpr const char* kSavepoint = "kd_change";
}  // namespace

Transaction::Transaction(SQLite::Database& db)
    : m_db(db), m_joined(sqlite3_get_autocommit(db.getHandle()) == 0) {
    m_db.exec(m_joined ? std::string("SAVEPOINT ") + kSavepoint : std::string("BEGIN IMMEDIATE"));
}

Transaction::~Transaction() {
    if (m_done) return;
    try {
        if (m_joined) {
            m_db.exec(std::string("ROLLBACK TO ") + kSavepoint);
            m_db.exec(std::string("RELEASE ") + kSavepoint);
        } else {
            m_db.exec("ROLLBACK");
        }
    } catch (...) {
        // Already rolled back by SQLite (e.g. after SQLITE_FULL); nothing left to undo.
    }
}

void Transaction::Commit() {
    m_db.exec(m_joined ? std::string("RELEASE ") + kSavepoint : std::string("COMMIT"));
    m_done = true;
}

}  // namespace kd::store
