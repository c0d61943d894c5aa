// A damaged database is moved aside (kept), the newest sound backup restored,
// and what the damaged file still holds copied back; backups are numbered
// generations that obey the retention rules too.
#include "services/demo_school.h"
#include "services/kiosk_database.h"
#include "services/maintenance.h"
#include "services/paths.h"
#include "services/sealed_concerns.h"
#include "store/backups.h"
#include "store/concerns_repo.h"
#include "store/database.h"
#include "store/db_recovery.h"
#include "store/migrations.h"
#include "store/notices_repo.h"
#include "support/test_files.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <ctime>
#include <set>
#include <sstream>
#include <unistd.h>

using namespace kd;
using kd::test::AddConcern;
using kd::test::ReadBytes;
using kd::test::TempDir;
namespace fs = std::filesystem;

namespace {

constexpr std::int64_t kDay = 86400;
constexpr std::int64_t kTuesday = 20781LL * kDay + 10 * 3600;  // 2026-11-24 10:00 UTC

std::set<std::string> SubmissionIds(SQLite::Database& db) {
    std::set<std::string> out;
    SQLite::Statement q(db, "SELECT submission_id FROM concerns");
    while (q.executeStep()) out.insert(q.getColumn(0).getString());
    return out;
}

// Overwrites one page of a closed database file with garbage.
void SpoilPage(const fs::path& file, int page, int page_size) {
    std::fstream f(file, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(static_cast<std::streamoff>(page - 1) * page_size);
    const std::string junk(static_cast<size_t>(page_size), '\x5a');
    f.write(junk.data(), page_size);
}

int PageOf(SQLite::Database& db, const std::string& sql) { return db.execAndGet(sql).getInt(); }

// A data directory with the demo school and `n` concerns, optionally a backup after the first `backed_up`.
struct School {
    TempDir dir;
    Id class_id = 0;
    explicit School(const std::string& tag) : dir(tag) {}
    fs::path Db() const { return DatabaseFile(dir.path); }
};

}  // namespace

TEST_CASE("backups: numbered generations, the oldest go, each a sound copy", "[recovery]") {
    TempDir dir("backups");
    auto db = OpenKioskDatabase(dir.path / "klasdeur.db");
    const Id cls = SeedDemoSchool(*db, CivilDate{2026, 11, 24}).class_id;
    const fs::path backups = store::BackupDir(dir.path);
    CHECK(store::BackupDue(backups, kTuesday));
    for (int i = 1; i <= 5; ++i) {
        AddConcern(*db, cls, "s" + std::to_string(i), kTuesday);
        const store::BackupFile b = store::MakeBackup(*db, backups, kTuesday + i * 3600);
        CHECK(b.seq == i);
        CHECK(b.made_at == kTuesday + i * 3600);
    }
    const auto all = store::ListBackups(backups);
    REQUIRE(all.size() == store::kBackupGenerations);
    CHECK(all[0].seq == 5);
    CHECK(all[2].seq == 3);
    for (const auto& entry : fs::directory_iterator(backups)) CHECK(entry.path().filename().string()[0] != '.');
    SQLite::Database newest(all[0].path.string(), SQLite::OPEN_READONLY);
    CHECK(store::QuickCheck(newest) == "ok");
    CHECK(SubmissionIds(newest).size() == 5);
    CHECK(newest.execAndGet("SELECT count(*) FROM children").getInt() == 20);
    // Just made: not due; a day later, or with a clock set back: due.
    CHECK(all[0].made_at == kTuesday + 5 * 3600);
    const std::int64_t now = all[0].made_at;
    CHECK_FALSE(store::BackupDue(backups, now));
    CHECK(store::BackupDue(backups, now + kDay));
    CHECK(store::BackupDue(backups, now - 2 * 3600 - kDay));
}

TEST_CASE("recovery: a spoiled index page — the backup comes back and every concern since it too", "[recovery]") {
    School s("recover-index");
    {
        auto db = OpenKioskDatabase(s.Db());
        s.class_id = SeedDemoSchool(*db, CivilDate{2026, 11, 24}).class_id;
        for (int i = 0; i < 100; ++i) AddConcern(*db, s.class_id, "before-" + std::to_string(i), kTuesday);
        store::MakeBackup(*db, store::BackupDir(s.dir.path), kTuesday);
        for (int i = 0; i < 20; ++i) AddConcern(*db, s.class_id, "after-" + std::to_string(i), kTuesday + 60);
    }  // closed: the WAL is checkpointed into the file
    int page = 0, page_size = 0;
    {
        SQLite::Database db(s.Db().string(), SQLite::OPEN_READONLY);
        page = PageOf(db, "SELECT rootpage FROM sqlite_schema WHERE name = 'concerns_by_time'");
        page_size = PageOf(db, "PRAGMA page_size");
    }
    SpoilPage(s.Db(), page, page_size);
    const std::string spoiled = ReadBytes(s.Db());

    store::OpenedDatabase opened = OpenOrRecoverKioskDatabase(s.dir.path);
    const store::RecoveryReport& r = opened.recovery;
    REQUIRE(r.recovered);
    CHECK_FALSE(r.problem.empty());
    CHECK(r.backup_seq == 1);
    CHECK(r.concerns_rescued == 20);
    // The damaged file is kept byte for byte.
    REQUIRE(fs::exists(r.damaged_file));
    CHECK(r.damaged_file.parent_path() == s.dir.path / "damaged");
    CHECK(ReadBytes(r.damaged_file) == spoiled);
    CHECK(store::QuickCheck(*opened.db) == "ok");
    CHECK(store::IntegrityCheck(*opened.db) == "ok");
    const auto ids = SubmissionIds(*opened.db);
    CHECK(ids.size() == 120);
    CHECK(ids.count("after-19") == 1);
    // The rescued ones are still sealed to the class's key, and open.
    const auto key = UnlockedClassKey::Unlock(*opened.db, s.class_id, "");
    REQUIRE(key);
    int unreadable = -1;
    CHECK(OpenConcerns(*opened.db, *key, s.class_id, 0, INT64_MAX, &unreadable).size() == 120);
    CHECK(unreadable == 0);
    // No leftovers of the rescue next to the kept file.
    for (const auto& entry : fs::directory_iterator(s.dir.path / "damaged"))
        CHECK(entry.path().filename().string().rfind("klasdeur-1.db", 0) == 0);

    // The next start finds a sound database and leaves it alone.
    opened.db.reset();
    const auto again = OpenOrRecoverKioskDatabase(s.dir.path);
    CHECK_FALSE(again.recovery.recovered);
}

TEST_CASE("recovery: a spoiled leaf of the concerns table — rows on both sides of it are rescued", "[recovery]") {
    School s("recover-leaf");
    {
        auto db = OpenKioskDatabase(s.Db());
        s.class_id = SeedDemoSchool(*db, CivilDate{2026, 11, 24}).class_id;
        store::MakeBackup(*db, store::BackupDir(s.dir.path), kTuesday);  // before any concern
        for (int i = 0; i < 400; ++i) AddConcern(*db, s.class_id, "c-" + std::to_string(i), kTuesday + i);
    }
    int leaf = 0, page_size = 0, leaves = 0;
    {
        SQLite::Database db(s.Db().string(), SQLite::OPEN_READONLY);
        leaves = PageOf(db, "SELECT count(*) FROM dbstat WHERE name = 'concerns' AND pagetype = 'leaf'");
        leaf = PageOf(db, "SELECT pageno FROM dbstat WHERE name = 'concerns' AND pagetype = 'leaf' "
                          "ORDER BY path LIMIT 1 OFFSET " + std::to_string(leaves / 2));
        page_size = PageOf(db, "PRAGMA page_size");
    }
    REQUIRE(leaves >= 3);
    SpoilPage(s.Db(), leaf, page_size);
    const auto opened = OpenOrRecoverKioskDatabase(s.dir.path);
    REQUIRE(opened.recovery.recovered);
    CHECK(opened.recovery.backup_seq == 1);
    const auto ids = SubmissionIds(*opened.db);
    // One leaf's rows are gone with it; the rest came back, from the start and from the end.
    CHECK(ids.size() < 400);
    CHECK(static_cast<int>(ids.size()) >= 400 - 400 / leaves * 2);
    CHECK(ids.count("c-0") == 1);
    CHECK(ids.count("c-399") == 1);
    CHECK(store::IntegrityCheck(*opened.db) == "ok");
    CHECK(opened.db->execAndGet("SELECT count(*) FROM children").getInt() == 20);
}

TEST_CASE("recovery: not a database at all and no backup — a new one, the old file kept", "[recovery]") {
    School s("recover-garbage");
    { std::ofstream(s.Db(), std::ios::binary) << std::string(8192, 'x'); }
    const auto opened = OpenOrRecoverKioskDatabase(s.dir.path);
    REQUIRE(opened.recovery.recovered);
    CHECK(opened.recovery.backup_seq == 0);
    CHECK(opened.recovery.rows_rescued == 0);
    CHECK(ReadBytes(opened.recovery.damaged_file) == std::string(8192, 'x'));
    CHECK(store::QuickCheck(*opened.db) == "ok");
    CHECK(store::SchemaVersion(*opened.db) > 0);
}

TEST_CASE("recovery: a damaged newest backup is passed over for the one before", "[recovery]") {
    School s("recover-bad-backup");
    {
        auto db = OpenKioskDatabase(s.Db());
        s.class_id = SeedDemoSchool(*db, CivilDate{2026, 11, 24}).class_id;
        store::MakeBackup(*db, store::BackupDir(s.dir.path), kTuesday);
        const auto second = store::MakeBackup(*db, store::BackupDir(s.dir.path), kTuesday);
        std::ofstream(second.path, std::ios::binary | std::ios::trunc) << "not a database";
    }
    { std::ofstream(s.Db(), std::ios::binary | std::ios::trunc) << std::string(4096, '\0'); }
    fs::remove(s.Db().string() + "-wal");
    fs::remove(s.Db().string() + "-shm");
    const auto opened = OpenOrRecoverKioskDatabase(s.dir.path);
    REQUIRE(opened.recovery.recovered);
    CHECK(opened.recovery.backup_seq == 1);
    CHECK(opened.db->execAndGet("SELECT count(*) FROM children").getInt() == 20);
}

TEST_CASE("recovery: the nightly check's marker makes the next start restore and rescue", "[recovery]") {
    School s("recover-marker");
    {
        auto db = OpenKioskDatabase(s.Db());
        s.class_id = SeedDemoSchool(*db, CivilDate{2026, 11, 24}).class_id;
        store::MakeBackup(*db, store::BackupDir(s.dir.path), kTuesday);
        AddConcern(*db, s.class_id, "late", kTuesday);
    }
    std::ofstream(store::DamageMarker(s.dir.path)) << "row 3 missing from index\n";
    const auto opened = OpenOrRecoverKioskDatabase(s.dir.path);
    CHECK(opened.recovery.recovered);
    CHECK(opened.recovery.concerns_rescued == 1);
    CHECK(SubmissionIds(*opened.db).count("late") == 1);
    CHECK_FALSE(fs::exists(store::DamageMarker(s.dir.path)));
}

TEST_CASE("recovery: errors that are not damage leave the file where it is", "[recovery]") {
    School s("recover-newer");
    {
        auto db = OpenKioskDatabase(s.Db());
        db->exec("PRAGMA user_version = 999");
    }
    CHECK_THROWS_WITH(OpenOrRecoverKioskDatabase(s.dir.path), Catch::Contains("newer Klasdeur"));
    CHECK(fs::exists(s.Db()));
    CHECK_FALSE(fs::exists(s.dir.path / "damaged"));
}

TEST_CASE("maintenance: a backup when due, the teacher's notice, and retention inside the backups", "[recovery]") {
    TempDir dir("maintain");
    auto db = OpenKioskDatabase(DatabaseFile(dir.path));
    const Id cls = SeedDemoSchool(*db, CivilDate{2026, 11, 24}).class_id;
    AddConcern(*db, cls, "old-secret-123", kTuesday - 29 * kDay);
    AddConcern(*db, cls, "recent-456", kTuesday);

    const MaintenanceReport first = RunMaintenance(*db, dir.path, kTuesday, 30);
    CHECK_FALSE(first.damaged);
    REQUIRE(first.backed_up);
    CHECK(first.backup_error.empty());
    CHECK(ReadBytes(first.backup).find("old-secret-123") != std::string::npos);
    // A little later: no new backup yet.
    CHECK_FALSE(RunMaintenance(*db, dir.path, kTuesday + 3600, 30).backed_up);

    // Two days on, the old concern is past 30 days: gone from the backup too, its bytes overwritten.
    const MaintenanceReport later = RunMaintenance(*db, dir.path, kTuesday + 2 * kDay, 30);
    CHECK(later.backup_concerns_purged >= 1);
    for (const auto& b : store::ListBackups(store::BackupDir(dir.path))) {
        SQLite::Database copy(b.path.string(), SQLite::OPEN_READONLY);
        CHECK(SubmissionIds(copy).count("old-secret-123") == 0);
        CHECK(SubmissionIds(copy).count("recent-456") == 1);
        CHECK(ReadBytes(b.path).find("old-secret-123") == std::string::npos);
    }

    SECTION("a recovery becomes a notice the teacher reads back") {
        store::RecoveryReport r;
        r.recovered = true;
        r.backup_seq = 2;
        r.backup_made_at = kTuesday - 3600;
        r.concerns_rescued = 7;
        r.damaged_file = dir.path / "damaged" / "klasdeur-1.db";
        RecordRecoveryNotice(*db, r, kTuesday);
        const auto notices = store::NoticesRepo(*db).Unseen();
        REQUIRE(notices.size() == 1);
        CHECK(notices[0].kind == "database_restored");
        const RecoveryNotice n = DecodeRecoveryNotice(notices[0].detail);
        CHECK(n.from_backup);
        CHECK(n.backup_made_at == kTuesday - 3600);
        CHECK(n.concerns_rescued == 7);
        CHECK(n.damaged_file == r.damaged_file.string());
        store::NoticesRepo(*db).MarkSeen(notices[0].id, kTuesday + 60);
        CHECK(store::NoticesRepo(*db).Unseen().empty());
    }
}

TEST_CASE("maintenance: damage found at night — a marker, no backup of damaged data", "[recovery]") {
    TempDir dir("maintain-damaged");
    const fs::path file = DatabaseFile(dir.path);
    {
        auto db = OpenKioskDatabase(file);
        const Id cls = SeedDemoSchool(*db, CivilDate{2026, 11, 24}).class_id;
        for (int i = 0; i < 50; ++i) AddConcern(*db, cls, "c-" + std::to_string(i), kTuesday);
    }
    int page = 0, page_size = 0;
    {
        SQLite::Database db(file.string(), SQLite::OPEN_READONLY);
        page = PageOf(db, "SELECT rootpage FROM sqlite_schema WHERE name = 'concerns_by_child_time'");
        page_size = PageOf(db, "PRAGMA page_size");
    }
    SpoilPage(file, page, page_size);
    SQLite::Database db(file.string(), SQLite::OPEN_READWRITE);
    const MaintenanceReport r = RunMaintenance(db, dir.path, kTuesday, 30, /*force_backup=*/true);
    CHECK(r.damaged);
    CHECK_FALSE(r.backed_up);
    CHECK(fs::exists(store::DamageMarker(dir.path)));
    CHECK(store::ListBackups(store::BackupDir(dir.path)).empty());
}

TEST_CASE("maintenance: a damaged copy is kept as long as its messages may be, then deleted", "[recovery]") {
    TempDir dir("maintain-old-damage");
    auto db = OpenKioskDatabase(DatabaseFile(dir.path));
    SeedDemoSchool(*db, CivilDate{2026, 11, 24});
    fs::create_directories(dir.path / "damaged");
    std::ofstream(dir.path / "damaged" / "klasdeur-1.db") << "what was left of it";
    const std::int64_t moved = static_cast<std::int64_t>(std::time(nullptr));
    CHECK(RunMaintenance(*db, dir.path, moved + 29 * kDay, 30).damaged_copies_deleted == 0);
    CHECK(fs::exists(dir.path / "damaged" / "klasdeur-1.db"));
    CHECK(RunMaintenance(*db, dir.path, moved + 31 * kDay, 30).damaged_copies_deleted == 1);
    CHECK_FALSE(fs::exists(dir.path / "damaged" / "klasdeur-1.db"));
}
