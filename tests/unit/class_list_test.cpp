// The class list as teacher mode and `klasdeur class|child` keep it: every
// refusal is a sentence and changes nothing.
#include "services/class_list.h"
#include "services/kiosk_database.h"
#include "store/children_repo.h"
#include "store/classes_repo.h"
#include "store/database.h"
#include "store/settings_repo.h"
#include "support/refusal.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>

#include <filesystem>

using namespace kd;
using kd::test::Refusal;

namespace {

PictogramTable Symbols() {
    return PictogramTable({{"fox", "🦊", "fox"},
                           {"strawberry", "🍓", "strawberry"},
                           {"butterfly", "🦋", "butterfly"},
                           {"ball", "⚽", "ball"},
                           {"bee", "🐝", "bee"},
                           {"frog", "🐸", "frog"}});
}

int Rows(SQLite::Database& db, const char* sql) { return db.execAndGet(sql).getInt(); }

std::string Repeat(const std::string& s, int n) {
    std::string out;
    for (int i = 0; i < n; ++i) out += s;
    return out;
}

}  // namespace

TEST_CASE("classes: added trimmed; a name twice, an empty or long name, an unknown symbol refused") {
    auto db = OpenKioskMemoryDatabase();
    const PictogramTable sym = Symbols();
    const Id a = AddClass(*db, "  De Vlinders\t", " Juf Sarah ", "🦋", sym);
    const auto c = store::ClassesRepo(*db).Find(a);
    REQUIRE(c);
    CHECK(c->name == "De Vlinders");
    CHECK(c->teacher == "Juf Sarah");
    CHECK(c->symbol == "🦋");

    CHECK_THAT(Refusal([&] { AddClass(*db, "de vlinders", "Juf Ann", "🐝", sym); }),
               Catch::Contains("already a class called De Vlinders"));
    CHECK_THAT(Refusal([&] { AddClass(*db, "   ", "Juf Ann", "🐝", sym); }), Catch::Contains("is empty"));
    CHECK_THAT(Refusal([&] { AddClass(*db, "De Bijtjes", "", "🐝", sym); }), Catch::Contains("teacher's name is empty"));
    CHECK_THAT(Refusal([&] { AddClass(*db, "De Bijtjes", "Juf Ann", "🐙", sym); }),
               Catch::Contains("not one of the symbols"));
    CHECK_THAT(Refusal([&] { AddClass(*db, "De Bijtjes", "Juf Ann", "", sym); }), Catch::Contains("symbol is needed"));
    CHECK_THAT(Refusal([&] { AddClass(*db, Repeat("a", 41), "Juf Ann", "🐝", sym); }),
               Catch::Contains("at most 40 characters"));
    CHECK_THAT(Refusal([&] { AddClass(*db, "Line\nbreak", "Juf Ann", "🐝", sym); }), Catch::Contains("control character"));
    CHECK(Rows(*db, "SELECT count(*) FROM classes") == 1);

    // 40 characters is 40 code points, however many bytes.
    CHECK(AddClass(*db, Repeat("é", 40), "Juf Ann", "🐝", sym) > 0);
    CHECK_THAT(Refusal([&] { AddClass(*db, Repeat("é", 41), "Juf Ann", "🐝", sym); }),
               Catch::Contains("'" + Repeat("é", 41) + "' has 41"));
    CHECK_THAT(Refusal([&] { AddClass(*db, "bad \xC3", "Juf Ann", "🐝", sym); }), Catch::Contains("not valid text"));
}

TEST_CASE("classes: renamed, not onto another's name; the last one stays") {
    auto db = OpenKioskMemoryDatabase();
    const PictogramTable sym = Symbols();
    const Id a = AddClass(*db, "De Vlinders", "Juf Sarah", "🦋", sym);
    const Id b = AddClass(*db, "De Bijtjes", "Juf Ann", "🐝", sym);

    RenameClass(*db, a, "De Vlindertjes", "Meester Tom");
    CHECK(store::ClassesRepo(*db).Find(a)->name == "De Vlindertjes");
    CHECK(store::ClassesRepo(*db).Find(a)->teacher == "Meester Tom");
    RenameClass(*db, a, "de vlindertjes", "Meester Tom");  // its own name in other letters is fine
    CHECK_THAT(Refusal([&] { RenameClass(*db, a, "DE BIJTJES", "Meester Tom"); }), Catch::Contains("already a class"));
    CHECK_THAT(Refusal([&] { RenameClass(*db, 999, "X", "Y"); }), Catch::Contains("no class with id 999"));

    // Removing a class takes its children along, and a door set to it falls back to the first class.
    const Id noor = AddChild(*db, b, "Noor", "🦊", true, sym);
    store::SettingsRepo(*db).Set("class_id", std::to_string(b));
    RemoveClass(*db, b);
    CHECK_FALSE(store::ClassesRepo(*db).Find(b));
    CHECK_FALSE(FindChild(*db, noor));
    CHECK_FALSE(store::SettingsRepo(*db).Get("class_id"));
    CHECK_THAT(Refusal([&] { RemoveClass(*db, a); }), Catch::Contains("last one"));
    CHECK(store::ClassesRepo(*db).Find(a));
    CHECK_THAT(Refusal([&] { RemoveClass(*db, b); }), Catch::Contains("no class with id"));
}

TEST_CASE("children: a name and a symbol of their own in the class") {
    auto db = OpenKioskMemoryDatabase();
    const PictogramTable sym = Symbols();
    const Id a = AddClass(*db, "De Vlinders", "Juf Sarah", "🦋", sym);
    const Id b = AddClass(*db, "De Bijtjes", "Juf Ann", "🐝", sym);

    const Id noor = AddChild(*db, a, "  Noor ", "🦊", true, sym);
    const auto c = FindChild(*db, noor);
    REQUIRE(c);
    CHECK(c->first_name == "Noor");
    CHECK(c->class_id == a);
    CHECK(c->symbol == "🦊");
    CHECK(c->photo_consent);

    CHECK_THAT(Refusal([&] { AddChild(*db, a, "noor", "🍓", false, sym); }),
               Catch::Contains("already a child called Noor"));
    CHECK(Refusal([&] { AddChild(*db, a, "Mila", "🦊", false, sym); }) ==
          "Another child in this class already has 🦊 (Noor).");
    CHECK_THAT(Refusal([&] { AddChild(*db, a, "", "🍓", false, sym); }), Catch::Contains("is empty"));
    CHECK_THAT(Refusal([&] { AddChild(*db, a, Repeat("🦊", 41), "🍓", false, sym); }),
               Catch::Contains("at most 40"));
    CHECK_THAT(Refusal([&] { AddChild(*db, a, "Mila", "🐙", false, sym); }), Catch::Contains("not one of the symbols"));
    CHECK_THAT(Refusal([&] { AddChild(*db, 999, "Mila", "🍓", false, sym); }), Catch::Contains("no class with id 999"));
    CHECK(store::ChildrenRepo(*db).InClass(a).size() == 1);

    // Another class may have a Noor with a fox.
    CHECK(AddChild(*db, b, "Noor", "🦊", false, sym) != noor);
    // The emoji presentation selector does not make another symbol; the table's spelling is stored.
    const Id yonas = AddChild(*db, a, "Yonas", "⚽\xEF\xB8\x8F", false, sym);
    CHECK(FindChild(*db, yonas)->symbol == "⚽");
    CHECK_THAT(Refusal([&] { AddChild(*db, a, "Lucas", "⚽", false, sym); }), Catch::Contains("already has ⚽"));

    RenameChild(*db, yonas, " Yonas Tesfay ");
    CHECK(FindChild(*db, yonas)->first_name == "Yonas Tesfay");
    CHECK_THAT(Refusal([&] { RenameChild(*db, yonas, "NOOR"); }), Catch::Contains("already a child called Noor"));
    SetChildSymbol(*db, yonas, "🍓", sym);
    CHECK(FindChild(*db, yonas)->symbol == "🍓");
    CHECK_THAT(Refusal([&] { SetChildSymbol(*db, yonas, "🦊", sym); }), Catch::Contains("already has 🦊 (Noor)"));
    SetChildSymbol(*db, yonas, "🍓", sym);  // their own symbol again: fine
    SetPhotoConsent(*db, yonas, true);
    CHECK(FindChild(*db, yonas)->photo_consent);
    SetPhotoConsent(*db, yonas, false);
    CHECK_FALSE(FindChild(*db, yonas)->photo_consent);
    CHECK_THAT(Refusal([&] { SetPhotoConsent(*db, 999, true); }), Catch::Contains("no child with id 999"));

    // The symbols left for the class, in table order.
    CHECK(FreeSymbols(*db, a, sym) == std::vector<std::string>{"🦋", "⚽", "🐝", "🐸"});
}

TEST_CASE("a removed child leaves the list, keeps their messages, frees name and symbol, and can come back") {
    auto db = OpenKioskMemoryDatabase();
    const PictogramTable sym = Symbols();
    const Id a = AddClass(*db, "De Vlinders", "Juf Sarah", "🦋", sym);
    const Id noor = AddChild(*db, a, "Noor", "🦊", true, sym);
    const Id adam = AddChild(*db, a, "Adam", "🍓", false, sym);
    db->exec("INSERT INTO concerns(submission_id, class_id, child_id, sealed, kiosk_id, created_at) "
             "VALUES('s1', " + std::to_string(a) + ", " + std::to_string(noor) + ", x'00', 'k', 1)");

    RemoveChild(*db, noor);
    CHECK_FALSE(FindChild(*db, noor));
    CHECK(store::ChildrenRepo(*db).InClass(a).size() == 1);
    CHECK(Rows(*db, "SELECT count(*) FROM concerns WHERE child_id IS NOT NULL") == 1);  // still about Noor
    CHECK_THAT(Refusal([&] { RemoveChild(*db, noor); }), Catch::Contains("no child with id"));
    CHECK_THAT(Refusal([&] { RenameChild(*db, noor, "Nora"); }), Catch::Contains("no child with id"));
    CHECK(FreeSymbols(*db, a, sym).front() == "🦊");

    // The fox is free for another child, though the removed row still held it (UNIQUE(class_id, symbol)).
    SetChildSymbol(*db, adam, "🦊", sym);
    CHECK(FindChild(*db, adam)->symbol == "🦊");
    const Id mila = AddChild(*db, a, "Mila", "🍓", false, sym);
    SetChildSymbol(*db, mila, "🦋", sym);
    SetChildSymbol(*db, adam, "🍓", sym);
    const Id lucas = AddChild(*db, a, "Lucas", "🦊", false, sym);
    CHECK(FindChild(*db, lucas)->symbol == "🦊");

    // Adding Noor again brings the same child back (their messages with them), with the new symbol and consent.
    const Id back = AddChild(*db, a, "noor", "🐸", false, sym);
    CHECK(back == noor);
    const auto c = FindChild(*db, noor);
    REQUIRE(c);
    CHECK(c->first_name == "noor");
    CHECK(c->symbol == "🐸");
    CHECK_FALSE(c->photo_consent);
    CHECK(store::ChildrenRepo(*db).InClass(a).size() == 4);

    // A name a removed child had is free too (UNIQUE(class_id, first_name)); the old messages still say who.
    RemoveChild(*db, mila);
    RenameChild(*db, lucas, "Mila");
    CHECK(FindChild(*db, lucas)->first_name == "Mila");
    SQLite::Statement q(*db, "SELECT first_name FROM children WHERE id = ?");
    q.bind(1, mila);
    REQUIRE(q.executeStep());
    CHECK(q.getColumn(0).getString() == "Mila (#" + std::to_string(mila) + ")");
    const Id elif = AddChild(*db, a, "Elif", "🦋", true, sym);
    CHECK(elif != mila);  // the removed Mila held 🦋; a new child takes it
}

TEST_CASE("inside a caller's transaction a refused change undoes only itself") {
    auto db = OpenKioskMemoryDatabase();
    const PictogramTable sym = Symbols();
    const Id a = AddClass(*db, "De Vlinders", "Juf Sarah", "🦋", sym);
    {
        SQLite::Transaction tx(*db);
        const Id noor = AddChild(*db, a, "Noor", "🦊", true, sym);
        CHECK_THROWS_AS(AddChild(*db, a, "Adam", "🦊", false, sym), AdminError);
        RenameChild(*db, noor, "Nora");
        tx.commit();
    }
    const auto kids = store::ChildrenRepo(*db).InClass(a);
    REQUIRE(kids.size() == 1);
    CHECK(kids[0].first_name == "Nora");
    {
        SQLite::Transaction tx(*db);
        AddChild(*db, a, "Adam", "🍓", false, sym);
        // no commit: the caller's rollback takes the child along
    }
    CHECK(store::ChildrenRepo(*db).InClass(a).size() == 1);
    CHECK(db->execAndGet("SELECT count(*) FROM children").getInt() == 1);
}
