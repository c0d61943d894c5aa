// Concerns sealed at rest: the content encoding, the commit, pending keys,
// tampered rows, a grep of the raw database file, and the migration of a
// pre-sealing (schema 7) database.
#include "services/class_keys.h"
#include "services/demo_school.h"
#include "services/kiosk_database.h"
#include "services/sealed_concerns.h"
#include "services/teacher_code.h"
#include "store/concerns_repo.h"
#include "store/database.h"
#include "store/migrations.h"
#include "support/test_files.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <unistd.h>

using namespace kd;
using kd::test::ReadBytes;
using kd::test::TempDir;

namespace {

// 2026-11-24 10:00 UTC, a Tuesday.
constexpr std::int64_t kTuesday = 20781LL * 86400 + 10 * 3600;

// The database file and its WAL, as a thief with the disk would read them.
std::string ReadDatabaseFiles(const std::filesystem::path& db_file) {
    return ReadBytes(db_file) + ReadBytes(db_file.string() + "-wal");
}

bool Contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

// The words a parent chose in the distinctive concern below.
const char* const kSecretWords[] = {"medicine", "private_talk", "sad", "topics=", "lang=ti"};

Concern Sample(Id class_id, const std::string& submission_id, std::int64_t at) {
    Concern c;
    c.submission_id = submission_id;
    c.class_id = class_id;
    c.topics = {"sick", "eating"};
    c.feeling = 4;
    c.wish = "talk_today";
    c.interpreter = true;
    c.lang = "ar";
    c.kiosk_id = "kiosk-1";
    c.created_at = at;
    return c;
}

void CheckSameContent(const Concern& got, const Concern& want) {
    CHECK(got.submission_id == want.submission_id);
    CHECK(got.class_id == want.class_id);
    CHECK(got.child_id == want.child_id);
    CHECK(got.topics == want.topics);
    CHECK(got.feeling == want.feeling);
    CHECK(got.wish == want.wish);
    CHECK(got.interpreter == want.interpreter);
    CHECK(got.lang == want.lang);
    CHECK(got.kiosk_id == want.kiosk_id);
    CHECK(got.created_at == want.created_at);
    CHECK(got.status == want.status);
}

int PendingFlag(SQLite::Database& db, Id class_id) {
    SQLite::Statement q(db, "SELECT pending FROM class_keys WHERE class_id = ?");
    q.bind(1, class_id);
    REQUIRE(q.executeStep());
    return q.getColumn(0).getInt();
}

struct Fixture {
    std::unique_ptr<SQLite::Database> db = OpenKioskMemoryDatabase();
    ManualClock clock{kTuesday};
    Id class_id = 0;
    Fixture() { class_id = SeedDemoSchool(*db, CivilDate{2026, 11, 24}).class_id; }
    int Rows() { return store::ConcernsRepo(*db).Count(); }
};

}  // namespace

TEST_CASE("sealed content: encoded as key=value lines and decoded back to the same fields", "[sealed]") {
    Concern c = Sample(7, "sub-1", kTuesday);
    c.topics = {"sick", "medicine", "home_news"};
    c.feeling = 5;
    c.wish = "private_talk";
    c.interpreter = true;
    c.lang = "ti";
    const std::string text = EncodeConcernContent(c);
    CHECK(text == "topics=sick,medicine,home_news\nfeeling=5\nwish=private_talk\ninterpreter=1\nlang=ti\n");

    Concern back;
    back.submission_id = "kept";  // the plain columns are not part of the content: left as they were
    back.created_at = 42;
    REQUIRE(DecodeConcernContent(text, back));
    CHECK(back.topics == c.topics);
    CHECK(back.feeling == 5);
    CHECK(back.wish == "private_talk");
    CHECK(back.interpreter);
    CHECK(back.lang == "ti");
    CHECK(back.submission_id == "kept");
    CHECK(back.created_at == 42);

    // Every face, with and without an interpreter.
    for (int feeling = 1; feeling <= 5; ++feeling) {
        Concern d = Sample(1, "x", 0);
        d.feeling = feeling;
        d.interpreter = feeling % 2 == 0;
        Concern e;
        REQUIRE(DecodeConcernContent(EncodeConcernContent(d), e));
        CHECK(e.feeling == feeling);
        CHECK(e.interpreter == d.interpreter);
        CHECK(e.topics == d.topics);
    }
}

TEST_CASE("sealed content: malformed text is refused", "[sealed]") {
    const std::string lines[] = {"topics=sick", "feeling=3", "wish=call_me", "interpreter=0", "lang=nl"};
    auto join = [](const std::vector<std::string>& v) {
        std::string s;
        for (const std::string& l : v) s += l + "\n";
        return s;
    };
    const std::vector<std::string> all(std::begin(lines), std::end(lines));
    Concern c;
    REQUIRE(DecodeConcernContent(join(all), c));  // the well-formed one opens

    SECTION("a key is missing") {
        for (size_t skip = 0; skip < all.size(); ++skip) {
            std::vector<std::string> v = all;
            v.erase(v.begin() + static_cast<long>(skip));
            Concern d;
            INFO("without " << all[skip]);
            CHECK_FALSE(DecodeConcernContent(join(v), d));
        }
    }
    SECTION("a feeling that is not a face") {
        for (const char* bad : {"feeling=0", "feeling=6", "feeling=x", "feeling=", "feeling=33", "feeling=-1"}) {
            std::vector<std::string> v = all;
            v[1] = bad;
            Concern d;
            INFO(bad);
            CHECK_FALSE(DecodeConcernContent(join(v), d));
        }
    }
    SECTION("a line that is not key=value, or nothing at all") {
        std::vector<std::string> v = all;
        v.push_back("garbage");
        Concern d;
        CHECK_FALSE(DecodeConcernContent(join(v), d));
        CHECK_FALSE(DecodeConcernContent("", d));
        CHECK_FALSE(DecodeConcernContent("\x01\x02\x03 random bytes", d));
    }
    SECTION("an unknown key (a newer version) is tolerated") {
        std::vector<std::string> v = all;
        v.insert(v.begin() + 2, "mood_colour=blue");
        Concern d;
        CHECK(DecodeConcernContent(join(v), d));
        CHECK(d.wish == "call_me");
        CHECK(d.feeling == 3);
    }
}

TEST_CASE("CommitConcern refuses an incomplete concern and stores nothing", "[sealed]") {
    Fixture f;
    const Concern good = Sample(f.class_id, "sub-good", kTuesday);
    struct Case {
        const char* what;
        void (*spoil)(Concern&);
    };
    const Case cases[] = {
        {"no topics", [](Concern& c) { c.topics.clear(); }},
        {"feeling 0", [](Concern& c) { c.feeling = 0; }},
        {"feeling 6", [](Concern& c) { c.feeling = 6; }},
        {"no wish", [](Concern& c) { c.wish.clear(); }},
        {"no language", [](Concern& c) { c.lang.clear(); }},
        {"no submission id", [](Concern& c) { c.submission_id.clear(); }},
    };
    for (const Case& k : cases) {
        Concern c = good;
        c.submission_id = std::string("sub-") + k.what;
        k.spoil(c);
        INFO(k.what);
        CHECK_THROWS_AS(CommitConcern(*f.db, c), std::invalid_argument);
    }
    CHECK(f.Rows() == 0);
    CHECK_FALSE(HasClassKeys(*f.db, f.class_id));  // not even a key was made for them
    CHECK(CommitConcern(*f.db, good) > 0);
    CHECK(f.Rows() == 1);
}

TEST_CASE("a class without keys gets pending ones: the empty code opens them until a code is set", "[sealed]") {
    Fixture f;
    REQUIRE_FALSE(HasClassKeys(*f.db, f.class_id));
    const Concern before = Sample(f.class_id, "sub-before-code", kTuesday);
    const Id id = CommitConcern(*f.db, before);
    CHECK(id > 0);
    REQUIRE(HasClassKeys(*f.db, f.class_id));
    CHECK(PendingFlag(*f.db, f.class_id) == 1);

    {
        const auto key = UnlockedClassKey::Unlock(*f.db, f.class_id, "");
        REQUIRE(key);
        int unreadable = -1;
        const auto rows = OpenConcerns(*f.db, *key, f.class_id, 0, INT64_MAX, &unreadable);
        CHECK(unreadable == 0);
        REQUIRE(rows.size() == 1);
        CHECK(rows[0].id == id);
        CheckSameContent(rows[0], before);
    }

    TeacherCode(*f.db, f.clock).Set("vlinders2026");
    CHECK(PendingFlag(*f.db, f.class_id) == 0);
    CHECK_FALSE(UnlockedClassKey::Unlock(*f.db, f.class_id, ""));  // the empty code opens nothing now
    CHECK_FALSE(UnlockedClassKey::Unlock(*f.db, f.class_id, "vlinders2025"));

    // What was sealed to the pending key opens with the code, and so does what comes after.
    const Concern after = Sample(f.class_id, "sub-after-code", kTuesday + 60);
    CommitConcern(*f.db, after);
    CHECK(PendingFlag(*f.db, f.class_id) == 0);  // a class with keys gets no new pending ones
    const auto key = UnlockedClassKey::Unlock(*f.db, f.class_id, "vlinders2026");
    REQUIRE(key);
    int unreadable = -1;
    const auto rows = OpenConcerns(*f.db, *key, f.class_id, 0, INT64_MAX, &unreadable);
    CHECK(unreadable == 0);
    REQUIRE(rows.size() == 2);
    CheckSameContent(rows[0], after);  // newest first
    CheckSameContent(rows[1], before);
}

TEST_CASE("OpenConcerns leaves out a tampered row and a row of another class, and counts them", "[sealed]") {
    Fixture f;
    const Id a = CommitConcern(*f.db, Sample(f.class_id, "sub-a", kTuesday));
    const Id b = CommitConcern(*f.db, Sample(f.class_id, "sub-b", kTuesday + 10));
    {
        // Flip one byte of b's sealed blob, as someone editing the file might.
        SQLite::Statement q(*f.db, "SELECT sealed FROM concerns WHERE id = ?");
        q.bind(1, b);
        REQUIRE(q.executeStep());
        const auto* p = static_cast<const unsigned char*>(q.getColumn(0).getBlob());
        Bytes sealed(p, p + q.getColumn(0).getBytes());
        q.reset();
        REQUIRE(sealed.size() > 10);
        sealed[sealed.size() / 2] ^= 0x01;
        SQLite::Statement u(*f.db, "UPDATE concerns SET sealed = ? WHERE id = ?");
        u.bind(1, sealed.data(), static_cast<int>(sealed.size()));
        u.bind(2, b);
        REQUIRE(u.exec() == 1);
    }
    const auto key = UnlockedClassKey::Unlock(*f.db, f.class_id, "");
    REQUIRE(key);
    int unreadable = -1;
    const auto rows = OpenConcerns(*f.db, *key, f.class_id, 0, INT64_MAX, &unreadable);
    CHECK(unreadable == 1);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].id == a);
    CHECK(rows[0].topics == std::vector<std::string>{"sick", "eating"});
    CHECK(store::ConcernsRepo(*f.db).Count() == 2);  // left out, not deleted

    // Another class's key opens none of this class's rows.
    f.db->exec("INSERT INTO classes(name, teacher, symbol) VALUES('De Egeltjes', 'Meester Tom', '🦔')");
    const Id other = f.db->getLastInsertRowid();
    CommitConcern(*f.db, Sample(other, "sub-other", kTuesday));
    const auto other_key = UnlockedClassKey::Unlock(*f.db, other, "");
    REQUIRE(other_key);
    unreadable = -1;
    CHECK(OpenConcerns(*f.db, *other_key, f.class_id, 0, INT64_MAX, &unreadable).empty());
    CHECK(unreadable == 2);
    CHECK(OpenConcerns(*f.db, *other_key, other, 0, INT64_MAX, &unreadable).size() == 1);
    CHECK(unreadable == 0);
}

TEST_CASE("the raw database file and its WAL hold no word a parent chose", "[sealed]") {
    TempDir dir("sealed-grep");
    const auto file = dir.path / "klasdeur.db";
    ManualClock clock(kTuesday);
    const std::string submission = "grep-proof-5d1c9e7a";
    {
        auto db = OpenKioskDatabase(file);
        const Id class_id = SeedDemoSchool(*db, CivilDate{2026, 11, 24}).class_id;
        Concern c = Sample(class_id, submission, clock.UnixSeconds());
        c.topics = {"medicine", "sad"};
        c.wish = "private_talk";
        c.lang = "ti";
        c.feeling = 5;
        CommitConcern(*db, c);

        // While the kiosk runs: the concern is in the WAL (or the file), sealed.
        const std::string open_bytes = ReadDatabaseFiles(file);
        CHECK(Contains(open_bytes, submission));  // the grep does find what is stored in plain
        for (const char* w : kSecretWords) {
            INFO("while open: " << w);
            CHECK_FALSE(Contains(open_bytes, w));
        }
        // And it still opens to what the parent chose.
        const auto key = UnlockedClassKey::Unlock(*db, class_id, "");
        REQUIRE(key);
        const auto rows = OpenConcerns(*db, *key, class_id, 0, INT64_MAX);
        REQUIRE(rows.size() == 1);
        CHECK(rows[0].topics == std::vector<std::string>{"medicine", "sad"});
    }
    const std::string bytes = ReadDatabaseFiles(file);
    CHECK(Contains(bytes, submission));
    for (const char* w : kSecretWords) {
        INFO("after closing: " << w);
        CHECK_FALSE(Contains(bytes, w));
    }
}

TEST_CASE("a schema 7 database: its plain concerns are sealed when opened, and the plain table is gone", "[sealed]") {
    TempDir dir("sealed-legacy");
    const auto file = dir.path / "klasdeur.db";
    const std::vector<store::Migration>& all = store::EmbeddedMigrations();
    REQUIRE(all.size() >= 8);
    REQUIRE(std::string(all[7].name) == "0008_sealed_concerns.sql");
    const std::vector<store::Migration> up_to_7(all.begin(), all.begin() + 7);

    Id class_id = 0, child_id = 0;
    {
        // As a kiosk of before sealing left it.
        SQLite::Database db(file.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        REQUIRE(db.execAndGet("PRAGMA journal_mode = WAL").getString() == "wal");
        db.exec("PRAGMA foreign_keys = ON");
        REQUIRE(store::Migrate(db, up_to_7) == 7);
        REQUIRE(store::SchemaVersion(db) == 7);
        db.exec("INSERT INTO classes(name, teacher, symbol) VALUES('De Vlinders', 'Juf Sarah', '🦋')");
        class_id = db.getLastInsertRowid();
        SQLite::Statement kid(db, "INSERT INTO children(class_id, first_name, symbol) VALUES(?, 'Noor', '🦊')");
        kid.bind(1, class_id);
        kid.exec();
        child_id = db.getLastInsertRowid();
        SQLite::Statement q(db,
                            "INSERT INTO concerns(submission_id, class_id, child_id, topics, feeling, wish, interpreter, "
                            "lang, kiosk_id, created_at, status) VALUES(?,?,?,?,?,?,?,?,?,?,?)");
        q.bind(1, "legacy-sub-0001");
        q.bind(2, class_id);
        q.bind(3, child_id);
        q.bind(4, "medicine,sad");
        q.bind(5, 5);
        q.bind(6, "private_talk");
        q.bind(7, 1);
        q.bind(8, "ti");
        q.bind(9, "kiosk-old");
        q.bind(10, kTuesday);
        q.bind(11, "seen");
        q.exec();
        q.reset();
        q.bind(1, "legacy-sub-0002");
        q.bind(2, class_id);
        q.bind(3);  // about the whole class
        q.bind(4, "question");
        q.bind(5, 2);
        q.bind(6, "call_me");
        q.bind(7, 0);
        q.bind(8, "nl");
        q.bind(9, "kiosk-old");
        q.bind(10, kTuesday + 600);
        q.bind(11, "new");
        q.exec();
    }
    // The grep finds the plain words before the migration: it would find them after.
    const std::string before = ReadDatabaseFiles(file);
    REQUIRE(Contains(before, "medicine"));
    REQUIRE(Contains(before, "private_talk"));

    Concern want1;
    want1.submission_id = "legacy-sub-0001";
    want1.class_id = class_id;
    want1.child_id = child_id;
    want1.topics = {"medicine", "sad"};
    want1.feeling = 5;
    want1.wish = "private_talk";
    want1.interpreter = true;
    want1.lang = "ti";
    want1.kiosk_id = "kiosk-old";
    want1.created_at = kTuesday;
    want1.status = ConcernStatus::Seen;
    Concern want2;
    want2.submission_id = "legacy-sub-0002";
    want2.class_id = class_id;
    want2.topics = {"question"};
    want2.feeling = 2;
    want2.wish = "call_me";
    want2.lang = "nl";
    want2.kiosk_id = "kiosk-old";
    want2.created_at = kTuesday + 600;
    want2.status = ConcernStatus::New;

    {
        auto db = OpenKioskDatabase(file);  // runs 0008 and seals the old rows
        CHECK(store::SchemaVersion(*db) == static_cast<int>(all.size()));
        CHECK(db->execAndGet("SELECT count(*) FROM sqlite_master WHERE name = 'concerns_unsealed'").getInt() == 0);
        CHECK(store::ConcernsRepo(*db).Count() == 2);
        CHECK(db->execAndGet("SELECT count(*) FROM concerns WHERE typeof(sealed) = 'blob'").getInt() == 2);
        CHECK(PendingFlag(*db, class_id) == 1);  // no code yet on that kiosk
        const auto key = UnlockedClassKey::Unlock(*db, class_id, "");
        REQUIRE(key);
        int unreadable = -1;
        const auto rows = OpenConcerns(*db, *key, class_id, 0, INT64_MAX, &unreadable);
        CHECK(unreadable == 0);
        REQUIRE(rows.size() == 2);
        CheckSameContent(rows[0], want2);  // newest first
        CheckSameContent(rows[1], want1);
        CHECK(SealLegacyConcerns(*db) == 0);  // nothing left to seal

        // Already while the kiosk runs (it may run for weeks, or lose power): not in the file, not in the WAL.
        const std::string open_bytes = ReadDatabaseFiles(file);
        CHECK(Contains(open_bytes, "legacy-sub-0001"));
        for (const char* w : {"medicine", "private_talk", "call_me", "medicine,sad"}) {
            INFO("while open after the migration: " << w);
            CHECK_FALSE(Contains(open_bytes, w));
        }
    }
    {
        auto db = OpenKioskDatabase(file);  // opening again changes nothing
        CHECK(store::ConcernsRepo(*db).Count() == 2);
    }
    const std::string bytes = ReadDatabaseFiles(file);
    CHECK(Contains(bytes, "legacy-sub-0001"));
    CHECK(Contains(bytes, "legacy-sub-0002"));
    for (const char* w : {"medicine", "private_talk", "call_me", "medicine,sad"}) {
        INFO("after the migration: " << w);
        CHECK_FALSE(Contains(bytes, w));
    }
}
