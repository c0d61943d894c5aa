#include "store/database.h"

#include "store/migrations.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include <stdexcept>

namespace kd::store {
namespace {

void ApplyPragmas(SQLite::Database& db, bool on_disk) {
    db.setBusyTimeout(2000);
    if (on_disk) {
        const std::string mode = db.execAndGet("PRAGMA journal_mode = WAL").getString();
        if (mode != "wal") throw std::runtime_error("could not switch the database to WAL mode (got " + mode + ")");
    }
    db.exec("PRAGMA synchronous = FULL");
    db.exec("PRAGMA foreign_keys = ON");
    // Deleted rows (purged concerns, dropped plain text) are overwritten, not left in free pages.
    db.exec("PRAGMA secure_delete = ON");
}

}  // namespace

std::unique_ptr<SQLite::Database> OpenDatabase(const std::filesystem::path& file, const std::string& vfs,
                                               const AfterMigrations& after) {
    std::unique_ptr<SQLite::Database> db;
    try {
        db = std::make_unique<SQLite::Database>(file.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE, 0, vfs);
        ApplyPragmas(*db, true);
        Migrate(*db);
        if (after) after(*db);
    } catch (const SQLite::Exception& e) {
        if (IsDamageError(e.getErrorCode()))
            throw DatabaseDamaged("the database " + file.string() + " is damaged (" + e.what() +
                                  "); starting the kiosk restores it from its newest backup");
        throw std::runtime_error("cannot open the database " + file.string() + ": " + e.what());
    }
    return db;
}

bool IsDamageError(int sqlite_code) {
    const int primary = sqlite_code & 0xff;
    return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB;
}

std::unique_ptr<SQLite::Database> OpenMemoryDatabase(const AfterMigrations& after) {
    auto db = std::make_unique<SQLite::Database>(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    ApplyPragmas(*db, false);
    Migrate(*db);
    if (after) after(*db);
    return db;
}

namespace {
std::string FirstAnswer(SQLite::Database& db, const char* pragma) {
    try {
        SQLite::Statement q(db, pragma);
        if (q.executeStep()) return q.getColumn(0).getString();
        return "no answer";
    } catch (const SQLite::Exception& e) {
        if (IsDamageError(e.getErrorCode())) return e.what();
        throw;
    }
}
}  // namespace

void CheckpointAndTruncateWal(SQLite::Database& db) { db.exec("PRAGMA wal_checkpoint(TRUNCATE)"); }

std::int64_t NewestRecordTime(SQLite::Database& db) {
    return db.execAndGet("SELECT max(coalesce((SELECT max(created_at) FROM concerns), 0), "
                         "coalesce((SELECT max(imported_at) FROM photos), 0), "
                         "coalesce((SELECT max(last_failure_at) FROM teacher_code), 0))")
        .getInt64();
}

std::string QuickCheck(SQLite::Database& db) { return FirstAnswer(db, "PRAGMA quick_check"); }

std::string IntegrityCheck(SQLite::Database& db) { return FirstAnswer(db, "PRAGMA integrity_check"); }

}  // namespace kd::store
