#include "store/concerns_repo.h"

#include <SQLiteCpp/SQLiteCpp.h>

namespace kd::store {

const char* StatusName(ConcernStatus s) {
    switch (s) {
        case ConcernStatus::New: return "new";
        case ConcernStatus::Seen: return "seen";
        case ConcernStatus::WillTalk: return "will_talk";
        case ConcernStatus::Done: return "done";
    }
    return "new";
}

ConcernStatus ParseStatus(const std::string& s) {
    if (s == "seen") return ConcernStatus::Seen;
    if (s == "will_talk") return ConcernStatus::WillTalk;
    if (s == "done") return ConcernStatus::Done;
    return ConcernStatus::New;
}

Id ConcernsRepo::Add(const Concern& c, const std::vector<unsigned char>& sealed) {
    // One INSERT is its own atomic, durable commit (synchronous=FULL).
    SQLite::Statement q(m_db,
                        "INSERT INTO concerns(submission_id, class_id, child_id, sealed, kiosk_id, created_at, status, same_day) "
                        "VALUES(?,?,?,?,?,?,?,?) ON CONFLICT(submission_id) DO NOTHING");
    q.bind(1, c.submission_id);
    q.bind(2, c.class_id);
    if (c.child_id) q.bind(3, *c.child_id);
    else q.bind(3);
    q.bind(4, sealed.data(), static_cast<int>(sealed.size()));
    q.bind(5, c.kiosk_id);
    q.bind(6, c.created_at);
    q.bind(7, StatusName(c.status));
    q.bind(8, c.same_day ? 1 : 0);
    q.exec();
    SQLite::Statement id(m_db, "SELECT id FROM concerns WHERE submission_id = ?");
    id.bind(1, c.submission_id);
    id.executeStep();
    return id.getColumn(0).getInt64();
}

std::vector<StoredConcern> ConcernsRepo::OfClass(Id class_id, std::int64_t from, std::int64_t to) {
    SQLite::Statement q(m_db,
                        "SELECT id, submission_id, class_id, child_id, sealed, kiosk_id, created_at, status, status_at, "
                        "same_day FROM concerns WHERE class_id = ? AND created_at >= ? AND created_at < ? "
                        "ORDER BY created_at DESC, id DESC");
    q.bind(1, class_id);
    q.bind(2, from);
    q.bind(3, to);
    std::vector<StoredConcern> out;
    while (q.executeStep()) {
        StoredConcern s;
        Concern& c = s.concern;
        c.id = q.getColumn(0).getInt64();
        c.submission_id = q.getColumn(1).getString();
        c.class_id = q.getColumn(2).getInt64();
        if (!q.getColumn(3).isNull()) c.child_id = q.getColumn(3).getInt64();
        const auto* blob = static_cast<const unsigned char*>(q.getColumn(4).getBlob());
        s.sealed.assign(blob, blob + q.getColumn(4).getBytes());
        c.kiosk_id = q.getColumn(5).getString();
        c.created_at = q.getColumn(6).getInt64();
        c.status = ParseStatus(q.getColumn(7).getString());
        c.status_at = q.getColumn(8).isNull() ? 0 : q.getColumn(8).getInt64();
        c.same_day = q.getColumn(9).getInt() != 0;
        out.push_back(std::move(s));
    }
    return out;
}

bool ConcernsRepo::SetStatus(Id id, ConcernStatus status, std::int64_t at) {
    SQLite::Statement q(m_db, "UPDATE concerns SET status = ?, status_at = ? WHERE id = ?");
    q.bind(1, StatusName(status));
    q.bind(2, at);
    q.bind(3, id);
    return q.exec() == 1;
}

WaitingCount ConcernsRepo::Waiting(Id class_id, std::int64_t day_start) {
    // Plain columns only: no key is needed to know that something is waiting.
    SQLite::Statement q(m_db,
                        "SELECT count(*), coalesce(sum(same_day AND created_at >= ?), 0) FROM concerns "
                        "WHERE class_id = ? AND status = 'new'");
    q.bind(1, day_start);
    q.bind(2, class_id);
    q.executeStep();
    return {q.getColumn(0).getInt(), q.getColumn(1).getInt()};
}

std::vector<ChildStatus> ConcernsRepo::LatestPerChild(Id class_id, std::int64_t since) {
    // The newest per child; two in the same second: the later row.
    SQLite::Statement q(m_db,
                        "SELECT child_id, status, created_at FROM (SELECT child_id, status, created_at, "
                        "row_number() OVER (PARTITION BY child_id ORDER BY created_at DESC, id DESC) AS n "
                        "FROM concerns WHERE class_id = ? AND child_id IS NOT NULL AND created_at >= ?) WHERE n = 1");
    q.bind(1, class_id);
    q.bind(2, since);
    std::vector<ChildStatus> out;
    while (q.executeStep())
        out.push_back({q.getColumn(0).getInt64(), ParseStatus(q.getColumn(1).getString()), q.getColumn(2).getInt64()});
    return out;
}

bool ConcernsRepo::Remove(Id id, const std::string& submission_id) {
    // One DELETE is its own durable commit (synchronous=FULL); secure_delete
    // overwrites the sealed content on disk.
    SQLite::Statement q(m_db, "DELETE FROM concerns WHERE id = ? AND submission_id = ? AND status = 'new'");
    q.bind(1, id);
    q.bind(2, submission_id);
    return q.exec() == 1;
}

int ConcernsRepo::DeleteCreatedBefore(std::int64_t cutoff) {
    SQLite::Statement q(m_db, "DELETE FROM concerns WHERE created_at < ?");
    q.bind(1, cutoff);
    return q.exec();
}

int ConcernsRepo::Count() { return m_db.execAndGet("SELECT count(*) FROM concerns").getInt(); }

int ConcernsRepo::CountOfClass(Id class_id) {
    SQLite::Statement q(m_db, "SELECT count(*) FROM concerns WHERE class_id = ?");
    q.bind(1, class_id);
    q.executeStep();
    return q.getColumn(0).getInt();
}

bool ConcernsRepo::HasLegacyPlainTable() {
    return m_db.execAndGet("SELECT count(*) FROM sqlite_master WHERE name = 'concerns_unsealed'").getInt() > 0;
}

std::vector<LegacyConcern> ConcernsRepo::LegacyPlainRows() {
    SQLite::Statement q(m_db, "SELECT submission_id, class_id, child_id, topics, feeling, wish, interpreter, lang, "
                              "kiosk_id, created_at, status FROM concerns_unsealed");
    std::vector<LegacyConcern> rows;
    while (q.executeStep()) {
        LegacyConcern l;
        Concern& c = l.concern;
        c.submission_id = q.getColumn(0).getString();
        c.class_id = q.getColumn(1).getInt64();
        if (!q.getColumn(2).isNull()) c.child_id = q.getColumn(2).getInt64();
        l.topics = q.getColumn(3).getString();
        c.feeling = q.getColumn(4).getInt();
        c.wish = q.getColumn(5).getString();
        c.interpreter = q.getColumn(6).getInt() != 0;
        c.lang = q.getColumn(7).getString();
        c.kiosk_id = q.getColumn(8).getString();
        c.created_at = q.getColumn(9).getInt64();
        c.status = ParseStatus(q.getColumn(10).getString());
        rows.push_back(std::move(l));
    }
    return rows;
}

void ConcernsRepo::DropLegacyPlainTable() { m_db.exec("DROP TABLE concerns_unsealed"); }

}  // namespace kd::store
