#include "cli/commands.h"
#include "domain/clock.h"
#include "domain/settings.h"
#include "media/photo_import.h"
#include "services/kiosk_database.h"
#include "services/maintenance.h"
#include "services/paths.h"
#include "services/retention.h"
#include "services/settings_store.h"
#include "store/database.h"
#include "store/db_recovery.h"

#include <SQLiteCpp/Database.h>

#include <cstdio>

namespace kd::cli {

// What the kiosk does each night, by hand (or from cron on a box that sleeps at
// midnight). It never moves the database: the kiosk may have it open; damage
// leaves the marker, and the kiosk's next start restores the last good backup.
int Maintain(const std::filesystem::path& data_dir, bool force_backup) {
    PrepareDataDir(data_dir);
    const SystemClock clock;
    std::unique_ptr<SQLite::Database> db;
    try {
        db = OpenKioskDatabase(DatabaseFile(data_dir));
    } catch (const store::DatabaseDamaged& e) {
        store::MarkDamaged(data_dir, e.what());
        std::printf("NOT OK: %s\nThe kiosk restores its newest good backup when it next starts.\n", e.what());
        return 1;
    }
    const Settings settings = LoadSettings(*db, nullptr);
    const std::int64_t now = clock.UnixSeconds();
    const PurgeResult purged = PurgeOldConcerns(*db, now, settings.concern_retention_days);
    if (purged.refused) std::printf("Old messages not deleted: %s.\n", purged.why.c_str());
    else std::printf("Messages older than %d days deleted: %d.\n", settings.concern_retention_days, purged.deleted);
    if (const int n = media::RemoveOrphanPhotoFiles(*db, data_dir, now))
        std::printf("Photo files no row knew about (an import cut off) removed: %d.\n", n);
    const MaintenanceReport r = RunMaintenance(*db, data_dir, now, settings.concern_retention_days, force_backup);
    if (r.damaged) {
        std::printf("NOT OK: integrity_check: %s\nThe kiosk restores its newest good backup when it next starts.\n",
                    r.problem.c_str());
        return 1;
    }
    std::printf("integrity_check ok.\n");
    if (r.backed_up) std::printf("Backup written: %s\n", r.backup.c_str());
    else if (!r.backup_error.empty()) std::printf("NO BACKUP: %s\n", r.backup_error.c_str());
    else std::printf("Backup not due (the newest is less than a day old; --backup makes one anyway).\n");
    if (r.backup_concerns_purged > 0)
        std::printf("Messages past retention deleted from the backups: %d.\n", r.backup_concerns_purged);
    if (r.damaged_copies_deleted > 0)
        std::printf("Damaged copies past retention deleted: %d.\n", r.damaged_copies_deleted);
    return r.backup_error.empty() ? 0 : 1;
}

}  // namespace kd::cli
