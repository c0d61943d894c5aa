#pragma once
// Opening the kiosk's SQLite database the one right way: WAL with synchronous=FULL
// (WAL+NORMAL can lose the last commits on power loss), foreign keys on, a busy
// timeout, and the schema migrated to this binary's version.
#include <SQLiteCpp/Database.h>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>

namespace kd::store {

// The file is not a sound SQLite database (SQLITE_CORRUPT, SQLITE_NOTADB):
// store/db_recovery.h moves it aside and restores the newest backup.
class DatabaseDamaged : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Whether an SQLite error code means the file itself is damaged.
bool IsDamageError(int sqlite_code);

inline std::filesystem::path DatabaseFile(const std::filesystem::path& data_dir) { return data_dir / "klasdeur.db"; }

// A step run after the SQL migrations, inside the open, for what SQL cannot do
// (services/kiosk_database.h seals concerns a pre-0008 database kept in plain text).
using AfterMigrations = std::function<void(SQLite::Database&)>;

// Opens (creating if needed) and migrates. Throws DatabaseDamaged for a damaged
// file, std::runtime_error with a sentence a person can act on for the rest.
// `vfs`: an SQLite VFS by name (tests inject I/O faults through one); empty: the default.
std::unique_ptr<SQLite::Database> OpenDatabase(const std::filesystem::path& file, const std::string& vfs = {},
                                               const AfterMigrations& after = {});

// An in-memory database with the same pragmas and schema, for tests.
std::unique_ptr<SQLite::Database> OpenMemoryDatabase(const AfterMigrations& after = {});

// PRAGMA wal_checkpoint(TRUNCATE): the WAL copied into the main file and emptied,
// so rows deleted or overwritten (secure_delete) are gone from the WAL too.
void CheckpointAndTruncateWal(SQLite::Database& db);

// The newest moment the kiosk itself wrote down, unix seconds: a concern
// created, a photo imported, a wrong teacher code (0: nothing yet).
std::int64_t NewestRecordTime(SQLite::Database& db);

// PRAGMA quick_check: "ok" or the first problem found.
std::string QuickCheck(SQLite::Database& db);
// PRAGMA integrity_check (slower: also checks every index against its table), same answer.
std::string IntegrityCheck(SQLite::Database& db);

}  // namespace kd::store
