// The teacher code's row as stored (store/teacher_code_repo.h); the hashing and
// the waits are services/teacher_code.h's (teacher_code_test.cpp).
#include "services/kiosk_database.h"
#include "store/teacher_code_repo.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>

using namespace kd;

TEST_CASE("teacher code repo: one hash, a failure count that a right code clears") {
    auto db = OpenKioskMemoryDatabase();
    store::TeacherCodeRepo repo(*db);
    CHECK_FALSE(repo.IsSet());
    CHECK_FALSE(repo.Get());

    repo.SetHash("hash-1");
    CHECK(repo.IsSet());
    REQUIRE(repo.Get());
    CHECK(repo.Get()->hash == "hash-1");
    CHECK(repo.Get()->failures == 0);
    CHECK(repo.Get()->last_failure_at == 0);

    repo.CountFailure(100);
    repo.CountFailure(160);
    CHECK(repo.Get()->failures == 2);
    CHECK(repo.Get()->last_failure_at == 160);

    repo.ClearFailures();  // no rehash: the hash stays
    CHECK(repo.Get()->failures == 0);
    CHECK(repo.Get()->hash == "hash-1");
    CHECK(repo.Get()->last_failure_at == 160);

    repo.CountFailure(200);
    repo.ClearFailures(std::string("hash-2"));
    CHECK(repo.Get()->hash == "hash-2");
    CHECK(repo.Get()->failures == 0);

    repo.CountFailure(300);
    repo.SetHash("hash-3");  // a new code: the count starts again, still one row
    CHECK(repo.Get()->hash == "hash-3");
    CHECK(repo.Get()->failures == 0);
    CHECK(db->execAndGet("SELECT count(*) FROM teacher_code").getInt() == 1);
}
