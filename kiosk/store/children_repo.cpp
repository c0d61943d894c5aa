#include "store/children_repo.h"

#include <SQLiteCpp/SQLiteCpp.h>

namespace kd::store {

Id ChildrenRepo::Upsert(const Child& c) {
    SQLite::Statement q(m_db,
                        "INSERT INTO children(class_id, first_name, symbol, photo_consent) VALUES(?, ?, ?, ?) "
                        "ON CONFLICT(class_id, first_name) DO UPDATE SET symbol = excluded.symbol, "
                        "photo_consent = excluded.photo_consent, active = 1 RETURNING id");
    q.bind(1, c.class_id);
    q.bind(2, c.first_name);
    q.bind(3, c.symbol);
    q.bind(4, c.photo_consent ? 1 : 0);
    q.executeStep();
    return q.getColumn(0).getInt64();
}

std::vector<Child> ChildrenRepo::InClass(Id class_id) {
    SQLite::Statement q(m_db,
                        "SELECT id, class_id, first_name, symbol, photo_consent FROM children "
                        "WHERE class_id = ? AND active = 1 ORDER BY first_name COLLATE NOCASE");
    q.bind(1, class_id);
    std::vector<Child> out;
    while (q.executeStep()) {
        out.push_back(Child{q.getColumn(0).getInt64(), q.getColumn(1).getInt64(), q.getColumn(2).getString(),
                            q.getColumn(3).getString(), q.getColumn(4).getInt() != 0});
    }
    return out;
}

int ChildrenRepo::Count() {
    return m_db.execAndGet("SELECT count(*) FROM children WHERE active = 1").getInt();
}

}  // namespace kd::store
