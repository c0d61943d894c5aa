#pragma once
// The one place the kiosk reads its settings from the store: the stored text
// parsed by the settings table (domain/settings.h), a bad value replaced by its
// default and reported. The kiosk at start and on each change, and every
// subcommand, read them here.
#include "domain/settings.h"

#include <string>
#include <vector>

namespace SQLite { class Database; }

namespace kd {

// The settings in effect; a sentence per bad stored value appended to
// `problems` (nullptr: not wanted).
Settings LoadSettings(SQLite::Database& db, std::vector<std::string>* problems = nullptr);

}  // namespace kd
