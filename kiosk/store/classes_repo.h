#pragma once
#include "domain/records.h"

#include <optional>
#include <string>
#include <vector>

namespace SQLite { class Database; }

namespace kd::store {

class ClassesRepo {
public:
    explicit ClassesRepo(SQLite::Database& db) : m_db(db) {}

    // Inserts, or updates teacher and symbol of the class with that name. Returns its id.
    Id Upsert(const ClassInfo& c);
    std::vector<ClassInfo> All();
    std::optional<ClassInfo> Find(Id id);
    int Count();

    // Adds a class; throws when the name is taken (UNIQUE). Returns its id.
    Id Add(const ClassInfo& c);
    // The name of a class, other than `except`, that is `name` but for case
    // (ASCII letters, as SQLite's NOCASE), spelled as stored.
    std::optional<std::string> NameLike(const std::string& name, Id except = 0);
    void Rename(Id id, const std::string& name, const std::string& teacher);
    // Its children, events, polls, photos, concerns and keys go with it (ON DELETE CASCADE).
    void Remove(Id id);

private:
    SQLite::Database& m_db;
};

}  // namespace kd::store
