#pragma once
// The teacher code for a command that reads parents' messages (export,
// pickup-list): one line on standard input, never on the command line; a wrong
// one counts against the same limit as at the kiosk. Opens every class's key.
#include "domain/records.h"
#include "services/class_keys.h"

#include <SQLiteCpp/Database.h>

#include <map>
#include <memory>
#include <optional>

namespace kd::cli {

using ClassKeys = std::map<Id, std::unique_ptr<UnlockedClassKey>>;

// The keys, or nothing (the reason already on stderr: no code, a wrong one, wait).
std::optional<ClassKeys> UnlockFromStdin(SQLite::Database& db);

}  // namespace kd::cli
