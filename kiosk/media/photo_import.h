#pragma once
// Importing class photos: each file decoded (photo_decode.h), stored as a
// screen-size image and a thumbnail under DATA/photos, and a row in SQLite.
// Bad files are reported and skipped; they never stop the others.
#include "domain/records.h"
#include "media/photo_decode.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace SQLite { class Database; }

namespace kd::media {

inline constexpr int kScreenW = 1600, kScreenH = 1200;  // fills a 1080p screen
inline constexpr int kThumbW = 480, kThumbH = 360;

struct ImportOptions {
    Id class_id = 0;
    std::string today;             // YYYY-MM-DD, the school's day: photos without EXIF date belong to it
    std::int64_t now_unix = 0;
    bool keep_originals = false;   // a setting; off by default (privacy, disk)
    DecodeLimits limits;
};

enum class ImportStatus { Imported, Duplicate, Skipped };

struct ImportResult {
    std::filesystem::path file;
    ImportStatus status = ImportStatus::Skipped;
    std::string detail;  // what happened, in words
    Id photo_id = 0;
};

// Whether a file's name says it is a photo the importer takes (.jpg .jpeg .jpe .png .heic .heif .webp, any case).
bool LooksLikePhotoName(const std::filesystem::path& p);
// Hidden (".x", and the "._x" shadow files a Mac writes beside every photo), trash and system
// folders of Windows, macOS and Linux: never photos of the class. A folder import skips them too.
bool IsHiddenOrSystem(const std::string& name);

class PhotoImporter {
public:
    PhotoImporter(SQLite::Database& db, std::filesystem::path data_dir, ImportOptions options);

    ImportResult ImportFile(const std::filesystem::path& file);
    // Files and folders (recursively, in name order); `progress` is called after each file, in that order,
    // on the calling thread. Up to 4 photos (one per core) are decoded and scaled at once; files, rows and
    // results are committed one at a time in order, as ImportFile would.
    std::vector<ImportResult> Import(const std::vector<std::filesystem::path>& paths,
                                     const std::function<void(const ImportResult&)>& progress = {});

private:
    struct Prepared;  // a file read and hashed
    struct Rendered;  // its screen image and thumbnail, encoded
    Prepared Prepare(const std::filesystem::path& file);
    bool FindDuplicate(Prepared& pr);
    static Rendered Render(std::string_view bytes, const DecodeLimits& limits);  // any thread
    ImportResult Commit(Prepared& pr, const Rendered& rendered);

    SQLite::Database& m_db;
    std::filesystem::path m_dir;
    ImportOptions m_opt;
};

// Photo files no row knows about (an import killed between writing the files
// and committing the row) and leftover .tmp files, older than `min_age_s`:
// deleted. Returns how many.
int RemoveOrphanPhotoFiles(SQLite::Database& db, const std::filesystem::path& data_dir, std::int64_t now,
                           std::int64_t min_age_s = 600);

}  // namespace kd::media
