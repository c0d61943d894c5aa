#pragma once
// Backups of the kiosk's database: DATA/backups/klasdeur-<seq>-<unix time>.db,
// a few generations. Ordered by number, not by time, so a clock in 1970 or
// 2099 cannot make an old copy look like the newest one.
#include <SQLiteCpp/Database.h>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <vector>

namespace kd::store {

inline constexpr int kBackupGenerations = 3;

inline std::filesystem::path BackupDir(const std::filesystem::path& data_dir) { return data_dir / "backups"; }

struct BackupFile {
    std::filesystem::path path;
    std::int64_t seq = 0;      // higher is newer
    std::int64_t made_at = 0;  // the kiosk's clock when it was made, unix seconds (for people, not for ordering)
};

// The backups in `dir`, newest first. Temporary and foreign files are ignored.
std::vector<BackupFile> ListBackups(const std::filesystem::path& dir);

// A consistent copy of `db` (VACUUM INTO a temporary file, fsync, rename,
// fsync of the directory), then all but the newest `keep` are deleted.
// Throws std::runtime_error having left the older backups as they were.
BackupFile MakeBackup(SQLite::Database& db, const std::filesystem::path& dir, std::int64_t now,
                      int keep = kBackupGenerations);

// A backup opened to delete from it (retention): read-write, with secure_delete
// on so the deleted rows are overwritten, as in the kiosk's own database.
std::unique_ptr<SQLite::Database> OpenBackupToPurge(const std::filesystem::path& file);

// Whether a new backup is due: none yet, or the newest is more than `max_age`
// seconds older than `now` (or in the future: the clock jumped back).
bool BackupDue(const std::filesystem::path& dir, std::int64_t now, std::int64_t max_age = 20 * 3600);

}  // namespace kd::store
