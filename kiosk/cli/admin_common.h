#pragma once
// What `class`, `child`, `poll` and `settings` share: the database, the symbols
// table, today's date in the school's time zone, and aligned columns.
#include "domain/civil_date.h"
#include "domain/pictogram_table.h"

#include <SQLiteCpp/Database.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace kd::cli {

// The data directory's database, created and migrated if needed.
std::unique_ptr<SQLite::Database> OpenAdminDatabase(const std::filesystem::path& data_dir);

// The data directory's database, which must be there already (commands that read
// parents' messages: a wrong --data must not quietly make an empty kiosk).
std::unique_ptr<SQLite::Database> OpenExistingDatabase(const std::filesystem::path& data_dir);
// assets/symbols.tsv of the share directory.
PictogramTable LoadSymbols();

// A symbol as typed: its id in the table ("fox") stands for its emoji ("🦊").
std::string SymbolFromArgument(const std::string& given, const PictogramTable& symbols);

// Today in the school's time zone (the time_zone setting).
CivilDate SchoolToday(SQLite::Database& db);

// Columns a terminal shows `s` in (an emoji is two, a combining mark or ZWJ none).
int DisplayWidth(const std::string& s);

// Prints rows as columns two spaces apart, each padded to its widest cell (the
// last column is not padded, so lines carry no trailing blanks).
void PrintColumns(const std::vector<std::vector<std::string>>& rows);

}  // namespace kd::cli
