#include "services/maintenance.h"

#include "domain/key_value.h"
#include "services/retention.h"
#include "store/backups.h"
#include "store/database.h"
#include "store/notices_repo.h"

#include <sys/stat.h>

#include <cstdio>
#include <sstream>

namespace kd {

namespace fs = std::filesystem;

MaintenanceReport RunMaintenance(SQLite::Database& db, const fs::path& data_dir, std::int64_t now, int retention_days,
                                 bool force_backup, bool full_check) {
    MaintenanceReport r;
    const std::string verdict = full_check ? store::IntegrityCheck(db) : "ok";
    if (verdict != "ok") {
        // No backup of damaged data: the marker makes the next start restore the last good one.
        r.damaged = true;
        r.problem = verdict;
        try {
            store::MarkDamaged(data_dir, verdict);
        } catch (const std::exception& e) {
            std::fprintf(stderr, "klasdeur: %s\n", e.what());
        }
        return r;
    }
    const fs::path dir = store::BackupDir(data_dir);
    if (force_backup || store::BackupDue(dir, now)) {
        try {
            r.backup = store::MakeBackup(db, dir, now).path;
            r.backed_up = true;
        } catch (const std::exception& e) {
            r.backup_error = e.what();
        }
    }
    r.backup_concerns_purged = PurgeBackups(data_dir, now, retention_days);
    if (CheckClock(db, now).plausible) r.damaged_copies_deleted = PurgeDamagedCopies(data_dir, now, retention_days);
    return r;
}

int PurgeDamagedCopies(const fs::path& data_dir, std::int64_t now, int retention_days) {
    int deleted = 0;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(data_dir / "damaged", ec)) {
        struct stat st {};
        // ctime: when it was moved aside (a rename changes it; the last write before the damage does not).
        if (::stat(entry.path().c_str(), &st) != 0) continue;
        if (now - st.st_ctime > static_cast<std::int64_t>(retention_days) * 86400 && fs::remove(entry.path(), ec))
            ++deleted;
    }
    return deleted;
}

int PurgeBackups(const fs::path& data_dir, std::int64_t now, int retention_days) {
    int deleted = 0;
    for (const store::BackupFile& b : store::ListBackups(store::BackupDir(data_dir))) {
        try {
            const std::unique_ptr<SQLite::Database> copy = store::OpenBackupToPurge(b.path);
            const PurgeResult p = PurgeOldConcerns(*copy, now, retention_days);
            if (p.refused) std::fprintf(stderr, "klasdeur: backup %s not purged: %s\n", b.path.c_str(), p.why.c_str());
            deleted += p.deleted;
        } catch (const std::exception& e) {
            std::fprintf(stderr, "klasdeur: backup %s could not be purged: %s\n", b.path.c_str(), e.what());
        }
    }
    return deleted;
}

void RecordRecoveryNotice(SQLite::Database& db, const store::RecoveryReport& r, std::int64_t now) {
    std::ostringstream d;
    d << "from_backup=" << (r.backup_seq > 0 ? 1 : 0) << "\n"
      << "backup_made_at=" << r.backup_made_at << "\n"
      << "concerns_rescued=" << r.concerns_rescued << "\n"
      << "rows_rescued=" << r.rows_rescued << "\n"
      << "damaged_file=" << r.damaged_file.string() << "\n";
    store::NoticesRepo(db).Add("database_restored", d.str(), now);
}

namespace {
// A notice's details; a damaged number reads as 0.
template <typename F>
void ForEachField(const std::string& detail, F&& f) {
    ForEachKeyValue(detail, [&](const std::string& key, const std::string& value) {
        try {
            f(key, value);
        } catch (const std::exception&) {
        }
    });
}
}  // namespace

int DecodeRestartNotice(const std::string& detail) {
    int count = 0;
    ForEachField(detail, [&](const std::string& key, const std::string& value) {
        if (key == "count") count = std::stoi(value);
    });
    return count;
}

RecoveryNotice DecodeRecoveryNotice(const std::string& detail) {
    RecoveryNotice n;
    ForEachField(detail, [&](const std::string& key, const std::string& value) {
        if (key == "from_backup") n.from_backup = value == "1";
        else if (key == "backup_made_at") n.backup_made_at = std::stoll(value);
        else if (key == "concerns_rescued") n.concerns_rescued = std::stoi(value);
        else if (key == "damaged_file") n.damaged_file = value;
    });
    return n;
}

}  // namespace kd
