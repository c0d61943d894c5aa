#pragma once
// A dozen clearly illustrative "class photos" for the demo school: drawn scenes
// of pictograms (paint, blocks, a garden ...), never pictures of people.
#include "domain/civil_date.h"
#include "domain/records.h"

#include <cstdint>
#include <filesystem>

namespace SQLite { class Database; }

namespace kd::media {

class EmojiRasterizer;

// Size of the stored images: screen size and thumbnail.
inline constexpr int kPhotoScreenWidth = 1600, kPhotoScreenHeight = 1200;
inline constexpr int kPhotoThumbWidth = 480, kPhotoThumbHeight = 360;

struct DemoPhotosResult {
    int added = 0;
    int already_there = 0;
};

// Draws the scenes, writes them under data_dir/photos and adds a row each,
// dated `day`. Running it again re-dates the same photos instead of adding more.
DemoPhotosResult GenerateDemoPhotos(SQLite::Database& db, const std::filesystem::path& data_dir, Id class_id,
                                    const CivilDate& day, std::int64_t now_unix, EmojiRasterizer& emoji);

}  // namespace kd::media
