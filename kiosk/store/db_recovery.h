#pragma once
// Opening the kiosk's database at start, and what happens when it is damaged
// (a pulled plug on a cheap SD card, a bad sector): the damaged file is moved
// aside and kept, the newest backup that passes quick_check is restored, and
// every row still readable in the damaged file that the backup lacks (the
// concerns sent since the backup above all) is copied back.
#include "store/database.h"

#include <SQLiteCpp/Database.h>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

namespace kd::store {

struct RecoveryReport {
    bool recovered = false;
    std::string problem;                 // what quick_check or SQLite said
    std::filesystem::path damaged_file;  // where the damaged database now lies (never deleted)
    std::int64_t backup_seq = 0;         // the backup restored (0: no good backup, a new database)
    std::int64_t backup_made_at = 0;     // unix seconds
    int rows_rescued = 0;                // rows read from the damaged file that were not in the backup
    int concerns_rescued = 0;            // of which parents' concerns
};

struct OpenedDatabase {
    std::unique_ptr<SQLite::Database> db;
    RecoveryReport recovery;
};

// Left by the nightly integrity_check when it finds damage quick_check may not
// see: the next start recovers even if quick_check passes.
inline std::filesystem::path DamageMarker(const std::filesystem::path& data_dir) {
    return data_dir / "klasdeur.db.damaged";
}

// Leaves the marker (durably), with `why` in it for whoever reads the file.
void MarkDamaged(const std::filesystem::path& data_dir, const std::string& why);

// Opens DATA/klasdeur.db, runs quick_check, and recovers as above when the
// file is damaged. Errors that are not damage (a newer schema, no permission,
// a full disk) are thrown as std::runtime_error, the file left alone.
// `after` runs after the migrations, as in OpenDatabase.
OpenedDatabase OpenOrRecover(const std::filesystem::path& data_dir, const AfterMigrations& after = {});

// Copies every readable row of the tables of `into` from `damaged` (a copy the
// caller may spoil) that `into` does not have; rows whose parent is gone are
// dropped. Returns rows copied; `concerns` gets how many were concerns.
int RescueRows(SQLite::Database& into, const std::filesystem::path& damaged, int* concerns = nullptr);

}  // namespace kd::store
