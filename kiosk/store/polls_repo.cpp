#include "store/polls_repo.h"

#include <SQLiteCpp/SQLiteCpp.h>

namespace kd::store {
namespace {

// Runs `sql`, an INSERT INTO polls(key, class_id, question, event_id, opens_on,
// closes_on) ... RETURNING id, for `p`.
Id Insert(SQLite::Database& db, const char* sql, const Poll& p) {
    SQLite::Statement q(db, sql);
    q.bind(1, p.key);
    if (p.class_id) q.bind(2, *p.class_id);
    else q.bind(2);
    q.bind(3, p.question);
    if (p.event_id) q.bind(4, *p.event_id);
    else q.bind(4);
    q.bind(5, p.opens_on);
    q.bind(6, p.closes_on);
    q.executeStep();
    return q.getColumn(0).getInt64();
}

}  // namespace

Id PollsRepo::Upsert(const Poll& p) {
    return Insert(m_db,
                  "INSERT INTO polls(key, class_id, question, event_id, opens_on, closes_on) VALUES(?,?,?,?,?,?) "
                  "ON CONFLICT(key) DO UPDATE SET class_id = excluded.class_id, question = excluded.question, "
                  "event_id = excluded.event_id, opens_on = excluded.opens_on, closes_on = excluded.closes_on "
                  "RETURNING id",
                  p);
}

std::optional<Poll> PollsRepo::OpenOn(Id class_id, const std::string& day) {
    SQLite::Statement q(m_db,
                        "SELECT id, key, class_id, question, event_id, opens_on, closes_on FROM polls "
                        "WHERE (class_id IS NULL OR class_id = ?) AND opens_on <= ? AND closes_on >= ? "
                        "ORDER BY opens_on DESC, id DESC LIMIT 1");
    q.bind(1, class_id);
    q.bind(2, day);
    q.bind(3, day);
    if (!q.executeStep()) return std::nullopt;
    Poll p;
    p.id = q.getColumn(0).getInt64();
    p.key = q.getColumn(1).getString();
    if (!q.getColumn(2).isNull()) p.class_id = q.getColumn(2).getInt64();
    p.question = q.getColumn(3).getString();
    if (!q.getColumn(4).isNull()) p.event_id = q.getColumn(4).getInt64();
    p.opens_on = q.getColumn(5).getString();
    p.closes_on = q.getColumn(6).getString();
    return p;
}

void PollsRepo::Answer(Id poll_id, int face, std::int64_t answered_at) {
    SQLite::Statement q(m_db, "INSERT INTO poll_answers(poll_id, face, answered_at) VALUES(?,?,?)");
    q.bind(1, poll_id);
    q.bind(2, face);
    q.bind(3, answered_at);
    q.exec();
}

std::array<int, 5> PollsRepo::Results(Id poll_id) {
    std::array<int, 5> out{};
    SQLite::Statement q(m_db, "SELECT face, count(*) FROM poll_answers WHERE poll_id = ? GROUP BY face");
    q.bind(1, poll_id);
    while (q.executeStep()) {
        const int face = q.getColumn(0).getInt();
        if (face >= 1 && face <= 5) out[face - 1] = q.getColumn(1).getInt();
    }
    return out;
}

int PollsRepo::Count() { return m_db.execAndGet("SELECT count(*) FROM polls").getInt(); }

Id PollsRepo::Add(const Poll& p) {
    return Insert(m_db,
                  "INSERT INTO polls(key, class_id, question, event_id, opens_on, closes_on) "
                  "VALUES(?, ?, ?, ?, ?, ?) RETURNING id",
                  p);
}

bool PollsRepo::CloseBy(Id poll_id, const std::string& last_day) {
    // min(): a poll that closed earlier keeps its day; closing never reopens one.
    SQLite::Statement q(m_db, "UPDATE polls SET closes_on = min(closes_on, ?) WHERE id = ?");
    q.bind(1, last_day);
    q.bind(2, poll_id);
    return q.exec() > 0;
}

namespace {

// Every listing query returns the same columns, read by ReadListings.
constexpr const char* kListing =
    "SELECT p.id, p.key, p.class_id, p.question, p.event_id, p.opens_on, p.closes_on, coalesce(e.title, '') "
    "FROM polls p LEFT JOIN events e ON e.id = p.event_id ";
constexpr const char* kNewestFirst = " ORDER BY p.opens_on DESC, p.id DESC";

std::vector<PollListing> ReadListings(SQLite::Statement& q) {
    std::vector<PollListing> out;
    while (q.executeStep()) {
        PollListing l;
        l.poll.id = q.getColumn(0).getInt64();
        l.poll.key = q.getColumn(1).getString();
        if (!q.getColumn(2).isNull()) l.poll.class_id = q.getColumn(2).getInt64();
        l.poll.question = q.getColumn(3).getString();
        if (!q.getColumn(4).isNull()) l.poll.event_id = q.getColumn(4).getInt64();
        l.poll.opens_on = q.getColumn(5).getString();
        l.poll.closes_on = q.getColumn(6).getString();
        l.event_title = q.getColumn(7).getString();
        out.push_back(std::move(l));
    }
    return out;
}

}  // namespace

std::vector<PollListing> PollsRepo::ListOfClass(Id class_id) {
    SQLite::Statement q(m_db, std::string(kListing) + "WHERE p.class_id IS NULL OR p.class_id = ?" + kNewestFirst);
    q.bind(1, class_id);
    return ReadListings(q);
}

std::vector<PollListing> PollsRepo::ListAll() {
    SQLite::Statement q(m_db, std::string(kListing) + kNewestFirst);
    return ReadListings(q);
}

std::optional<PollListing> PollsRepo::FindListing(Id poll_id) {
    SQLite::Statement q(m_db, std::string(kListing) + "WHERE p.id = ?");
    q.bind(1, poll_id);
    auto found = ReadListings(q);
    if (found.empty()) return std::nullopt;
    return std::move(found.front());
}

}  // namespace kd::store
