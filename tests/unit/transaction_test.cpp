// store::Transaction, the one transaction helper: commit, rollback when an
// exception leaves it, the write lock taken at BEGIN, and joining a
// transaction that is already open as a savepoint.
#include "store/database.h"
#include "store/transaction.h"
#include "support/test_files.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <stdexcept>

using namespace kd;

namespace {

std::unique_ptr<SQLite::Database> Scratch() {
    auto db = std::make_unique<SQLite::Database>(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db->exec("CREATE TABLE t(v TEXT)");
    return db;
}

void Put(SQLite::Database& db, const char* v) {
    SQLite::Statement q(db, "INSERT INTO t(v) VALUES(?)");
    q.bind(1, v);
    q.exec();
}

std::string Values(SQLite::Database& db) {
    std::string out;
    SQLite::Statement q(db, "SELECT v FROM t ORDER BY rowid");
    while (q.executeStep()) out += q.getColumn(0).getString();
    return out;
}

bool InTransaction(SQLite::Database& db) { return sqlite3_get_autocommit(db.getHandle()) == 0; }

}  // namespace

TEST_CASE("a transaction on its own commits what it wrote") {
    auto db = Scratch();
    {
        store::Transaction tx(*db);
        CHECK_FALSE(tx.Joined());
        CHECK(InTransaction(*db));
        Put(*db, "a");
        Put(*db, "b");
        tx.Commit();
    }
    CHECK_FALSE(InTransaction(*db));
    CHECK(Values(*db) == "ab");
}

TEST_CASE("a transaction left by an exception rolls back everything it wrote") {
    auto db = Scratch();
    Put(*db, "x");
    CHECK_THROWS_AS(
        [&] {
            store::Transaction tx(*db);
            Put(*db, "a");
            throw std::runtime_error("refused");
        }(),
        std::runtime_error);
    CHECK_FALSE(InTransaction(*db));
    CHECK(Values(*db) == "x");
}

TEST_CASE("a transaction takes the write lock at its start") {
    test::TempDir dir("transaction-lock");
    auto a = store::OpenDatabase(dir.path / "k.db");
    SQLite::Database b((dir.path / "k.db").string(), SQLite::OPEN_READWRITE);
    b.setBusyTimeout(0);
    {
        store::Transaction tx(*a);  // nothing written yet: the lock is held all the same
        CHECK_THROWS_AS(b.exec("BEGIN IMMEDIATE"), SQLite::Exception);
    }
    b.exec("BEGIN IMMEDIATE");  // released with the transaction
    b.exec("ROLLBACK");
}

TEST_CASE("inside an open transaction a transaction joins it") {
    auto db = Scratch();

    SECTION("its commit is the caller's to keep or undo") {
        {
            store::Transaction outer(*db);
            Put(*db, "a");
            {
                store::Transaction inner(*db);
                CHECK(inner.Joined());
                Put(*db, "b");
                inner.Commit();
            }
            CHECK(InTransaction(*db));  // still the caller's transaction
            CHECK(Values(*db) == "ab");
        }  // the caller gives up
        CHECK(Values(*db).empty());

        {
            store::Transaction outer(*db);
            Put(*db, "a");
            {
                store::Transaction inner(*db);
                Put(*db, "b");
                inner.Commit();
            }
            outer.Commit();
        }
        CHECK(Values(*db) == "ab");
    }

    SECTION("a failure undoes only its own part") {
        {
            store::Transaction outer(*db);
            Put(*db, "a");
            try {
                store::Transaction inner(*db);
                Put(*db, "b");
                throw std::runtime_error("refused");
            } catch (const std::runtime_error&) {
            }
            CHECK(InTransaction(*db));
            Put(*db, "c");
            outer.Commit();
        }
        CHECK(Values(*db) == "ac");
    }

    SECTION("a plain SQLite transaction of the caller is joined too") {
        SQLite::Transaction tx(*db);
        {
            store::Transaction inner(*db);
            CHECK(inner.Joined());
            Put(*db, "a");
            inner.Commit();
        }
        tx.commit();
        CHECK(Values(*db) == "a");
    }

    SECTION("joined ones nest") {
        store::Transaction outer(*db);
        {
            store::Transaction middle(*db);
            Put(*db, "a");
            {
                store::Transaction inner(*db);
                Put(*db, "b");
            }  // undone
            Put(*db, "c");
            middle.Commit();
        }
        outer.Commit();
        CHECK(Values(*db) == "ac");
    }
}
