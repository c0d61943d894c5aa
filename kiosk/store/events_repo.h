#pragma once
#include "domain/records.h"

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace SQLite { class Database; }

namespace kd::store {

class EventsRepo {
public:
    explicit EventsRepo(SQLite::Database& db) : m_db(db) {}

    // Inserts or replaces the event with that uid. Returns its id.
    Id Upsert(const Event& e);
    // Events of a class (and the whole school) that touch [from, to], both YYYY-MM-DD inclusive,
    // by start date and time (all-day first).
    std::vector<Event> Between(Id class_id, const std::string& from, const std::string& to);
    // Deletes the events of a source ("ics") whose uid is not in `keep`. Returns how many.
    int RemoveFromSourceExcept(const std::string& source, const std::set<std::string>& keep);
    std::optional<Event> Find(Id id);
    // The teacher's choice of type and flags (parents_welcome, special_clothes,
    // pickup_changed, no_school) for event `e.id`; kept over later imports.
    bool SetMeaning(const Event& e);
    int Count();

private:
    SQLite::Database& m_db;
};

}  // namespace kd::store
