#pragma once
#include "domain/model.h"

#include <array>
#include <optional>
#include <string>

namespace SQLite { class Database; }

namespace kd::store {

class PollsRepo {
public:
    explicit PollsRepo(SQLite::Database& db) : m_db(db) {}

    // Inserts or updates the poll with that key. Returns its id.
    Id Upsert(const Poll& p);
    // The poll open on `day` for a class (or the whole school), newest first.
    std::optional<Poll> OpenOn(Id class_id, const std::string& day);
    void Answer(Id poll_id, int face, std::int64_t answered_at);
    // Answers per face, index 0 = face 1.
    std::array<int, 5> Results(Id poll_id);
    int Count();

private:
    SQLite::Database& m_db;
};

}  // namespace kd::store
