#pragma once
#include "domain/model.h"

#include <optional>
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

private:
    SQLite::Database& m_db;
};

}  // namespace kd::store
