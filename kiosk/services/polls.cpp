#include "services/polls.h"

#include "services/school_admin.h"
#include "i18n/catalog.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <cstdio>
#include <ctime>
#include <random>

namespace kd {
namespace {

std::string NewPollKey() {
    std::random_device rd;
    char buf[64];
    std::snprintf(buf, sizeof buf, "poll-%lld-%08x", static_cast<long long>(std::time(nullptr)),
                  static_cast<unsigned>(rd()));
    return buf;
}

// Every query returns the same columns, read by ReadSummaries.
constexpr const char* kSelect =
    "SELECT p.id, p.key, p.class_id, p.question, p.event_id, p.opens_on, p.closes_on, coalesce(e.title, '') "
    "FROM polls p LEFT JOIN events e ON e.id = p.event_id ";
constexpr const char* kNewestFirst = " ORDER BY p.opens_on DESC, p.id DESC";

std::vector<PollSummary> ReadSummaries(SQLite::Database& db, SQLite::Statement& q) {
    std::vector<PollSummary> out;
    while (q.executeStep()) {
        PollSummary s;
        s.poll.id = q.getColumn(0).getInt64();
        s.poll.key = q.getColumn(1).getString();
        if (!q.getColumn(2).isNull()) s.poll.class_id = q.getColumn(2).getInt64();
        s.poll.question = q.getColumn(3).getString();
        if (!q.getColumn(4).isNull()) s.poll.event_id = q.getColumn(4).getInt64();
        s.poll.opens_on = q.getColumn(5).getString();
        s.poll.closes_on = q.getColumn(6).getString();
        s.event_title = q.getColumn(7).getString();
        out.push_back(std::move(s));
    }
    SQLite::Statement a(db, "SELECT face, count(*) FROM poll_answers WHERE poll_id = ? GROUP BY face");
    for (PollSummary& s : out) {
        a.bind(1, s.poll.id);
        while (a.executeStep()) {
            const int face = a.getColumn(0).getInt();
            if (face < 1 || face > 5) continue;
            s.answers[face - 1] = a.getColumn(1).getInt();
            s.total += s.answers[face - 1];
        }
        a.reset();
    }
    return out;
}

}  // namespace

const std::vector<ReadyQuestion>& ReadyMadeQuestions() {
    static const std::vector<ReadyQuestion> kQuestions = {
        {"how_was", N_("How was it?")},
        {"welcome", N_("Did you feel welcome?")},
        {"again", N_("Would you come again?")},
    };
    return kQuestions;
}

const ReadyQuestion* FindReadyQuestion(const std::string& key) {
    for (const ReadyQuestion& q : ReadyMadeQuestions())
        if (q.key == key) return &q;
    return nullptr;
}

Id CreatePoll(SQLite::Database& db, std::optional<Id> class_id, const std::string& question_key,
              std::optional<Id> event_id, const CivilDate& opens, const CivilDate& closes) {
    const ReadyQuestion* question = FindReadyQuestion(question_key);
    if (!question) {
        std::string keys;
        for (const ReadyQuestion& q : ReadyMadeQuestions()) keys += (keys.empty() ? "" : ", ") + q.key;
        throw AdminError(N_("'%s' is not a ready-made question; there are %s."), question_key, keys);
    }
    if (closes.DaysSinceEpoch() < opens.DaysSinceEpoch())
        throw AdminError(N_("The poll would close (%s) before it opens (%s)."), closes.Iso(), opens.Iso());
    if (closes.DaysSinceEpoch() - opens.DaysSinceEpoch() > kMaxPollDays)
        throw AdminError(N_("A poll closes at most %d days after it opens; %s to %s is longer."), kMaxPollDays,
                         opens.Iso(), closes.Iso());
    if (class_id) {
        SQLite::Statement q(db, "SELECT 1 FROM classes WHERE id = ?");
        q.bind(1, *class_id);
        if (!q.executeStep()) throw AdminError(N_("There is no class with id %d."), *class_id);
    }
    if (event_id) {
        SQLite::Statement q(db, "SELECT class_id, title FROM events WHERE id = ?");
        q.bind(1, *event_id);
        if (!q.executeStep()) throw AdminError(N_("There is no event with id %d."), *event_id);
        // A class's poll may ask about the whole school's event, not about another class's.
        if (class_id && !q.getColumn(0).isNull() && q.getColumn(0).getInt64() != *class_id)
            throw AdminError(N_("The event '%s' is another class's."), q.getColumn(1).getString());
    }

    SQLite::Statement q(db, "INSERT INTO polls(key, class_id, question, event_id, opens_on, closes_on) "
                            "VALUES(?, ?, ?, ?, ?, ?) RETURNING id");
    q.bind(1, NewPollKey());
    if (class_id) q.bind(2, *class_id);
    else q.bind(2);
    q.bind(3, question->msgid);
    if (event_id) q.bind(4, *event_id);
    else q.bind(4);
    q.bind(5, opens.Iso());
    q.bind(6, closes.Iso());
    q.executeStep();
    return q.getColumn(0).getInt64();
}

void ClosePoll(SQLite::Database& db, Id poll_id, const CivilDate& today) {
    // min(): a poll that closed earlier keeps its day; closing never reopens one.
    SQLite::Statement q(db, "UPDATE polls SET closes_on = min(closes_on, ?) WHERE id = ?");
    q.bind(1, today.AddDays(-1).Iso());
    q.bind(2, poll_id);
    if (q.exec() == 0) throw AdminError(N_("There is no poll with id %d."), poll_id);
}

std::vector<PollSummary> PollsOf(SQLite::Database& db, Id class_id) {
    SQLite::Statement q(db, std::string(kSelect) + "WHERE p.class_id IS NULL OR p.class_id = ?" + kNewestFirst);
    q.bind(1, class_id);
    return ReadSummaries(db, q);
}

std::vector<PollSummary> AllPolls(SQLite::Database& db) {
    SQLite::Statement q(db, std::string(kSelect) + kNewestFirst);
    return ReadSummaries(db, q);
}

std::optional<PollSummary> FindPoll(SQLite::Database& db, Id poll_id) {
    SQLite::Statement q(db, std::string(kSelect) + "WHERE p.id = ?");
    q.bind(1, poll_id);
    auto found = ReadSummaries(db, q);
    if (found.empty()) return std::nullopt;
    return std::move(found.front());
}

bool PollGate::TryPass(double now) {
    // Taps while the gate is closed do not keep it closed longer: the next
    // answer counts `interval` after the last counted one.
    if (now - m_last < m_interval) return false;
    m_last = now;
    return true;
}

}  // namespace kd
