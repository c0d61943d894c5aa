#include "store/classes_repo.h"

#include <SQLiteCpp/SQLiteCpp.h>

namespace kd::store {
namespace {
ClassInfo Read(SQLite::Statement& q) {
    return ClassInfo{q.getColumn(0).getInt64(), q.getColumn(1).getString(), q.getColumn(2).getString(),
                     q.getColumn(3).getString()};
}

// Runs `sql`, an INSERT INTO classes(name, teacher, symbol) ... RETURNING id, for `c`.
Id Insert(SQLite::Database& db, const char* sql, const ClassInfo& c) {
    SQLite::Statement q(db, sql);
    q.bind(1, c.name);
    q.bind(2, c.teacher);
    q.bind(3, c.symbol);
    q.executeStep();
    return q.getColumn(0).getInt64();
}
}  // namespace

Id ClassesRepo::Upsert(const ClassInfo& c) {
    return Insert(m_db,
                  "INSERT INTO classes(name, teacher, symbol) VALUES(?, ?, ?) "
                  "ON CONFLICT(name) DO UPDATE SET teacher = excluded.teacher, symbol = excluded.symbol "
                  "RETURNING id",
                  c);
}

std::vector<ClassInfo> ClassesRepo::All() {
    SQLite::Statement q(m_db, "SELECT id, name, teacher, symbol FROM classes ORDER BY sort, name");
    std::vector<ClassInfo> out;
    while (q.executeStep()) out.push_back(Read(q));
    return out;
}

std::optional<ClassInfo> ClassesRepo::Find(Id id) {
    SQLite::Statement q(m_db, "SELECT id, name, teacher, symbol FROM classes WHERE id = ?");
    q.bind(1, id);
    if (!q.executeStep()) return std::nullopt;
    return Read(q);
}

int ClassesRepo::Count() { return m_db.execAndGet("SELECT count(*) FROM classes").getInt(); }

Id ClassesRepo::Add(const ClassInfo& c) {
    return Insert(m_db, "INSERT INTO classes(name, teacher, symbol) VALUES(?, ?, ?) RETURNING id", c);
}

std::optional<std::string> ClassesRepo::NameLike(const std::string& name, Id except) {
    SQLite::Statement q(m_db, "SELECT name FROM classes WHERE name = ? COLLATE NOCASE AND id != ?");
    q.bind(1, name);
    q.bind(2, except);
    if (!q.executeStep()) return std::nullopt;
    return q.getColumn(0).getString();
}

void ClassesRepo::Rename(Id id, const std::string& name, const std::string& teacher) {
    SQLite::Statement q(m_db, "UPDATE classes SET name = ?, teacher = ? WHERE id = ?");
    q.bind(1, name);
    q.bind(2, teacher);
    q.bind(3, id);
    q.exec();
}

void ClassesRepo::Remove(Id id) {
    SQLite::Statement q(m_db, "DELETE FROM classes WHERE id = ?");
    q.bind(1, id);
    q.exec();
}

}  // namespace kd::store
