#pragma once
// Schema migrations from db/migrations, applied in file order by PRAGMA user_version.
#include <string>
#include <vector>

namespace SQLite { class Database; }

namespace kd::store {

struct Migration {
    const char* name;  // file name, e.g. "0001_school.sql"
    const char* sql;
};

// All migrations compiled into the binary (generated at build time).
const std::vector<Migration>& EmbeddedMigrations();

// Applies every migration past the database's user_version, each in its own
// transaction together with its user_version bump. Returns how many ran.
// Throws if the database is newer than this binary knows.
int Migrate(SQLite::Database& db, const std::vector<Migration>& migrations = EmbeddedMigrations());

int SchemaVersion(SQLite::Database& db);

}  // namespace kd::store
