#pragma once
#include "domain/model.h"

#include <vector>

namespace SQLite { class Database; }

namespace kd::store {

class ChildrenRepo {
public:
    explicit ChildrenRepo(SQLite::Database& db) : m_db(db) {}

    // Inserts, or updates the symbol and consent of the child with that first name
    // in that class. Returns its id. Throws if another child of the class has the symbol.
    Id Upsert(const Child& c);
    // Active children of a class, by first name.
    std::vector<Child> InClass(Id class_id);
    int Count();

private:
    SQLite::Database& m_db;
};

}  // namespace kd::store
