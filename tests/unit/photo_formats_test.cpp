// Phone photo formats: HEIC/HEIF (libheif) and WebP (libwebp). The fixtures in
// tests/data/photos/ were made once by make_fixtures.sh the way producers make
// them (an iPhone-like HEIC with irot/imir and Exif, heif-enc, cwebp, img2webp).
// Each is the same 64x48 picture: four corners of distinct colours on grey
// (top left red, top right green, bottom left blue, bottom right yellow).
#include "media/image.h"
#include "media/photo_decode.h"
#include "media/photo_import.h"
#include "services/demo_school.h"
#include "services/kiosk_database.h"
#include "store/database.h"
#include "store/photos_repo.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include "support/test_files.h"

#include <catch2/catch.hpp>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <unistd.h>

using namespace kd;
using namespace kd::media;
namespace fs = std::filesystem;
using namespace std::string_literals;

namespace {

const fs::path kPhotos = fs::path(KLASDEUR_TEST_SOURCE) / "data" / "photos";

std::string Fixture(const std::string& name) {
    std::ifstream in(kPhotos / name, std::ios::binary);
    REQUIRE(in);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// The colour nearest to a pixel: R, G, B, Y (yellow), W (white) or . (grey).
char ColourAt(const RgbaImage& img, int x, int y) {
    const std::uint8_t* p = img.At(x, y);
    const struct { char name; int r, g, b; } table[] = {
        {'R', 255, 0, 0}, {'G', 0, 255, 0}, {'B', 0, 0, 255}, {'Y', 255, 255, 0}, {'W', 255, 255, 255}, {'.', 128, 128, 128}};
    char best = '?';
    int best_d = 1 << 30;
    for (const auto& c : table) {
        const int d = (p[0] - c.r) * (p[0] - c.r) + (p[1] - c.g) * (p[1] - c.g) + (p[2] - c.b) * (p[2] - c.b);
        if (d < best_d) best_d = d, best = c.name;
    }
    return best;
}

// The four corners, top left, top right, bottom left, bottom right (4 pixels in, inside the 16-pixel blocks).
std::string Corners(const RgbaImage& img) {
    const int r = img.width - 5, b = img.height - 5;
    return {ColourAt(img, 4, 4), ColourAt(img, r, 4), ColourAt(img, 4, b), ColourAt(img, r, b)};
}

// What each EXIF orientation shows for the stored picture "RGBY".
std::string UprightCorners(int orientation) {
    switch (orientation) {
        case 2: return "GRYB";  // mirrored
        case 3: return "YBGR";  // 180
        case 4: return "BYRG";  // mirrored vertically
        case 5: return "RBGY";  // transposed
        case 6: return "BRYG";  // 90 clockwise
        case 7: return "YGBR";  // transversed
        case 8: return "GYRB";  // 90 counter-clockwise
        default: return "RGBY";
    }
}

void Put32BE(std::string& s, size_t at, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) s[at + i] = static_cast<char>((v >> (24 - 8 * i)) & 0xff);
}
void Put32LE(std::string& s, size_t at, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) s[at + i] = static_cast<char>((v >> (8 * i)) & 0xff);
}

// A HEIC whose 'ispe' (image spatial extents) boxes declare another size.
// (libheif 1.15 writes two for a turned image: as coded, then as turned.)
std::string WithDeclaredSize(std::string heic, std::uint32_t w, std::uint32_t h) {
    int found = 0;
    for (size_t at = heic.find("ispe"); at != std::string::npos && at + 16 <= heic.size(); at = heic.find("ispe", at + 4)) {
        Put32BE(heic, at + 8, w);  // after the type and the version/flags
        Put32BE(heic, at + 12, h);
        ++found;
    }
    REQUIRE(found > 0);
    return heic;
}

std::string Noise(size_t n, unsigned seed) {
    std::string s(n, '\0');
    for (size_t i = 0; i < n; ++i) seed = seed * 1103515245u + 12345u, s[i] = static_cast<char>(seed >> 16);
    return s;
}

}  // namespace

TEST_CASE("HEIC, HEIF, WebP and AVIF are told by their first bytes") {
    auto ftyp = [](const char* major, const std::string& compatible) {
        std::string box = "\0\0\0\0ftyp"s + major + "\0\0\0\0"s + compatible;
        box[3] = static_cast<char>(box.size());
        return box + std::string(32, '\0');
    };
    for (const char* brand : {"heic", "heix", "hevc", "heim", "heis"}) {
        INFO(brand);
        CHECK(SniffFormat(ftyp(brand, "mif1")) == PhotoFormat::Heif);
    }
    CHECK(SniffFormat(ftyp("mif1", "heic")) == PhotoFormat::Heif);
    CHECK(SniffFormat(ftyp("msf1", "hevc")) == PhotoFormat::Heif);
    CHECK(SniffFormat(ftyp("mif1", "miaf")) == PhotoFormat::Heif);  // libheif decides what is inside
    CHECK(SniffFormat(ftyp("avif", "mif1miaf")) == PhotoFormat::Avif);
    CHECK(SniffFormat(ftyp("mif1", "avifmiaf")) == PhotoFormat::Avif);
    CHECK(SniffFormat(ftyp("isom", "mp41")) == PhotoFormat::Unknown);  // a video
    CHECK(SniffFormat("RIFF\x10\0\0\0WEBPVP8 "s) == PhotoFormat::Webp);
    CHECK(SniffFormat("RIFF\x10\0\0\0WAVEfmt "s) == PhotoFormat::Unknown);
    CHECK(SniffFormat(Fixture("heic-orient-1.heic")) == PhotoFormat::Heif);
    CHECK(SniffFormat(Fixture("webp-lossy.webp")) == PhotoFormat::Webp);

    const DecodeResult avif = DecodePhoto(ftyp("avif", "mif1"), 10, 10);
    CHECK_FALSE(avif.photo);
    CHECK_THAT(avif.error, Catch::Contains("AVIF") && Catch::Contains("not supported"));
    CHECK_THAT(DecodePhoto("GIF89a....", 1, 1).error, Catch::Contains("only JPEG, PNG, HEIC and WebP"));
}

TEST_CASE("HEIC: every irot/imir transform comes out upright, the Exif orientation not applied again") {
    // As an iPhone writes it: the sensor's pixels, the transform, and the same orientation in Exif.
    for (int o = 1; o <= 8; ++o) {
        INFO("orientation " << o);
        const DecodeResult r = DecodePhoto(Fixture("heic-orient-" + std::to_string(o) + ".heic"), 4000, 4000);
        INFO(r.error);
        REQUIRE(r.photo);
        const RgbaImage& img = r.photo->image;
        const bool swapped = o >= 5;
        CHECK(img.width == (swapped ? 48 : 64));
        CHECK(img.height == (swapped ? 64 : 48));
        CHECK(Corners(img) == UprightCorners(o));
        CHECK(r.photo->source_width == img.width);  // as shown: libheif has applied the transform
        CHECK(r.photo->source_height == img.height);
        CHECK(r.photo->orientation == o);  // as found in Exif
        REQUIRE(r.photo->taken);
        CHECK(*r.photo->taken == "2026:03:1" + std::to_string(o) + " 08:0" + std::to_string(o) + ":00");
        CHECK(img.At(32, 32)[3] == 255);
    }
}

TEST_CASE("HEIC: an Exif orientation without a transform is not applied (the HEIF rule)") {
    // heif-enc 1.15 copies a rotated JPEG's Exif (orientation 6) and writes no irot.
    const DecodeResult r = DecodePhoto(Fixture("heic-exif-orientation-only.heic"), 4000, 4000);
    REQUIRE(r.photo);
    CHECK(r.photo->image.width == 64);
    CHECK(Corners(r.photo->image) == "RGBY");
}

TEST_CASE("HEIC: the taken date comes from the Exif block, and the picture is scaled to what is needed") {
    const DecodeResult r = DecodePhoto(Fixture("heic-dated.heic"), 4000, 4000);
    REQUIRE(r.photo);
    REQUIRE(r.photo->taken);
    CHECK(*r.photo->taken == "2026:05:04 13:14:15");
    CHECK(r.photo->orientation == 1);
    CHECK(Corners(r.photo->image) == "RGBY");

    const DecodeResult half = DecodePhoto(Fixture("heic-orient-6.heic"), 24, 32);  // shown 48x64
    REQUIRE(half.photo);
    CHECK(half.photo->image.width == 24);
    CHECK(half.photo->image.height == 32);
    const DecodeResult cover = DecodePhoto(Fixture("heic-orient-1.heic"), 16, 16);  // covers 16x16, aspect kept
    REQUIRE(cover.photo);
    CHECK(cover.photo->image.width == 22);
    CHECK(cover.photo->image.height == 16);
    CHECK(LoadImageFile((kPhotos / "heic-orient-8.heic").string()).height == 64);  // whole
}

TEST_CASE("HEIC: a small picture comes from the thumbnail the phone stored, a large one from the photo") {
    const std::string heic = Fixture("heic-with-thumbnail.heic");  // 640x480 with a 160x120 thumbnail
    const DecodeResult small = DecodePhoto(heic, 160, 120);
    REQUIRE(small.photo);
    CHECK(small.photo->from_thumbnail);
    CHECK(small.photo->source_width == 640);  // the photo's size is still the one reported
    CHECK(small.photo->image.width == 160);
    const DecodeResult large = DecodePhoto(heic, 320, 240);
    REQUIRE(large.photo);
    CHECK_FALSE(large.photo->from_thumbnail);
    CHECK(large.photo->image.width >= 320);
    // The same picture either way: the corners keep their colours.
    for (const DecodeResult* r : {&small, &large}) {
        const RgbaImage& img = r->photo->image;
        const std::uint8_t* tl = img.At(img.width / 16, img.height / 16);
        CHECK(tl[0] > 180);  // red
        CHECK(tl[1] < 90);
    }
}

TEST_CASE("WebP: lossy, lossless and with alpha") {
    for (const char* name : {"webp-lossy.webp", "webp-lossless.webp", "webp-alpha.webp"}) {
        INFO(name);
        const DecodeResult r = DecodePhoto(Fixture(name), 4000, 4000);
        INFO(r.error);
        REQUIRE(r.photo);
        CHECK(r.photo->image.width == 64);
        CHECK(r.photo->image.height == 48);
        CHECK(r.photo->source_width == 64);
        CHECK(r.photo->orientation == 1);
        CHECK_FALSE(r.photo->taken);
        CHECK(Corners(r.photo->image).substr(1) == "GBY");
    }
    const RgbaImage lossless = DecodePhoto(Fixture("webp-lossless.webp"), 64, 48).photo->image;
    CHECK(std::memcmp(lossless.At(3, 3), "\xff\x00\x00\xff", 4) == 0);  // exact: red, opaque
    CHECK((std::memcmp(lossless.At(32, 24), "\x80\x80\x80\xff", 4) == 0 ||
           std::memcmp(lossless.At(32, 24), "\x7f\x7f\x7f\xff", 4) == 0));  // grey
    const RgbaImage alpha = DecodePhoto(Fixture("webp-alpha.webp"), 64, 48).photo->image;
    CHECK(alpha.At(4, 4)[3] == 0);  // the top left corner is transparent
    CHECK(alpha.At(59, 4)[3] == 255);
    CHECK(alpha.At(32, 24)[3] == 255);
}

TEST_CASE("WebP: an animation gives its first frame") {
    const DecodeResult r = DecodePhoto(Fixture("webp-animated.webp"), 4000, 4000);
    INFO(r.error);
    REQUIRE(r.photo);
    CHECK(r.photo->image.width == 64);
    CHECK(r.photo->image.height == 48);
    CHECK(Corners(r.photo->image) == "RGBY");  // the second frame is all white
}

TEST_CASE("WebP: the EXIF chunk's orientation (6) turns it upright, and its date is kept") {
    const DecodeResult r = DecodePhoto(Fixture("webp-exif-orientation-6.webp"), 4000, 4000);
    INFO(r.error);
    REQUIRE(r.photo);
    CHECK(r.photo->orientation == 6);
    REQUIRE(r.photo->taken);
    CHECK(*r.photo->taken == "2026:06:07 08:09:10");
    CHECK(r.photo->image.width == 48);
    CHECK(r.photo->image.height == 64);
    CHECK(Corners(r.photo->image) == UprightCorners(6));
    // Scaled for a need measured upright: 24x32 shown is 32x24 stored.
    const DecodeResult small = DecodePhoto(Fixture("webp-exif-orientation-6.webp"), 24, 32);
    REQUIRE(small.photo);
    CHECK(small.photo->image.width == 24);
    CHECK(small.photo->image.height == 32);
}

TEST_CASE("WebP: decoded whole, then scaled down to cover the size needed") {
    const DecodeResult r = DecodePhoto(Fixture("webp-800x600.webp"), 200, 150);
    REQUIRE(r.photo);
    CHECK(r.photo->source_width == 800);
    CHECK(r.photo->source_height == 600);
    CHECK(r.photo->image.width == 200);
    CHECK(r.photo->image.height == 150);
    CHECK(Corners(r.photo->image) == "RGBY");
}

TEST_CASE("HEIC and WebP: the size limits hold before any pixel is decoded") {
    DecodeLimits small;
    small.max_pixels = 100'000;
    const DecodeResult webp = DecodePhoto(Fixture("webp-800x600.webp"), 10, 10, small);
    CHECK_FALSE(webp.photo);
    CHECK_THAT(webp.error, Catch::Contains("too large (800x600"));
    small.max_side = 50;
    const DecodeResult heic = DecodePhoto(Fixture("heic-orient-1.heic"), 10, 10, small);
    CHECK_FALSE(heic.photo);
    CHECK_FALSE(heic.error.empty());
    DecodeLimits tiny_file;
    tiny_file.max_file_bytes = 100;
    CHECK(DecodePhoto(Fixture("heic-orient-1.heic"), 10, 10, tiny_file).error == "the file is too large");
}

TEST_CASE("hostile HEIC files are skipped with a reason, never a crash") {
    const std::string heic = Fixture("heic-orient-6.heic");
    SECTION("truncated") {
        const DecodeResult r = DecodePhoto(heic.substr(0, heic.size() / 2), 100, 100);
        CHECK_FALSE(r.photo);
        CHECK_THAT(r.error, Catch::StartsWith("This HEIC photo could not be read: "));
        for (size_t n = 1; n < heic.size(); n += 13) CHECK_FALSE(DecodePhoto(heic.substr(0, n), 100, 100).photo);
    }
    SECTION("a huge declared size") {
        for (auto [w, h] : {std::pair<std::uint32_t, std::uint32_t>{100000, 100000}, {16000, 16000}, {0xFFFFFFFFu, 1}, {0, 0}}) {
            INFO(w << "x" << h);
            const DecodeResult r = DecodePhoto(WithDeclaredSize(heic, w, h), 100, 100);
            CHECK_FALSE(r.photo);
            CHECK_FALSE(r.error.empty());
        }
        CHECK_THAT(DecodePhoto(WithDeclaredSize(heic, 16000, 16000), 100, 100).error, Catch::Contains("too large"));
    }
    SECTION("a grid whose canvas is far larger than the file declares") {
        // Found by the fuzzer: ispe says 48x64, the grid's own data says 16384x12288. libheif alone
        // allocated the canvas and spent ~10 s on it; the declared size is now its limit.
        const DecodeResult r = DecodePhoto(Fixture("hostile-grid.heic"), 100, 100);
        CHECK_FALSE(r.photo);
        CHECK(r.error == "This HEIC photo could not be read: its picture is larger than the file says.");
    }
    SECTION("random bytes behind a HEIC ftyp") {
        const std::string ftyp = "\0\0\0\x18" "ftypheic\0\0\0\0mif1heic"s;
        for (unsigned seed = 1; seed <= 20; ++seed) {
            const DecodeResult r = DecodePhoto(ftyp + Noise(2000 + seed * 37, seed), 100, 100);
            CHECK_FALSE(r.photo);
            CHECK_THAT(r.error, Catch::StartsWith("This HEIC photo could not be read: "));
        }
        // And the real file's boxes with their payloads scrambled.
        std::string scrambled = heic;
        for (size_t i = 40; i < scrambled.size(); i += 5) scrambled[i] = static_cast<char>(scrambled[i] ^ 0x5a);
        CHECK_FALSE(DecodePhoto(scrambled, 100, 100).error.empty());
    }
}

TEST_CASE("hostile WebP files are skipped with a reason, never a crash") {
    const std::string webp = Fixture("webp-exif-orientation-6.webp");
    SECTION("a RIFF size that lies") {
        for (std::uint32_t riff : {static_cast<std::uint32_t>(webp.size() + 1000), static_cast<std::uint32_t>(webp.size() / 2),
                                   0xFFFFFFF0u, 4u}) {
            INFO("RIFF size " << riff);
            std::string lie = webp;
            Put32LE(lie, 4, riff);
            const DecodeResult r = DecodePhoto(lie, 100, 100);
            CHECK_FALSE(r.photo);
            CHECK_THAT(r.error, Catch::StartsWith("This WebP"));
        }
    }
    SECTION("truncated, every length") {
        for (const char* name : {"webp-lossy.webp", "webp-animated.webp", "webp-alpha.webp"}) {
            const std::string f = Fixture(name);
            for (size_t n = 1; n < f.size(); ++n) {
                const DecodeResult r = DecodePhoto(f.substr(0, n), 100, 100);
                CHECK_FALSE(r.photo);
                CHECK_FALSE(r.error.empty());
            }
        }
    }
    SECTION("random bytes behind a WebP header") {
        for (unsigned seed = 1; seed <= 20; ++seed) {
            std::string f = "RIFF\0\0\0\0WEBPVP8 "s + Noise(600, seed);
            Put32LE(f, 4, static_cast<std::uint32_t>(f.size() - 8));
            CHECK_FALSE(DecodePhoto(f, 100, 100).photo);
        }
    }
}

TEST_CASE("import: a folder with a .HEIC, a .webp and a .jpg imports three photos; again, none") {
    const test::TempDir in("formats-in"), data("formats-data");
    auto db = OpenKioskMemoryDatabase();
    const DemoSummary s = SeedDemoSchool(*db, CivilDate{2026, 11, 24});
    in.Write("IMG_0001.HEIC", Fixture("heic-orient-6.heic"));
    in.Write("from-whatsapp.webp", Fixture("webp-lossy.webp"));
    RgbaImage plain(64, 48);
    for (auto& v : plain.pixels) v = 200;
    in.Write("camera.jpg", EncodeJpeg(plain, 90));
    in.Write("notes.txt", "not a photo");
    ImportOptions opt;
    opt.class_id = s.class_id;
    opt.today = "2026-11-24";
    opt.now_unix = 1795000000;
    PhotoImporter importer(*db, data.path, opt);

    const auto first = importer.Import({in.path});
    REQUIRE(first.size() == 3);  // notes.txt is not looked at inside a folder
    for (const auto& r : first) {
        INFO(r.file << ": " << r.detail);
        CHECK(r.status == ImportStatus::Imported);
    }
    // In name order: IMG_0001.HEIC, camera.jpg, from-whatsapp.webp.
    CHECK(first[0].detail == "48x64, 2026-03-16, turned upright");
    CHECK(first[2].detail == "64x48, 2026-11-24");
    store::PhotosRepo photos(*db);
    CHECK(photos.Count() == 3);
    const auto heic_day = photos.OfDay(s.class_id, "2026-03-16");  // the HEIC's Exif date
    REQUIRE(heic_day.size() == 1);
    CHECK(heic_day[0].width == 48);  // upright
    CHECK(heic_day[0].height == 64);
    // The stored copies are JPEG, as for every photo.
    const fs::path screen = data.path / heic_day[0].screen_file;
    CHECK(screen.extension() == ".jpg");
    std::ifstream f(screen, std::ios::binary);
    char magic[3] = {};
    f.read(magic, 3);
    CHECK(std::memcmp(magic, "\xFF\xD8\xFF", 3) == 0);
    CHECK(Corners(LoadImageFile(screen.string())) == UprightCorners(6));

    const auto second = importer.Import({in.path});
    REQUIRE(second.size() == 3);
    for (const auto& r : second) {
        INFO(r.file << ": " << r.detail);
        CHECK(r.status == ImportStatus::Duplicate);
    }
    CHECK(photos.Count() == 3);
}
