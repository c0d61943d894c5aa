#include "store/concerns_repo.h"

#include <SQLiteCpp/SQLiteCpp.h>

namespace kd::store {
namespace {

std::string Join(const std::vector<std::string>& v) {
    std::string out;
    for (const std::string& s : v) {
        if (!out.empty()) out += ',';
        out += s;
    }
    return out;
}

std::vector<std::string> Split(const std::string& s) {
    std::vector<std::string> out;
    size_t start = 0;
    while (start <= s.size() && !s.empty()) {
        const size_t comma = s.find(',', start);
        out.push_back(s.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
        if (comma == std::string::npos) break;
        start = comma + 1;
    }
    return out;
}

ConcernStatus ParseStatus(const std::string& s) {
    if (s == "seen") return ConcernStatus::Seen;
    if (s == "will_talk") return ConcernStatus::WillTalk;
    if (s == "done") return ConcernStatus::Done;
    return ConcernStatus::New;
}

}  // namespace

const char* StatusName(ConcernStatus s) {
    switch (s) {
        case ConcernStatus::New: return "new";
        case ConcernStatus::Seen: return "seen";
        case ConcernStatus::WillTalk: return "will_talk";
        case ConcernStatus::Done: return "done";
    }
    return "new";
}

Id ConcernsRepo::Add(const Concern& c) {
    // One INSERT is its own atomic, durable commit (synchronous=FULL).
    SQLite::Statement q(m_db,
                        "INSERT INTO concerns(submission_id, class_id, child_id, topics, feeling, wish, interpreter, "
                        "lang, kiosk_id, created_at, status) VALUES(?,?,?,?,?,?,?,?,?,?,?) "
                        "ON CONFLICT(submission_id) DO NOTHING");
    q.bind(1, c.submission_id);
    q.bind(2, c.class_id);
    if (c.child_id) q.bind(3, *c.child_id);
    else q.bind(3);
    q.bind(4, Join(c.topics));
    q.bind(5, c.feeling);
    q.bind(6, c.wish);
    q.bind(7, c.interpreter ? 1 : 0);
    q.bind(8, c.lang);
    q.bind(9, c.kiosk_id);
    q.bind(10, c.created_at);
    q.bind(11, StatusName(c.status));
    q.exec();
    SQLite::Statement id(m_db, "SELECT id FROM concerns WHERE submission_id = ?");
    id.bind(1, c.submission_id);
    id.executeStep();
    return id.getColumn(0).getInt64();
}

std::vector<Concern> ConcernsRepo::OfClass(Id class_id, std::int64_t from, std::int64_t to) {
    SQLite::Statement q(m_db,
                        "SELECT id, submission_id, class_id, child_id, topics, feeling, wish, interpreter, lang, "
                        "kiosk_id, created_at, status FROM concerns WHERE class_id = ? AND created_at >= ? "
                        "AND created_at < ? ORDER BY created_at DESC, id DESC");
    q.bind(1, class_id);
    q.bind(2, from);
    q.bind(3, to);
    std::vector<Concern> out;
    while (q.executeStep()) {
        Concern c;
        c.id = q.getColumn(0).getInt64();
        c.submission_id = q.getColumn(1).getString();
        c.class_id = q.getColumn(2).getInt64();
        if (!q.getColumn(3).isNull()) c.child_id = q.getColumn(3).getInt64();
        c.topics = Split(q.getColumn(4).getString());
        c.feeling = q.getColumn(5).getInt();
        c.wish = q.getColumn(6).getString();
        c.interpreter = q.getColumn(7).getInt() != 0;
        c.lang = q.getColumn(8).getString();
        c.kiosk_id = q.getColumn(9).getString();
        c.created_at = q.getColumn(10).getInt64();
        c.status = ParseStatus(q.getColumn(11).getString());
        out.push_back(std::move(c));
    }
    return out;
}

int ConcernsRepo::Count() { return m_db.execAndGet("SELECT count(*) FROM concerns").getInt(); }

}  // namespace kd::store
