#include "store/children_repo.h"

#include <SQLiteCpp/SQLiteCpp.h>

namespace kd::store {
namespace {
constexpr const char* kColumns = "SELECT id, class_id, first_name, symbol, photo_consent FROM children ";

Child Read(SQLite::Statement& q) {
    return Child{q.getColumn(0).getInt64(), q.getColumn(1).getInt64(), q.getColumn(2).getString(),
                 q.getColumn(3).getString(), q.getColumn(4).getInt() != 0};
}
// Runs `sql`, an INSERT INTO children(class_id, first_name, symbol, photo_consent) ... RETURNING id, for `c`.
Id Insert(SQLite::Database& db, const char* sql, const Child& c) {
    SQLite::Statement q(db, sql);
    q.bind(1, c.class_id);
    q.bind(2, c.first_name);
    q.bind(3, c.symbol);
    q.bind(4, c.photo_consent ? 1 : 0);
    q.executeStep();
    return q.getColumn(0).getInt64();
}
}  // namespace

Id ChildrenRepo::Upsert(const Child& c) {
    return Insert(m_db,
                  "INSERT INTO children(class_id, first_name, symbol, photo_consent) VALUES(?, ?, ?, ?) "
                  "ON CONFLICT(class_id, first_name) DO UPDATE SET symbol = excluded.symbol, "
                  "photo_consent = excluded.photo_consent, active = 1 RETURNING id",
                  c);
}

std::vector<Child> ChildrenRepo::InClass(Id class_id) {
    SQLite::Statement q(m_db, std::string(kColumns) +
                                  "WHERE class_id = ? AND active = 1 ORDER BY first_name COLLATE NOCASE");
    q.bind(1, class_id);
    std::vector<Child> out;
    while (q.executeStep()) out.push_back(Read(q));
    return out;
}

int ChildrenRepo::Count() {
    return m_db.execAndGet("SELECT count(*) FROM children WHERE active = 1").getInt();
}

int ChildrenRepo::CountInClass(Id class_id) {
    SQLite::Statement q(m_db, "SELECT count(*) FROM children WHERE class_id = ? AND active = 1");
    q.bind(1, class_id);
    q.executeStep();
    return q.getColumn(0).getInt();
}

std::vector<Id> ChildrenRepo::IdsInClass(Id class_id) {
    SQLite::Statement q(m_db, "SELECT id FROM children WHERE class_id = ? ORDER BY id");
    q.bind(1, class_id);
    std::vector<Id> out;
    while (q.executeStep()) out.push_back(q.getColumn(0).getInt64());
    return out;
}

std::optional<ChildRow> ChildrenRepo::FindRow(Id id) {
    SQLite::Statement q(m_db, "SELECT id, class_id, first_name, symbol, photo_consent, active FROM children WHERE id = ?");
    q.bind(1, id);
    if (!q.executeStep()) return std::nullopt;
    ChildRow c;
    static_cast<Child&>(c) = Read(q);
    c.active = q.getColumn(5).getInt() != 0;
    return c;
}

Id ChildrenRepo::Add(const Child& c) {
    return Insert(m_db,
                  "INSERT INTO children(class_id, first_name, symbol, photo_consent) VALUES(?, ?, ?, ?) RETURNING id",
                  c);
}

void ChildrenRepo::Restore(const Child& c) {
    SQLite::Statement q(m_db, "UPDATE children SET first_name = ?, symbol = ?, photo_consent = ?, active = 1 "
                              "WHERE id = ?");
    q.bind(1, c.first_name);
    q.bind(2, c.symbol);
    q.bind(3, c.photo_consent ? 1 : 0);
    q.bind(4, c.id);
    q.exec();
}

void ChildrenRepo::SetFirstName(Id id, const std::string& first_name) {
    SQLite::Statement q(m_db, "UPDATE children SET first_name = ? WHERE id = ?");
    q.bind(1, first_name);
    q.bind(2, id);
    q.exec();
}

void ChildrenRepo::SetSymbol(Id id, const std::string& symbol) {
    SQLite::Statement q(m_db, "UPDATE children SET symbol = ? WHERE id = ?");
    q.bind(1, symbol);
    q.bind(2, id);
    q.exec();
}

void ChildrenRepo::SetPhotoConsent(Id id, bool consent) {
    SQLite::Statement q(m_db, "UPDATE children SET photo_consent = ? WHERE id = ?");
    q.bind(1, consent ? 1 : 0);
    q.bind(2, id);
    q.exec();
}

void ChildrenRepo::Remove(Id id) {
    SQLite::Statement q(m_db, "UPDATE children SET active = 0 WHERE id = ?");
    q.bind(1, id);
    q.exec();
}

std::optional<std::string> ChildrenRepo::ActiveNameLike(Id class_id, const std::string& name, Id except) {
    SQLite::Statement q(m_db, "SELECT first_name FROM children WHERE class_id = ? AND active = 1 AND id != ? "
                              "AND first_name = ? COLLATE NOCASE");
    q.bind(1, class_id);
    q.bind(2, except);
    q.bind(3, name);
    if (!q.executeStep()) return std::nullopt;
    return q.getColumn(0).getString();
}

std::optional<Id> ChildrenRepo::RemovedNamed(Id class_id, const std::string& name) {
    SQLite::Statement q(m_db, "SELECT id FROM children WHERE class_id = ? AND active = 0 "
                              "AND first_name = ? COLLATE NOCASE ORDER BY id DESC LIMIT 1");
    q.bind(1, class_id);
    q.bind(2, name);
    if (!q.executeStep()) return std::nullopt;
    return q.getColumn(0).getInt64();
}

std::vector<Child> ChildrenRepo::Removed(Id class_id) {
    SQLite::Statement q(m_db, std::string(kColumns) + "WHERE class_id = ? AND active = 0");
    q.bind(1, class_id);
    std::vector<Child> out;
    while (q.executeStep()) out.push_back(Read(q));
    return out;
}

void ChildrenRepo::TagRemovedNamesWithId(Id class_id, const std::string& name, Id except) {
    SQLite::Statement q(m_db, "UPDATE children SET first_name = first_name || ' (#' || id || ')' "
                              "WHERE class_id = ? AND active = 0 AND id != ? AND first_name = ? COLLATE NOCASE");
    q.bind(1, class_id);
    q.bind(2, except);
    q.bind(3, name);
    q.exec();
}

}  // namespace kd::store
