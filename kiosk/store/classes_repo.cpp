#include "store/classes_repo.h"

#include <SQLiteCpp/SQLiteCpp.h>

namespace kd::store {
namespace {
ClassInfo Read(SQLite::Statement& q) {
    return ClassInfo{q.getColumn(0).getInt64(), q.getColumn(1).getString(), q.getColumn(2).getString(),
                     q.getColumn(3).getString()};
}
}  // namespace

Id ClassesRepo::Upsert(const ClassInfo& c) {
    SQLite::Statement q(m_db,
                        "INSERT INTO classes(name, teacher, symbol) VALUES(?, ?, ?) "
                        "ON CONFLICT(name) DO UPDATE SET teacher = excluded.teacher, symbol = excluded.symbol "
                        "RETURNING id");
    q.bind(1, c.name);
    q.bind(2, c.teacher);
    q.bind(3, c.symbol);
    q.executeStep();
    return q.getColumn(0).getInt64();
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

}  // namespace kd::store
