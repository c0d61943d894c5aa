// The class list as stored: ClassesRepo and ChildrenRepo, the rows under
// services/class_list.h (which checks every change; these only store it),
// and SettingsRepo::ClearIf that forgets a removed class.
#include "services/kiosk_database.h"
#include "store/children_repo.h"
#include "store/classes_repo.h"
#include "store/settings_repo.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>

using namespace kd;

TEST_CASE("classes repo: add, find a name in any case, rename, count, remove") {
    auto db = OpenKioskMemoryDatabase();
    store::ClassesRepo classes(*db);
    CHECK(classes.Count() == 0);
    const Id a = classes.Add({0, "De Vlinders", "Juf Sarah", "🦋"});
    const Id b = classes.Add({0, "De Egeltjes", "Meester Tom", "🦔"});
    CHECK(classes.Count() == 2);
    CHECK_THROWS(classes.Add({0, "De Vlinders", "Juf Ann", "🐝"}));  // UNIQUE(name)

    CHECK(classes.NameLike("de vlinders") == std::optional<std::string>("De Vlinders"));
    CHECK(classes.NameLike("DE EGELTJES", a) == std::optional<std::string>("De Egeltjes"));
    CHECK_FALSE(classes.NameLike("de vlinders", a));  // the class itself does not count
    CHECK_FALSE(classes.NameLike("De Rupsen"));

    classes.Rename(a, "De Rupsen", "Juf Ann");
    CHECK(classes.Find(a)->name == "De Rupsen");
    CHECK(classes.Find(a)->teacher == "Juf Ann");
    CHECK(classes.Find(a)->symbol == "🦋");

    store::ChildrenRepo(*db).Add({0, b, "Noor", "🦊", true});
    classes.Remove(b);
    CHECK_FALSE(classes.Find(b));
    CHECK(classes.Count() == 1);
    CHECK(store::ChildrenRepo(*db).Count() == 0);  // its children went with it
}

TEST_CASE("settings repo: ClearIf forgets a key only when it has that value") {
    auto db = OpenKioskMemoryDatabase();
    store::SettingsRepo settings(*db);
    settings.Set("class_id", "3");
    settings.ClearIf("class_id", "4");
    CHECK(settings.Get("class_id") == std::optional<std::string>("3"));
    settings.ClearIf("class_id", "3");
    CHECK_FALSE(settings.Get("class_id"));
}

TEST_CASE("children repo: add, change, remove and bring back") {
    auto db = OpenKioskMemoryDatabase();
    const Id a = store::ClassesRepo(*db).Add({0, "De Vlinders", "Juf Sarah", "🦋"});
    const Id b = store::ClassesRepo(*db).Add({0, "De Egeltjes", "Meester Tom", "🦔"});
    store::ChildrenRepo children(*db);
    const Id noor = children.Add({0, a, "Noor", "🦊", true});
    const Id adam = children.Add({0, a, "Adam", "🚂", false});
    children.Add({0, b, "Lucas", "🚂", false});  // another class may have the symbol
    CHECK_THROWS(children.Add({0, a, "Mila", "🦊", true}));  // UNIQUE(class_id, symbol)
    CHECK(children.CountInClass(a) == 2);
    CHECK(children.IdsInClass(a) == std::vector<Id>{noor, adam});

    children.SetFirstName(noor, "Nora");
    children.SetSymbol(noor, "🍓");
    children.SetPhotoConsent(noor, false);
    const auto row = children.FindRow(noor);
    REQUIRE(row);
    CHECK(row->first_name == "Nora");
    CHECK(row->symbol == "🍓");
    CHECK_FALSE(row->photo_consent);
    CHECK(row->active);
    CHECK(row->class_id == a);
    CHECK_FALSE(children.FindRow(9999));

    children.Remove(adam);
    CHECK(children.FindRow(adam));  // the row stays
    CHECK_FALSE(children.FindRow(adam)->active);
    CHECK(children.CountInClass(a) == 1);
    CHECK(children.InClass(a).size() == 1);
    CHECK(children.IdsInClass(a) == std::vector<Id>{noor, adam});  // removed ones too
    const auto removed = children.Removed(a);
    REQUIRE(removed.size() == 1);
    CHECK(removed[0].id == adam);
    CHECK(removed[0].symbol == "🚂");

    children.Restore({adam, a, "Adam", "🐝", true});
    CHECK(children.FindRow(adam)->active);
    CHECK(children.FindRow(adam)->symbol == "🐝");
    CHECK(children.FindRow(adam)->photo_consent);
    CHECK(children.Removed(a).empty());
}

TEST_CASE("children repo: names in any case, of active and of removed children") {
    auto db = OpenKioskMemoryDatabase();
    const Id a = store::ClassesRepo(*db).Add({0, "De Vlinders", "Juf Sarah", "🦋"});
    store::ChildrenRepo children(*db);
    const Id noor = children.Add({0, a, "Noor", "🦊", true});
    CHECK(children.ActiveNameLike(a, "NOOR") == std::optional<std::string>("Noor"));
    CHECK_FALSE(children.ActiveNameLike(a, "noor", noor));  // the child itself does not count
    CHECK_FALSE(children.ActiveNameLike(a, "Adam"));

    children.Remove(noor);
    CHECK_FALSE(children.ActiveNameLike(a, "Noor"));
    const Id again = children.Add({0, a, "Adam", "🚂", true});
    children.Remove(again);
    CHECK(children.RemovedNamed(a, "noor") == std::optional<Id>(noor));
    CHECK_FALSE(children.RemovedNamed(a, "Mila"));

    // Two removed Noors: the newest is the one to bring back.
    children.TagRemovedNamesWithId(a, "noor", 0);
    CHECK(children.FindRow(noor)->first_name == "Noor (#" + std::to_string(noor) + ")");
    const Id noor2 = children.Add({0, a, "Noor", "🍓", false});
    children.Remove(noor2);
    CHECK(children.RemovedNamed(a, "Noor") == std::optional<Id>(noor2));

    // `except` keeps its name; only removed children are renamed.
    const Id active = children.Add({0, a, "Mila", "🐝", true});
    children.TagRemovedNamesWithId(a, "Noor", noor2);
    CHECK(children.FindRow(noor2)->first_name == "Noor");
    children.TagRemovedNamesWithId(a, "Mila", 0);
    CHECK(children.FindRow(active)->first_name == "Mila");
}
