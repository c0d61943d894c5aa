#include "services/kiosk_database.h"
#include "store/backups.h"
#include "store/children_repo.h"
#include "store/classes_repo.h"
#include "store/database.h"
#include "store/events_repo.h"
#include "store/photos_repo.h"
#include "store/polls_repo.h"
#include "store/settings_repo.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>

#include <filesystem>

using namespace kd;

namespace {
std::filesystem::path TempDir(const char* name) {
    auto d = std::filesystem::temp_directory_path() / ("klasdeur-test-" + std::string(name) + "-" + std::to_string(::getpid()));
    std::filesystem::remove_all(d);
    std::filesystem::create_directories(d);
    return d;
}
}  // namespace

TEST_CASE("a database on disk is in WAL mode with synchronous=FULL and foreign keys on") {
    const auto dir = TempDir("pragmas");
    auto db = OpenKioskDatabase(dir / "k.db");
    CHECK(db->execAndGet("PRAGMA journal_mode").getString() == "wal");
    CHECK(db->execAndGet("PRAGMA synchronous").getInt() == 2);  // FULL
    CHECK(db->execAndGet("PRAGMA foreign_keys").getInt() == 1);
    CHECK(store::QuickCheck(*db) == "ok");
    db.reset();
    std::filesystem::remove_all(dir);
}

TEST_CASE("a file that is not a database gives a sentence, not a crash") {
    const auto dir = TempDir("garbage");
    {
        std::FILE* f = std::fopen((dir / "k.db").c_str(), "wb");
        const char junk[] = "this is not a database, it is a shopping list: bread, milk, apples......";
        for (int i = 0; i < 100; ++i) std::fwrite(junk, 1, sizeof junk, f);
        std::fclose(f);
    }
    try {
        OpenKioskDatabase(dir / "k.db");
        FAIL("opening garbage should throw");
    } catch (const store::DatabaseDamaged& e) {
        // Damage, said so, with what the kiosk will do about it (store/db_recovery.h).
        CHECK_THAT(e.what(), Catch::Contains("is damaged"));
        CHECK_THAT(e.what(), Catch::Contains("not a database"));
        CHECK_THAT(e.what(), Catch::Contains("backup"));
    }
    std::filesystem::remove_all(dir);
}

TEST_CASE("classes and children: upserts do not duplicate") {
    auto db = OpenKioskMemoryDatabase();
    store::ClassesRepo classes(*db);
    store::ChildrenRepo children(*db);
    const Id a = classes.Upsert({0, "De Vlinders", "Juf Sarah", "🦋"});
    CHECK(classes.Upsert({0, "De Vlinders", "Juf Sara", "🦋"}) == a);
    CHECK(classes.All().size() == 1);
    CHECK(classes.Find(a)->teacher == "Juf Sara");

    children.Upsert({0, a, "Noor", "🦊", true});
    children.Upsert({0, a, "Adam", "🚂", false});
    children.Upsert({0, a, "Noor", "🦊", false});
    const auto kids = children.InClass(a);
    REQUIRE(kids.size() == 2);
    CHECK(kids[0].first_name == "Adam");  // by name
    CHECK_FALSE(kids[1].photo_consent);
    // No two children of a class share a symbol.
    CHECK_THROWS(children.Upsert({0, a, "Mila", "🦊", true}));
}

TEST_CASE("foreign keys hold: a child needs a class, and goes with it") {
    auto db = OpenKioskMemoryDatabase();
    store::ChildrenRepo children(*db);
    CHECK_THROWS(children.Upsert({0, 999, "Noor", "🦊", true}));
    const Id c = store::ClassesRepo(*db).Upsert({0, "A", "B", "🐝"});
    children.Upsert({0, c, "Noor", "🦊", true});
    db->exec("DELETE FROM classes");
    CHECK(children.Count() == 0);
}

TEST_CASE("settings are text by key") {
    auto db = OpenKioskMemoryDatabase();
    store::SettingsRepo s(*db);
    CHECK_FALSE(s.Get("mode"));
    s.SetDefault("mode", "classroom");
    s.SetDefault("mode", "entrance");  // a default never overwrites
    CHECK(s.Get("mode") == "classroom");
    s.Set("mode", "entrance");
    CHECK(s.Get("mode") == "entrance");
    CHECK(s.All().size() == 1);
}

TEST_CASE("events: by uid, and found by the days they touch") {
    auto db = OpenKioskMemoryDatabase();
    const Id c = store::ClassesRepo(*db).Upsert({0, "A", "B", "🐝"});
    const Id other = store::ClassesRepo(*db).Upsert({0, "Other", "C", "🐸"});
    store::EventsRepo ev(*db);
    Event e;
    e.uid = "x1";
    e.class_id = c;
    e.title = "Zwemmen";
    e.type = "swimming";
    e.start_date = e.end_date = "2026-11-26";
    e.start_time = "10:00";
    ev.Upsert(e);
    e.title = "Zwemmen (gewijzigd)";
    ev.Upsert(e);  // same uid: updated, not added
    Event trip = e;
    trip.uid = "x2";
    trip.type = "trip";
    trip.start_date = "2026-11-20";
    trip.end_date = "2026-11-24";  // several days
    trip.start_time.reset();
    ev.Upsert(trip);
    Event school = e;
    school.uid = "x3";
    school.class_id.reset();  // whole school
    school.start_date = school.end_date = "2026-11-25";
    ev.Upsert(school);
    Event elsewhere = e;
    elsewhere.uid = "x4";
    elsewhere.class_id = other;
    ev.Upsert(elsewhere);

    CHECK(ev.Count() == 4);
    const auto week = ev.Between(c, "2026-11-23", "2026-11-27");
    REQUIRE(week.size() == 3);  // not the other class's
    CHECK(week[0].uid == "x2");
    CHECK_FALSE(week[0].start_time);
    CHECK(week[1].uid == "x3");
    CHECK(week[2].title == "Zwemmen (gewijzigd)");
    CHECK(ev.Between(c, "2026-11-30", "2026-12-04").empty());
}

TEST_CASE("photos: same content is one photo; hidden ones are not shown") {
    auto db = OpenKioskMemoryDatabase();
    const Id c = store::ClassesRepo(*db).Upsert({0, "A", "B", "🐝"});
    store::PhotosRepo photos(*db);
    Photo p;
    p.class_id = c;
    p.content_hash = "abc";
    p.day = "2026-11-24";
    p.taken_at = 100;
    p.imported_at = 200;
    p.screen_file = "photos/a.jpg";
    p.thumb_file = "photos/thumbs/a.jpg";
    p.width = 1600;
    p.height = 1200;
    CHECK(photos.Add(p).second);
    CHECK_FALSE(photos.Add(p).second);
    Photo later = p;
    later.content_hash = "def";
    later.taken_at = 300;
    photos.Add(later);
    Photo hidden = p;
    hidden.content_hash = "ghi";
    hidden.hidden = true;
    photos.Add(hidden);
    const auto day = photos.OfDay(c, "2026-11-24");
    REQUIRE(day.size() == 2);
    CHECK(day[0].content_hash == "def");  // newest first
    CHECK(photos.LatestDayWithPhotos(c, "2026-11-30") == "2026-11-24");
    photos.SetHidden(day[0].id, true);  // the teacher hides one
    CHECK(photos.OfDay(c, "2026-11-24").size() == 1);
    photos.SetHidden(day[0].id, false);
    CHECK(photos.OfDay(c, "2026-11-24").size() == 2);
    CHECK_FALSE(photos.LatestDayWithPhotos(c, "2026-11-23"));
}

TEST_CASE("polls: open on their days, answers counted per face") {
    auto db = OpenKioskMemoryDatabase();
    const Id c = store::ClassesRepo(*db).Upsert({0, "A", "B", "🐝"});
    store::PollsRepo polls(*db);
    Poll p;
    p.key = "party";
    p.class_id = c;
    p.question = "How was the toddler party?";
    p.opens_on = "2026-11-23";
    p.closes_on = "2026-11-29";
    const Id id = polls.Upsert(p);
    CHECK(polls.Upsert(p) == id);
    CHECK(polls.OpenOn(c, "2026-11-24")->key == "party");
    CHECK_FALSE(polls.OpenOn(c, "2026-11-30"));
    polls.Answer(id, 1, 10);
    polls.Answer(id, 1, 11);
    polls.Answer(id, 4, 12);
    CHECK_THROWS(polls.Answer(id, 6, 13));  // the face scale has five faces
    const auto r = polls.Results(id);
    CHECK(r[0] == 2);
    CHECK(r[3] == 1);
    CHECK(r[4] == 0);
}

TEST_CASE("the newest record is the newest concern, photo or wrong teacher code") {
    auto db = OpenKioskMemoryDatabase();
    CHECK(store::NewestRecordTime(*db) == 0);
    const Id a = store::ClassesRepo(*db).Upsert({0, "De Vlinders", "Juf Sarah", "🦋"});
    Photo p;
    p.class_id = a;
    p.content_hash = "h";
    p.day = "2026-11-24";
    p.imported_at = 2000;
    p.screen_file = "photos/h.jpg";
    p.thumb_file = "photos/thumbs/h.jpg";
    store::PhotosRepo(*db).Add(p);
    CHECK(store::NewestRecordTime(*db) == 2000);
    db->exec("INSERT INTO teacher_code(id, code_hash, failures, last_failure_at) VALUES(1, 'x', 1, 3000)");
    CHECK(store::NewestRecordTime(*db) == 3000);
}

TEST_CASE("a checkpoint empties the WAL into the main file") {
    const auto dir = TempDir("checkpoint");
    auto db = OpenKioskDatabase(dir / "k.db");
    store::ClassesRepo(*db).Upsert({0, "De Vlinders", "Juf Sarah", "🦋"});
    REQUIRE(std::filesystem::file_size(dir / "k.db-wal") > 0);
    store::CheckpointAndTruncateWal(*db);
    CHECK(std::filesystem::file_size(dir / "k.db-wal") == 0);
    db.reset();
    std::filesystem::remove_all(dir);
}

TEST_CASE("a backup opened to purge it overwrites what is deleted") {
    const auto dir = TempDir("purge-backup");
    {
        auto db = OpenKioskDatabase(dir / "k.db");
        store::ClassesRepo(*db).Upsert({0, "De Vlinders", "Juf Sarah", "🦋"});
        store::MakeBackup(*db, dir / "backups", 1764633600);
    }
    const auto backups = store::ListBackups(dir / "backups");
    REQUIRE(backups.size() == 1);
    auto copy = store::OpenBackupToPurge(backups[0].path);
    CHECK(copy->execAndGet("PRAGMA secure_delete").getInt() == 1);
    CHECK(store::ClassesRepo(*copy).All().size() == 1);
    copy.reset();
    std::filesystem::remove_all(dir);
}

TEST_CASE("photos: every photo, and a class's on any day, hidden ones too") {
    auto db = OpenKioskMemoryDatabase();
    const Id a = store::ClassesRepo(*db).Upsert({0, "De Vlinders", "Juf Sarah", "🦋"});
    const Id b = store::ClassesRepo(*db).Upsert({0, "De Egeltjes", "Meester Tom", "🦔"});
    store::PhotosRepo photos(*db);
    auto add = [&](Id class_id, const std::string& hash, const std::string& day) {
        Photo p;
        p.class_id = class_id;
        p.content_hash = hash;
        p.day = day;
        p.imported_at = 1000;
        p.screen_file = "photos/" + hash + ".jpg";
        p.thumb_file = "photos/thumbs/" + hash + ".jpg";
        return photos.Add(p).first;
    };
    const Id old = add(a, "h1", "2025-01-02");
    const Id hidden = add(a, "h2", "2026-11-24");
    add(b, "h3", "2026-11-24");
    photos.SetHidden(hidden, true);
    const auto of_a = photos.OfClass(a);
    REQUIRE(of_a.size() == 2);
    CHECK(of_a[0].id == old);
    CHECK(of_a[1].id == hidden);
    CHECK(of_a[1].hidden);
    CHECK(of_a[1].thumb_file == "photos/thumbs/h2.jpg");
    CHECK(photos.All().size() == 3);
    CHECK(photos.OfClass(9999).empty());
}
