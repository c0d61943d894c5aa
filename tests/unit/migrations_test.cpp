#include "store/migrations.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>

using namespace kd;

TEST_CASE("migrations run in order, once, and set user_version") {
    SQLite::Database db(":memory:", SQLite::OPEN_READWRITE);
    const int n = static_cast<int>(store::EmbeddedMigrations().size());
    REQUIRE(n >= 4);
    CHECK(store::Migrate(db) == n);
    CHECK(store::SchemaVersion(db) == n);
    CHECK(store::Migrate(db) == 0);  // nothing left to do
    for (const char* table : {"classes", "children", "settings", "events", "photos", "polls", "poll_answers"})
        CHECK(db.tableExists(table));
}

TEST_CASE("the embedded migrations are the db/migrations files in name order") {
    std::string previous;
    for (const auto& m : store::EmbeddedMigrations()) {
        CHECK(std::string(m.name) > previous);
        previous = m.name;
        CHECK(std::string(m.sql).size() > 10);
    }
}

TEST_CASE("a failing migration rolls back entirely, version included") {
    SQLite::Database db(":memory:", SQLite::OPEN_READWRITE);
    const std::vector<store::Migration> steps = {
        {"0001_ok.sql", "CREATE TABLE a(x);"},
        {"0002_bad.sql", "CREATE TABLE b(y); INSERT INTO nowhere VALUES(1);"},
    };
    CHECK_THROWS_WITH(store::Migrate(db, steps), Catch::Contains("0002_bad.sql"));
    CHECK(store::SchemaVersion(db) == 1);
    CHECK(db.tableExists("a"));
    CHECK_FALSE(db.tableExists("b"));  // the half-done step left nothing behind
}

TEST_CASE("a database from a newer program is refused, not damaged") {
    SQLite::Database db(":memory:", SQLite::OPEN_READWRITE);
    db.exec("PRAGMA user_version = 999");
    CHECK_THROWS_WITH(store::Migrate(db), Catch::Contains("newer"));
    CHECK(store::SchemaVersion(db) == 999);
}
