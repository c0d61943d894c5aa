// Concerns as stored (store/concerns_repo.h): counted per class, and the
// plain-text table an old database kept until services/sealed_concerns.h seals it.
#include "services/kiosk_database.h"
#include "store/classes_repo.h"
#include "store/concerns_repo.h"
#include "support/test_files.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>

using namespace kd;

TEST_CASE("concerns repo: counted per class") {
    auto db = OpenKioskMemoryDatabase();
    const Id a = store::ClassesRepo(*db).Add({0, "De Vlinders", "Juf Sarah", "🦋"});
    const Id b = store::ClassesRepo(*db).Add({0, "De Egeltjes", "Meester Tom", "🦔"});
    test::AddConcern(*db, a, "s1", 1000);
    test::AddConcern(*db, a, "s2", 1001);
    test::AddConcern(*db, b, "s3", 1002);
    store::ConcernsRepo concerns(*db);
    CHECK(concerns.CountOfClass(a) == 2);
    CHECK(concerns.CountOfClass(b) == 1);
    CHECK(concerns.CountOfClass(9999) == 0);
}

TEST_CASE("concerns repo: the plain-text table of an old database, read and dropped") {
    auto db = OpenKioskMemoryDatabase();
    const Id a = store::ClassesRepo(*db).Add({0, "De Vlinders", "Juf Sarah", "🦋"});
    store::ConcernsRepo concerns(*db);
    CHECK_FALSE(concerns.HasLegacyPlainTable());

    // The columns as migration 0005 made them.
    db->exec("CREATE TABLE concerns_unsealed (id INTEGER PRIMARY KEY, submission_id TEXT, class_id INTEGER, "
             "child_id INTEGER, topics TEXT, feeling INTEGER, wish TEXT, interpreter INTEGER, lang TEXT, "
             "kiosk_id TEXT, created_at INTEGER, status TEXT)");
    db->exec("INSERT INTO concerns_unsealed(submission_id, class_id, child_id, topics, feeling, wish, interpreter, "
             "lang, kiosk_id, created_at, status) VALUES('old-1', " + std::to_string(a) +
             ", NULL, 'medicine,sad', 5, 'private_talk', 1, 'ti', 'kiosk-old', 1700000000, 'will_talk')");
    CHECK(concerns.HasLegacyPlainTable());
    const auto rows = concerns.LegacyPlainRows();
    REQUIRE(rows.size() == 1);
    const Concern& c = rows[0].concern;
    CHECK(c.submission_id == "old-1");
    CHECK(c.class_id == a);
    CHECK_FALSE(c.child_id);
    CHECK(rows[0].topics == "medicine,sad");
    CHECK(c.topics.empty());  // splitting them is the service's
    CHECK(c.feeling == 5);
    CHECK(c.wish == "private_talk");
    CHECK(c.interpreter);
    CHECK(c.lang == "ti");
    CHECK(c.kiosk_id == "kiosk-old");
    CHECK(c.created_at == 1700000000);
    CHECK(c.status == ConcernStatus::WillTalk);

    concerns.DropLegacyPlainTable();
    CHECK_FALSE(concerns.HasLegacyPlainTable());
}
