#pragma once
// Opening the kiosk's SQLite database the one right way: WAL with synchronous=FULL
// (WAL+NORMAL can lose the last commits on power loss), foreign keys on, a busy
// timeout, and the schema migrated to this binary's version.
#include <SQLiteCpp/Database.h>

#include <filesystem>
#include <memory>
#include <string>

namespace kd::store {

// Opens (creating if needed) and migrates. Throws std::runtime_error with a sentence
// a person can act on when the file cannot be opened or is not a database.
std::unique_ptr<SQLite::Database> OpenDatabase(const std::filesystem::path& file);

// An in-memory database with the same pragmas and schema, for tests.
std::unique_ptr<SQLite::Database> OpenMemoryDatabase();

// PRAGMA quick_check: "ok" or the first problem found.
std::string QuickCheck(SQLite::Database& db);

}  // namespace kd::store
