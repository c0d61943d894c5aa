#include "media/demo_photos.h"

#include "media/emoji_rasterizer.h"
#include "media/image.h"
#include "media/photo_decode.h"
#include "store/photos_repo.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <sodium.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <stdexcept>
#include <system_error>

namespace kd::media {
namespace {

struct Scene {
    const char* key;
    std::uint32_t sky_top, sky_bottom, ground;
    const char* big;     // the scene's main pictogram
    const char* props[4];
};

// Colours as 0xRRGGBB.
constexpr Scene kScenes[] = {
    {"painting", 0xfde2e4, 0xfff1e6, 0xcdb4db, "🎨", {"🖌️", "🖍️", "🌈", "⭐"}},
    {"blocks", 0xdbe7ff, 0xf0f4ff, 0xa3c4f3, "🧱", {"🏰", "🚂", "🧸", "🔺"}},
    {"garden", 0xcfeefc, 0xeaf8ff, 0x9bd770, "🌻", {"🌱", "🐞", "🦋", "💧"}},
    {"story", 0xfff3c4, 0xfffbe8, 0xe8c07d, "📚", {"🐻", "🌙", "⭐", "🦉"}},
    {"music", 0xe3d5ff, 0xf4eeff, 0xb8a1e3, "🥁", {"🎸", "🎵", "🎶", "🔔"}},
    {"snack", 0xffe0cc, 0xfff4ec, 0xf4a261, "🍎", {"🍌", "🥕", "🍐", "🥛"}},
    {"outdoor", 0xbde0fe, 0xe9f5ff, 0x80c480, "⚽", {"🌳", "☀️", "🪁", "🐦"}},
    {"autumn", 0xfde4cf, 0xfff3e8, 0xd98e4f, "🍂", {"🍁", "🌰", "🍄", "🦔"}},
    {"puzzle", 0xd8f3dc, 0xf0fbf2, 0x95d5b2, "🧩", {"🔵", "🔴", "🟡", "🟢"}},
    {"water", 0xc6f1ff, 0xeafbff, 0x7fc8f8, "🐳", {"💧", "🐟", "⛵", "🦆"}},
    {"dress-up", 0xffd6e0, 0xfff0f4, 0xf29cb5, "👑", {"🎭", "🦄", "⭐", "🎀"}},
    {"farm", 0xd4f1be, 0xf1fbe9, 0xb5d99c, "🐄", {"🐑", "🐔", "🐷", "🚜"}},
};

void Fill(RgbaImage& img, const Scene& s, unsigned seed) {
    auto ch = [](std::uint32_t c, int shift) { return static_cast<double>((c >> shift) & 0xff); };
    const int horizon = img.height * 7 / 10;
    for (int y = 0; y < img.height; ++y) {
        for (int x = 0; x < img.width; ++x) {
            std::uint8_t* p = img.At(x, y);
            if (y < horizon + static_cast<int>(24 * std::sin((x + seed * 37) / 140.0))) {
                const double t = static_cast<double>(y) / horizon;
                for (int c = 0; c < 3; ++c)
                    p[c] = static_cast<std::uint8_t>(ch(s.sky_top, 16 - 8 * c) * (1 - t) + ch(s.sky_bottom, 16 - 8 * c) * t);
            } else {
                // A soft grain on the ground, so it reads as a surface, not a flat block.
                const int grain = static_cast<int>(((x * 7 + y * 13 + seed) % 17)) - 8;
                for (int c = 0; c < 3; ++c)
                    p[c] = static_cast<std::uint8_t>(std::clamp(static_cast<int>(ch(s.ground, 16 - 8 * c)) + grain, 0, 255));
            }
            p[3] = 255;
        }
    }
}

RgbaImage Paint(const Scene& s, unsigned seed, EmojiRasterizer& emoji) {
    RgbaImage img(kPhotoScreenWidth, kPhotoScreenHeight);
    Fill(img, s, seed);
    const RgbaImage big = emoji.Render(s.big, 128);
    if (!big.Empty()) BlendScaled(img, big, img.width / 2 - 260, img.height / 2 - 330, 520, 520);
    const int px[4] = {150, 1180, 260, 1260}, py[4] = {140, 170, 760, 720};
    for (int i = 0; i < 4; ++i) {
        const RgbaImage prop = emoji.Render(s.props[i], 128);
        const int size = 220 + static_cast<int>((seed * 31 + i * 57) % 80);
        if (!prop.Empty()) BlendScaled(img, prop, px[i], py[i], size, size);
    }
    return img;
}

std::string HashHex(const RgbaImage& img) {
    unsigned char h[16];
    crypto_generichash(h, sizeof h, img.pixels.data(), img.pixels.size(), nullptr, 0);
    static const char* hex = "0123456789abcdef";
    std::string out;
    for (unsigned char b : h) {
        out += hex[b >> 4];
        out += hex[b & 15];
    }
    return out;
}

}  // namespace

DemoPhotosResult GenerateDemoPhotos(SQLite::Database& db, const std::filesystem::path& data_dir, Id class_id,
                                    const CivilDate& day, std::int64_t now_unix, EmojiRasterizer& emoji) {
    if (sodium_init() < 0) throw std::runtime_error("libsodium could not start");
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::create_directories(data_dir / "photos" / "thumbs", ec);
    if (ec) throw std::runtime_error("cannot create " + (data_dir / "photos").string() + ": " + ec.message());

    store::PhotosRepo photos(db);
    DemoPhotosResult result;
    unsigned seed = 1;
    // "Taken" through the school morning, 08:50 onwards, every 20 minutes.
    const std::int64_t morning = (day.DaysSinceEpoch() * 86400LL) + 7 * 3600 + 50 * 60;
    for (const Scene& s : kScenes) {
        const RgbaImage img = Paint(s, seed++, emoji);
        const std::string hash = HashHex(img);
        const std::string screen_rel = "photos/demo-" + std::string(s.key) + ".jpg";
        const std::string thumb_rel = "photos/thumbs/demo-" + std::string(s.key) + ".jpg";
        const std::string screen_jpg = EncodeJpeg(img, 88);
        const std::string thumb_jpg = EncodeJpeg(FitWithin(img, kPhotoThumbWidth, kPhotoThumbHeight), 85);
        if (screen_jpg.empty() || thumb_jpg.empty() ||
            !(std::ofstream(data_dir / screen_rel, std::ios::binary) << screen_jpg) ||
            !(std::ofstream(data_dir / thumb_rel, std::ios::binary) << thumb_jpg))
            throw std::runtime_error("cannot write demo photos into " + (data_dir / "photos").string());
        Photo p;
        p.class_id = class_id;
        p.content_hash = hash;
        p.day = day.Iso();
        p.taken_at = morning + (seed - 2) * 20 * 60;
        p.imported_at = now_unix;
        p.screen_file = screen_rel;
        p.thumb_file = thumb_rel;
        p.width = img.width;
        p.height = img.height;
        const auto [id, added] = photos.Add(p);
        if (added) {
            ++result.added;
        } else {
            photos.MoveToDay(id, p.day, *p.taken_at);
            ++result.already_there;
        }
    }
    return result;
}

}  // namespace kd::media
