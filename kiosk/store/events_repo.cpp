#include "store/events_repo.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <vector>

namespace kd::store {
namespace {

template <typename T>
void BindOptional(SQLite::Statement& q, int index, const std::optional<T>& v) {
    if (v) q.bind(index, *v);
    else q.bind(index);  // NULL
}

std::optional<std::string> OptionalText(const SQLite::Column& c) {
    if (c.isNull()) return std::nullopt;
    return c.getString();
}

constexpr const char* kColumns =
    "SELECT id, uid, class_id, title, type, start_date, start_time, end_date, end_time, "
    "parents_welcome, bring, source, special_clothes, pickup_changed, no_school FROM events ";

Event ReadEvent(SQLite::Statement& q) {
    Event e;
    e.id = q.getColumn(0).getInt64();
    e.uid = q.getColumn(1).getString();
    if (!q.getColumn(2).isNull()) e.class_id = q.getColumn(2).getInt64();
    e.title = q.getColumn(3).getString();
    e.type = q.getColumn(4).getString();
    e.start_date = q.getColumn(5).getString();
    e.start_time = OptionalText(q.getColumn(6));
    e.end_date = q.getColumn(7).getString();
    e.end_time = OptionalText(q.getColumn(8));
    e.parents_welcome = q.getColumn(9).getInt() != 0;
    e.bring = OptionalText(q.getColumn(10));
    e.source = q.getColumn(11).getString();
    e.special_clothes = q.getColumn(12).getInt() != 0;
    e.pickup_changed = q.getColumn(13).getInt() != 0;
    e.no_school = q.getColumn(14).getInt() != 0;
    return e;
}

}  // namespace

Id EventsRepo::Upsert(const Event& e) {
    SQLite::Statement q(m_db,
                        "INSERT INTO events(uid, class_id, title, type, start_date, start_time, end_date, end_time, "
                        "parents_welcome, bring, source, special_clothes, pickup_changed, no_school) "
                        "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
                        "ON CONFLICT(uid) DO UPDATE SET class_id = excluded.class_id, title = excluded.title, "
                        "start_date = excluded.start_date, start_time = excluded.start_time, "
                        "end_date = excluded.end_date, end_time = excluded.end_time, bring = excluded.bring, "
                        "source = excluded.source, "
                        // What the teacher chose the event means stays; the file's guess does not overwrite it.
                        "type = CASE WHEN teacher_set THEN type ELSE excluded.type END, "
                        "parents_welcome = CASE WHEN teacher_set THEN parents_welcome ELSE excluded.parents_welcome END, "
                        "special_clothes = CASE WHEN teacher_set THEN special_clothes ELSE excluded.special_clothes END, "
                        "pickup_changed = CASE WHEN teacher_set THEN pickup_changed ELSE excluded.pickup_changed END, "
                        "no_school = CASE WHEN teacher_set THEN no_school ELSE excluded.no_school END RETURNING id");
    q.bind(1, e.uid);
    BindOptional(q, 2, e.class_id);
    q.bind(3, e.title);
    q.bind(4, e.type);
    q.bind(5, e.start_date);
    BindOptional(q, 6, e.start_time);
    q.bind(7, e.end_date);
    BindOptional(q, 8, e.end_time);
    q.bind(9, e.parents_welcome ? 1 : 0);
    BindOptional(q, 10, e.bring);
    q.bind(11, e.source);
    q.bind(12, e.special_clothes ? 1 : 0);
    q.bind(13, e.pickup_changed ? 1 : 0);
    q.bind(14, e.no_school ? 1 : 0);
    q.executeStep();
    return q.getColumn(0).getInt64();
}

std::vector<Event> EventsRepo::Between(Id class_id, const std::string& from, const std::string& to) {
    SQLite::Statement q(m_db, std::string(kColumns) +
                                  "WHERE (class_id IS NULL OR class_id = ?) AND start_date <= ? AND end_date >= ? "
                        "ORDER BY start_date, start_time IS NOT NULL, start_time, title");
    q.bind(1, class_id);
    q.bind(2, to);
    q.bind(3, from);
    std::vector<Event> out;
    while (q.executeStep()) out.push_back(ReadEvent(q));
    return out;
}

int EventsRepo::RemoveFromSourceExcept(const std::string& source, const std::set<std::string>& keep) {
    SQLite::Statement q(m_db, "SELECT id, uid FROM events WHERE source = ?");
    q.bind(1, source);
    std::vector<Id> gone;
    while (q.executeStep())
        if (!keep.count(q.getColumn(1).getString())) gone.push_back(q.getColumn(0).getInt64());
    SQLite::Statement del(m_db, "DELETE FROM events WHERE id = ?");
    for (Id id : gone) {
        del.bind(1, id);
        del.exec();
        del.reset();
    }
    return static_cast<int>(gone.size());
}

bool EventsRepo::SetMeaning(const Event& e) {
    SQLite::Statement q(m_db,
                        "UPDATE events SET type = ?, parents_welcome = ?, special_clothes = ?, pickup_changed = ?, "
                        "no_school = ?, teacher_set = 1 WHERE id = ?");
    q.bind(1, e.type);
    q.bind(2, e.parents_welcome ? 1 : 0);
    q.bind(3, e.special_clothes ? 1 : 0);
    q.bind(4, e.pickup_changed ? 1 : 0);
    q.bind(5, e.no_school ? 1 : 0);
    q.bind(6, e.id);
    return q.exec() == 1;
}

std::optional<Event> EventsRepo::Find(Id id) {
    SQLite::Statement q(m_db, std::string(kColumns) + "WHERE id = ?");
    q.bind(1, id);
    if (!q.executeStep()) return std::nullopt;
    return ReadEvent(q);
}

int EventsRepo::Count() { return m_db.execAndGet("SELECT count(*) FROM events").getInt(); }

}  // namespace kd::store
