#include "store/photos_repo.h"

#include <SQLiteCpp/SQLiteCpp.h>

namespace kd::store {

std::pair<Id, bool> PhotosRepo::Add(const Photo& p) {
    SQLite::Statement q(m_db,
                        "INSERT INTO photos(class_id, content_hash, day, taken_at, imported_at, screen_file, "
                        "thumb_file, width, height, hidden) VALUES(?,?,?,?,?,?,?,?,?,?) "
                        "ON CONFLICT(content_hash) DO NOTHING RETURNING id");
    q.bind(1, p.class_id);
    q.bind(2, p.content_hash);
    q.bind(3, p.day);
    if (p.taken_at) q.bind(4, *p.taken_at);
    else q.bind(4);
    q.bind(5, p.imported_at);
    q.bind(6, p.screen_file);
    q.bind(7, p.thumb_file);
    q.bind(8, p.width);
    q.bind(9, p.height);
    q.bind(10, p.hidden ? 1 : 0);
    if (q.executeStep()) return {q.getColumn(0).getInt64(), true};
    SQLite::Statement existing(m_db, "SELECT id FROM photos WHERE content_hash = ?");
    existing.bind(1, p.content_hash);
    existing.executeStep();
    return {existing.getColumn(0).getInt64(), false};
}

namespace {
constexpr const char* kColumns =
    "SELECT id, class_id, content_hash, day, taken_at, imported_at, screen_file, thumb_file, width, height, hidden "
    "FROM photos ";

std::vector<Photo> ReadAll(SQLite::Statement& q) {
    std::vector<Photo> out;
    while (q.executeStep()) {
        Photo p;
        p.id = q.getColumn(0).getInt64();
        p.class_id = q.getColumn(1).getInt64();
        p.content_hash = q.getColumn(2).getString();
        p.day = q.getColumn(3).getString();
        if (!q.getColumn(4).isNull()) p.taken_at = q.getColumn(4).getInt64();
        p.imported_at = q.getColumn(5).getInt64();
        p.screen_file = q.getColumn(6).getString();
        p.thumb_file = q.getColumn(7).getString();
        p.width = q.getColumn(8).getInt();
        p.height = q.getColumn(9).getInt();
        p.hidden = q.getColumn(10).getInt() != 0;
        out.push_back(std::move(p));
    }
    return out;
}
}  // namespace

std::vector<Photo> PhotosRepo::OfDay(Id class_id, const std::string& day) {
    SQLite::Statement q(m_db, std::string(kColumns) +
                                  "WHERE class_id = ? AND day = ? AND hidden = 0 "
                                  "ORDER BY coalesce(taken_at, imported_at) DESC, id DESC");
    q.bind(1, class_id);
    q.bind(2, day);
    return ReadAll(q);
}

std::vector<Photo> PhotosRepo::Since(Id class_id, const std::string& day) {
    SQLite::Statement q(m_db, std::string(kColumns) +
                                  "WHERE class_id = ? AND day >= ? "
                                  "ORDER BY day DESC, coalesce(taken_at, imported_at) DESC, id DESC");
    q.bind(1, class_id);
    q.bind(2, day);
    return ReadAll(q);
}

std::optional<Photo> PhotosRepo::Find(Id id) {
    SQLite::Statement q(m_db, std::string(kColumns) + "WHERE id = ?");
    q.bind(1, id);
    auto all = ReadAll(q);
    if (all.empty()) return std::nullopt;
    return all.front();
}

std::optional<Id> PhotosRepo::FindByHash(const std::string& content_hash) {
    SQLite::Statement q(m_db, "SELECT id FROM photos WHERE content_hash = ?");
    q.bind(1, content_hash);
    if (!q.executeStep()) return std::nullopt;
    return q.getColumn(0).getInt64();
}

std::vector<Photo> PhotosRepo::OlderThan(const std::string& day) {
    SQLite::Statement q(m_db, std::string(kColumns) + "WHERE day < ? ORDER BY day, id");
    q.bind(1, day);
    return ReadAll(q);
}

void PhotosRepo::SetHidden(Id id, bool hidden) {
    SQLite::Statement q(m_db, "UPDATE photos SET hidden = ? WHERE id = ?");
    q.bind(1, hidden ? 1 : 0);
    q.bind(2, id);
    q.exec();
}

void PhotosRepo::Remove(Id id) {
    SQLite::Statement q(m_db, "DELETE FROM photos WHERE id = ?");
    q.bind(1, id);
    q.exec();
}

std::optional<std::string> PhotosRepo::LatestDayWithPhotos(Id class_id, const std::string& day) {
    SQLite::Statement q(m_db, "SELECT max(day) FROM photos WHERE class_id = ? AND day <= ? AND hidden = 0");
    q.bind(1, class_id);
    q.bind(2, day);
    q.executeStep();
    if (q.getColumn(0).isNull()) return std::nullopt;
    return q.getColumn(0).getString();
}

void PhotosRepo::MoveToDay(Id id, const std::string& day, std::int64_t taken_at) {
    SQLite::Statement q(m_db, "UPDATE photos SET day = ?, taken_at = ? WHERE id = ?");
    q.bind(1, day);
    q.bind(2, taken_at);
    q.bind(3, id);
    q.exec();
}

std::vector<Photo> PhotosRepo::All() {
    SQLite::Statement q(m_db, std::string(kColumns) + "ORDER BY id");
    return ReadAll(q);
}

std::vector<Photo> PhotosRepo::OfClass(Id class_id) {
    SQLite::Statement q(m_db, std::string(kColumns) + "WHERE class_id = ? ORDER BY id");
    q.bind(1, class_id);
    return ReadAll(q);
}

int PhotosRepo::Count() { return m_db.execAndGet("SELECT count(*) FROM photos").getInt(); }

}  // namespace kd::store
