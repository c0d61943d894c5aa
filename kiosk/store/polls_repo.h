#pragma once
#include "domain/records.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace SQLite { class Database; }

namespace kd::store {

// A poll and the title of the event it asks about ("" when none).
struct PollListing {
    Poll poll;
    std::string event_title;
};

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

    // Adds a poll; throws when its key is taken (UNIQUE). Returns its id.
    Id Add(const Poll& p);
    // Moves the last day to `last_day` unless it is earlier already; false when there is no such poll.
    bool CloseBy(Id poll_id, const std::string& last_day);
    // Newest first: the polls of a class and of the whole school; all polls; one.
    std::vector<PollListing> ListOfClass(Id class_id);
    std::vector<PollListing> ListAll();
    std::optional<PollListing> FindListing(Id poll_id);

private:
    SQLite::Database& m_db;
};

}  // namespace kd::store
