// Deleting concerns on schedule: only with a plausible clock, overwriting the
// rows and emptying the WAL so no copy lingers on disk.
#include "app/kiosk_controller.h"
#include "services/demo_school.h"
#include "services/kiosk_database.h"
#include "services/retention.h"
#include "services/sealed_concerns.h"
#include "store/concerns_repo.h"
#include "store/database.h"
#include "support/test_files.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

using namespace kd;
using kd::test::AddConcern;
using kd::test::ReadBytes;
using kd::test::TempDir;

namespace {

// 2026-11-24 10:00 UTC, a Tuesday.
constexpr std::int64_t kTuesday = 20781LL * 86400 + 10 * 3600;
constexpr std::int64_t kDay = 86400;
// 2099-01-01T00:00Z: a box whose clock battery died the other way.
constexpr std::int64_t k2099 = 4070908800LL;

bool Contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

std::vector<std::string> SubmissionIds(SQLite::Database& db) {
    std::vector<std::string> out;
    SQLite::Statement q(db, "SELECT submission_id FROM concerns ORDER BY created_at");
    while (q.executeStep()) out.push_back(q.getColumn(0).getString());
    return out;
}

struct Fixture {
    std::unique_ptr<SQLite::Database> db = OpenKioskMemoryDatabase();
    Id class_id = 0;
    Fixture() { class_id = SeedDemoSchool(*db, CivilDate{2026, 11, 24}).class_id; }
    int Rows() { return store::ConcernsRepo(*db).Count(); }
};

}  // namespace

TEST_CASE("clock check: with nothing recorded, any clock from 2026 on is plausible", "[retention]") {
    auto db = OpenKioskMemoryDatabase();
    CHECK(CheckClock(*db, kTuesday).plausible);
    CHECK(CheckClock(*db, kEarliestPlausibleTime).plausible);
    CHECK(CheckClock(*db, k2099).plausible);  // nothing to compare with, nothing old to delete
    const ClockCheck c = CheckClock(*db, kEarliestPlausibleTime - 1);
    CHECK_FALSE(c.plausible);
    CHECK_FALSE(c.why.empty());
}

TEST_CASE("clock check: 1970, 2099 and a clock set back are refused, a normal clock is not", "[retention]") {
    Fixture f;
    const std::int64_t newest = kTuesday;
    AddConcern(*f.db, f.class_id, "s1", newest - 3 * kDay);
    AddConcern(*f.db, f.class_id, "s2", newest);

    SECTION("1970") {
        const ClockCheck c = CheckClock(*f.db, 0);
        CHECK_FALSE(c.plausible);
        CHECK(Contains(c.why, "before"));
        CHECK_FALSE(CheckClock(*f.db, 86400).plausible);
    }
    SECTION("2099") {
        const ClockCheck c = CheckClock(*f.db, k2099);
        CHECK_FALSE(c.plausible);
        CHECK(Contains(c.why, "400 days"));
        CHECK_FALSE(CheckClock(*f.db, newest + kLongestPlausibleGap + 1).plausible);
        CHECK(CheckClock(*f.db, newest + kLongestPlausibleGap).plausible);  // the longest holiday is fine
    }
    SECTION("within range") {
        CHECK(CheckClock(*f.db, newest).plausible);
        CHECK(CheckClock(*f.db, newest + 1).plausible);
        CHECK(CheckClock(*f.db, newest + 60 * kDay).plausible);
        CHECK(CheckClock(*f.db, newest - 3600).plausible);  // a little behind: a time zone slip, NTP
        CHECK(CheckClock(*f.db, newest - kDay).plausible);
    }
    SECTION("more than a day behind the newest record") {
        const ClockCheck c = CheckClock(*f.db, newest - kDay - 1);
        CHECK_FALSE(c.plausible);
        CHECK(Contains(c.why, "behind"));
        CHECK_FALSE(CheckClock(*f.db, newest - 10 * kDay).plausible);
    }
    SECTION("a wrong teacher code counts as a record too") {
        SQLite::Statement q(*f.db, "INSERT INTO teacher_code(id, code_hash, failures, last_failure_at) "
                                   "VALUES(1, 'x', 1, ?)");
        q.bind(1, newest + 5 * kDay);
        q.exec();
        CHECK_FALSE(CheckClock(*f.db, newest + 2 * kDay).plausible);
        CHECK(CheckClock(*f.db, newest + 5 * kDay).plausible);
    }
}

TEST_CASE("purge: concerns older than the retention days are deleted, younger ones kept", "[retention]") {
    Fixture f;
    const std::int64_t now = kTuesday;
    AddConcern(*f.db, f.class_id, "old-31", now - 31 * kDay);
    AddConcern(*f.db, f.class_id, "old-45", now - 45 * kDay);
    AddConcern(*f.db, f.class_id, "edge-30", now - 30 * kDay);  // exactly 30 days: not more than 30
    AddConcern(*f.db, f.class_id, "young-29", now - 29 * kDay);
    AddConcern(*f.db, f.class_id, "today", now - 3600);
    const PurgeResult r = PurgeOldConcerns(*f.db, now, 30);
    CHECK_FALSE(r.refused);
    CHECK(r.why.empty());
    CHECK(r.deleted == 2);
    CHECK(SubmissionIds(*f.db) == std::vector<std::string>{"edge-30", "young-29", "today"});

    // A second purge finds nothing more; a shorter retention takes more.
    CHECK(PurgeOldConcerns(*f.db, now, 30).deleted == 0);
    CHECK(PurgeOldConcerns(*f.db, now, 7).deleted == 2);
    CHECK(SubmissionIds(*f.db) == std::vector<std::string>{"today"});
}

TEST_CASE("purge: an implausible clock deletes nothing", "[retention]") {
    Fixture f;
    const std::int64_t now = kTuesday;
    AddConcern(*f.db, f.class_id, "old-31", now - 31 * kDay);
    AddConcern(*f.db, f.class_id, "young-29", now - 29 * kDay);
    AddConcern(*f.db, f.class_id, "today", now);
    REQUIRE(f.Rows() == 3);
    for (const std::int64_t bad : {std::int64_t{0}, std::int64_t{86400 * 365}, k2099, now - 5 * kDay}) {
        INFO("clock at " << bad);
        const PurgeResult r = PurgeOldConcerns(*f.db, bad, 30);
        CHECK(r.refused);
        CHECK_FALSE(r.why.empty());
        CHECK(r.deleted == 0);
        CHECK(f.Rows() == 3);
    }
    // The same purge with the clock right deletes the old one.
    CHECK(PurgeOldConcerns(*f.db, now, 30).deleted == 1);
    CHECK(f.Rows() == 2);
}

TEST_CASE("purge on disk: the WAL is emptied and the deleted row is overwritten in the file", "[retention]") {
    TempDir dir("retention-disk");
    const auto file = dir.path / "klasdeur.db";
    const auto wal = std::filesystem::path(file.string() + "-wal");
    const std::int64_t now = kTuesday;
    const std::string old_id = "purged-concern-3e8a51c0";
    const std::string young_id = "kept-concern-9b27d4f6";
    {
        auto db = OpenKioskDatabase(file);
        CHECK(db->execAndGet("PRAGMA secure_delete").getInt() == 1);
        CHECK(db->execAndGet("PRAGMA journal_mode").getString() == "wal");
        const Id class_id = SeedDemoSchool(*db, CivilDate{2026, 11, 24}).class_id;
        AddConcern(*db, class_id, old_id, now - 40 * kDay);
        AddConcern(*db, class_id, young_id, now - kDay);
        // Before the purge both are on disk (the WAL holds the new rows): the grep works.
        REQUIRE(std::filesystem::exists(wal));
        REQUIRE(std::filesystem::file_size(wal) > 0);
        const std::string before = ReadBytes(file) + ReadBytes(wal);
        REQUIRE(Contains(before, old_id));
        REQUIRE(Contains(before, young_id));

        const PurgeResult r = PurgeOldConcerns(*db, now, 30);
        REQUIRE_FALSE(r.refused);
        CHECK(r.deleted == 1);
        // Checkpointed and truncated while the kiosk still runs.
        CHECK((!std::filesystem::exists(wal) || std::filesystem::file_size(wal) == 0));
        const std::string main_file = ReadBytes(file);
        CHECK_FALSE(Contains(main_file, old_id));  // overwritten (secure_delete), not only unlinked
        CHECK(Contains(main_file, young_id));
        CHECK(store::QuickCheck(*db) == "ok");
    }
    const std::string after = ReadBytes(file) + ReadBytes(wal);
    CHECK_FALSE(Contains(after, old_id));
    CHECK(Contains(after, young_id));
    {
        auto db = OpenKioskDatabase(file);
        CHECK(SubmissionIds(*db) == std::vector<std::string>{young_id});
    }
}

TEST_CASE("purge on disk, the grep's control: with secure_delete off the deleted row would linger", "[retention]") {
    // What the test above would see if the store did not overwrite deleted rows
    // (this SQLite may overwrite by default: the store turns it on regardless).
    TempDir dir("retention-control");
    const auto file = dir.path / "klasdeur.db";
    const std::string old_id = "lingering-concern-71c4e2aa";
    auto db = OpenKioskDatabase(file);
    db->exec("PRAGMA secure_delete = OFF");
    const Id class_id = SeedDemoSchool(*db, CivilDate{2026, 11, 24}).class_id;
    AddConcern(*db, class_id, old_id, kTuesday - 40 * kDay);
    AddConcern(*db, class_id, "kept", kTuesday - kDay);
    REQUIRE(PurgeOldConcerns(*db, kTuesday, 30).deleted == 1);
    CHECK(SubmissionIds(*db) == std::vector<std::string>{"kept"});
    CHECK(Contains(ReadBytes(file), old_id));
}

TEST_CASE("the controller purges concerns by Settings::concern_retention_days", "[retention]") {
    Fixture f;
    ManualClock clock(kTuesday);
    const std::int64_t now = clock.UnixSeconds();
    AddConcern(*f.db, f.class_id, "old-11", now - 11 * kDay);
    AddConcern(*f.db, f.class_id, "young-9", now - 9 * kDay);
    AddConcern(*f.db, f.class_id, "today", now - 60);

    {
        KioskController k(*f.db, clock, Settings{});  // the default: 30 days
        REQUIRE(Settings{}.concern_retention_days == 30);
        CHECK(k.PurgeOldConcerns() == 0);
        CHECK(f.Rows() == 3);
    }
    {
        Settings s;
        s.concern_retention_days = 10;
        KioskController k(*f.db, clock, s);
        CHECK(k.PurgeOldConcerns() == 1);
        CHECK(SubmissionIds(*f.db) == std::vector<std::string>{"young-9", "today"});
    }
    {
        Settings s;
        s.concern_retention_days = 1;
        ManualClock in_1970(0);  // a clock that is not plausible: nothing goes
        KioskController k(*f.db, in_1970, s);
        CHECK(k.PurgeOldConcerns() == 0);
        CHECK(f.Rows() == 2);
        KioskController right(*f.db, clock, s);
        CHECK(right.PurgeOldConcerns() == 1);
        CHECK(SubmissionIds(*f.db) == std::vector<std::string>{"today"});
    }
}
