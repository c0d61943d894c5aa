#pragma once
// The kiosk's database opened with every step, SQL and not: store/database.h's
// open and migrations, then the sealing of concerns an old (pre-0008) database
// kept in plain text, which needs the class keys that only services hold.
#include "store/database.h"
#include "store/db_recovery.h"

#include <filesystem>
#include <memory>
#include <string>

namespace kd {

std::unique_ptr<SQLite::Database> OpenKioskDatabase(const std::filesystem::path& file, const std::string& vfs = {});
// In memory, for tests.
std::unique_ptr<SQLite::Database> OpenKioskMemoryDatabase();
// At start: quick_check, and recovery from a backup when the file is damaged.
store::OpenedDatabase OpenOrRecoverKioskDatabase(const std::filesystem::path& data_dir);

}  // namespace kd
