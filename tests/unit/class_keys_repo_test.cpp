// Each class's key pair as stored (store/class_keys_repo.h); making and
// opening them is services/class_keys.h's (teacher_code_test.cpp).
#include "services/kiosk_database.h"
#include "store/class_keys_repo.h"
#include "store/classes_repo.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>

using namespace kd;

namespace {
std::vector<unsigned char> Bytes(std::initializer_list<unsigned char> b) { return b; }
}  // namespace

TEST_CASE("class keys repo: put, replace, find and the pending ones") {
    auto db = OpenKioskMemoryDatabase();
    const Id a = store::ClassesRepo(*db).Add({0, "De Vlinders", "Juf Sarah", "🦋"});
    const Id b = store::ClassesRepo(*db).Add({0, "De Egeltjes", "Meester Tom", "🦔"});
    store::ClassKeysRepo keys(*db);
    CHECK_FALSE(keys.Has(a));
    CHECK_FALSE(keys.Find(a));
    CHECK_FALSE(keys.PublicKey(a));
    CHECK(keys.All().empty());

    keys.Put({a, Bytes({1, 2}), Bytes({3, 0, 4}), Bytes({5}), Bytes({6, 7}), true});
    keys.Put({b, Bytes({8}), Bytes({9}), Bytes({10}), Bytes({11}), false});
    CHECK(keys.Has(a));
    CHECK(keys.PublicKey(a) == Bytes({1, 2}));
    const auto found = keys.Find(a);
    REQUIRE(found);
    CHECK(found->class_id == a);
    CHECK(found->wrapped_secret == Bytes({3, 0, 4}));  // blobs, zero bytes included
    CHECK(found->salt == Bytes({5}));
    CHECK(found->nonce == Bytes({6, 7}));
    CHECK(found->pending);
    CHECK(keys.All().size() == 2);
    CHECK(keys.CountPending() == 1);
    REQUIRE(keys.Pending().size() == 1);
    CHECK(keys.Pending()[0].class_id == a);

    // Wrapped again for a code: the same row, no longer pending.
    keys.Put({a, Bytes({1, 2}), Bytes({12}), Bytes({13}), Bytes({14}), false});
    CHECK(keys.All().size() == 2);
    CHECK(keys.CountPending() == 0);
    CHECK(keys.Pending().empty());
    CHECK(keys.Find(a)->wrapped_secret == Bytes({12}));

    // The keys go with their class.
    store::ClassesRepo(*db).Remove(b);
    CHECK_FALSE(keys.Has(b));
}
