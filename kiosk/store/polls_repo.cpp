#include "store/polls_repo.h"

#include <SQLiteCpp/SQLiteCpp.h>

namespace kd::store {

Id PollsRepo::Upsert(const Poll& p) {
    SQLite::Statement q(m_db,
                        "INSERT INTO polls(key, class_id, question, event_id, opens_on, closes_on) VALUES(?,?,?,?,?,?) "
                        "ON CONFLICT(key) DO UPDATE SET class_id = excluded.class_id, question = excluded.question, "
                        "event_id = excluded.event_id, opens_on = excluded.opens_on, closes_on = excluded.closes_on "
                        "RETURNING id");
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

}  // namespace kd::store
