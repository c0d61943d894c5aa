#pragma once
// The kiosk's nightly care of its own data (at each change of day, at start
// when due, and by hand with `klasdeur maintain`): a full integrity check, a
// backup when the data is sound, and the retention rules applied to the
// backups too, so an old concern does not live on in a copy.
#include "store/db_recovery.h"

#include <cstdint>
#include <filesystem>
#include <string>

namespace SQLite { class Database; }

namespace kd {

struct MaintenanceReport {
    bool damaged = false;      // integrity_check failed: the marker is written, a restart recovers
    std::string problem;
    bool backed_up = false;
    std::filesystem::path backup;
    std::string backup_error;  // e.g. a full disk; the older backups are still there
    int backup_concerns_purged = 0;
    int damaged_copies_deleted = 0;
};

// `force_backup`: a backup even when the newest is recent. `full_check` false
// skips integrity_check (at start, right after quick_check).
MaintenanceReport RunMaintenance(SQLite::Database& db, const std::filesystem::path& data_dir, std::int64_t now,
                                 int retention_days, bool force_backup = false, bool full_check = true);

// Deletes concerns past retention from each backup (overwritten, as in the
// live database), unless a backup's own records make `now` implausible.
int PurgeBackups(const std::filesystem::path& data_dir, std::int64_t now, int retention_days);

// A damaged database moved aside is kept for the IT person, but no longer than
// the messages in it may be kept: files in DATA/damaged moved there more than
// `retention_days` ago are deleted (only with a plausible clock; the caller checks).
int PurgeDamagedCopies(const std::filesystem::path& data_dir, std::int64_t now, int retention_days);

// The teacher's notice after a recovery at start.
void RecordRecoveryNotice(SQLite::Database& db, const store::RecoveryReport& r, std::int64_t now);

// A recovery notice read back for the screen.
struct RecoveryNotice {
    bool from_backup = false;
    std::int64_t backup_made_at = 0;
    int concerns_rescued = 0;
    std::string damaged_file;
};
RecoveryNotice DecodeRecoveryNotice(const std::string& detail);
// A "restarts" notice's count (services/crash_loop.h).
int DecodeRestartNotice(const std::string& detail);

}  // namespace kd
