#pragma once
#include "domain/records.h"

#include <optional>
#include <string>
#include <vector>

namespace SQLite { class Database; }

namespace kd::store {

// A child's row as stored. Removed children keep theirs (`active` false): the
// teacher may still have to read what a parent wrote about them.
struct ChildRow : Child {
    bool active = false;
};

class ChildrenRepo {
public:
    explicit ChildrenRepo(SQLite::Database& db) : m_db(db) {}

    // Inserts, or updates the symbol and consent of the child with that first name
    // in that class. Returns its id. Throws if another child of the class has the symbol.
    Id Upsert(const Child& c);
    // Active children of a class, by first name.
    std::vector<Child> InClass(Id class_id);
    int Count();
    // Active children of a class.
    int CountInClass(Id class_id);
    // Every child of the class, removed ones too, in the order they were added.
    std::vector<Id> IdsInClass(Id class_id);
    // Any child, removed ones too.
    std::optional<ChildRow> FindRow(Id id);

    // Adds a child; throws when the class has a child, removed or not, with that
    // name or symbol (UNIQUE). Returns its id.
    Id Add(const Child& c);
    // A removed child back on the list, with the name, symbol and consent of `c` (by `c.id`).
    void Restore(const Child& c);
    void SetFirstName(Id id, const std::string& first_name);
    void SetSymbol(Id id, const std::string& symbol);
    void SetPhotoConsent(Id id, bool consent);
    // Off the list; the row stays.
    void Remove(Id id);

    // The first name of an active child of the class, other than `except`, that is
    // `name` but for case (ASCII letters, as SQLite's NOCASE), spelled as stored.
    std::optional<std::string> ActiveNameLike(Id class_id, const std::string& name, Id except = 0);
    // The newest removed child of the class with that name (any case).
    std::optional<Id> RemovedNamed(Id class_id, const std::string& name);
    // Removed children of the class.
    std::vector<Child> Removed(Id class_id);
    // Removed children of the class with that name (any case), but `except`,
    // are renamed "<name> (#<id>)": unique by their id.
    void TagRemovedNamesWithId(Id class_id, const std::string& name, Id except);

private:
    SQLite::Database& m_db;
};

}  // namespace kd::store
