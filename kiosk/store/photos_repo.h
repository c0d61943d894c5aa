#pragma once
#include "domain/records.h"

#include <optional>
#include <string>
#include <vector>

namespace SQLite { class Database; }

namespace kd::store {

class PhotosRepo {
public:
    explicit PhotosRepo(SQLite::Database& db) : m_db(db) {}

    // Adds a photo; the same content_hash twice is one photo. Returns the id and
    // whether it was new.
    std::pair<Id, bool> Add(const Photo& p);
    // Visible photos of a class on a day, newest first.
    std::vector<Photo> OfDay(Id class_id, const std::string& day);
    // The most recent day before or on `day` that has visible photos, if any.
    std::optional<std::string> LatestDayWithPhotos(Id class_id, const std::string& day);
    std::optional<Id> FindByHash(const std::string& content_hash);
    // Every photo of a class from `day` on, hidden ones too (teacher mode), newest day first.
    std::vector<Photo> Since(Id class_id, const std::string& day);
    std::optional<Photo> Find(Id id);
    // The teacher hides a photo (parents no longer see it) or shows it again.
    void SetHidden(Id id, bool hidden);
    // Photos of days before `day` (for the retention purge), and their removal.
    std::vector<Photo> OlderThan(const std::string& day);
    void Remove(Id id);
    // Re-dates a photo (the demo keeps its photos "today's").
    void MoveToDay(Id id, const std::string& day, std::int64_t taken_at);
    int Count();
    // Every photo, hidden ones too; of a class (any day).
    std::vector<Photo> All();
    std::vector<Photo> OfClass(Id class_id);

private:
    SQLite::Database& m_db;
};

}  // namespace kd::store
