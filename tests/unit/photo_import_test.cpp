// Photo decoding and import: scaled JPEG decode, EXIF orientation and date,
// PNG limits, and every kind of bad file skipped with a reason.
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
#include <unistd.h>

using namespace kd;
using namespace kd::media;
namespace fs = std::filesystem;
using namespace std::string_literals;

namespace {

// A test picture: red top band, blue left band, green elsewhere, so rotations show.
RgbaImage Marked(int w, int h) {
    RgbaImage img(w, h);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            std::uint8_t* p = img.At(x, y);
            const bool top = y < h / 5, left = x < w / 5;
            p[0] = top ? 230 : 20;
            p[1] = (!top && !left) ? 200 : 20;
            p[2] = (!top && left) ? 230 : 20;
            p[3] = 255;
        }
    return img;
}

void Put16(std::string& s, unsigned v) { s += static_cast<char>(v & 0xff), s += static_cast<char>(v >> 8); }
void Put32(std::string& s, unsigned v) { Put16(s, v & 0xffff), Put16(s, v >> 16); }

// An EXIF APP1 segment (little-endian TIFF) with Orientation and DateTimeOriginal.
std::string ExifSegment(int orientation, const char* taken) {
    std::string t = "II*\0"s;
    Put32(t, 8);            // IFD0 at 8
    Put16(t, 2);            // two entries
    Put16(t, 0x0112), Put16(t, 3), Put32(t, 1), Put16(t, orientation), Put16(t, 0);
    Put16(t, 0x8769), Put16(t, 4), Put32(t, 1), Put32(t, 8 + 2 + 24 + 4);  // Exif IFD right after
    Put32(t, 0);            // no next IFD
    Put16(t, 1);            // Exif IFD: one entry
    Put16(t, 0x9003), Put16(t, 2), Put32(t, 20), Put32(t, static_cast<unsigned>(t.size() + 8));  // the string, after this field and the next-IFD link
    Put32(t, 0);
    t += taken;
    t += '\0';
    std::string seg = "\xFF\xE1"s;
    const unsigned len = static_cast<unsigned>(2 + 6 + t.size());
    seg += static_cast<char>(len >> 8), seg += static_cast<char>(len & 0xff);
    seg += "Exif\0\0"s;
    return seg + t;
}

std::string WithExif(const std::string& jpeg, int orientation, const char* taken) {
    return jpeg.substr(0, 2) + ExifSegment(orientation, taken) + jpeg.substr(2);
}

}  // namespace


TEST_CASE("a 12 MP JPEG decodes at the smallest scale that covers the screen") {
    const std::string jpeg = EncodeJpeg(Marked(4000, 3000), 85);
    REQUIRE_FALSE(jpeg.empty());
    const DecodeResult r = DecodePhoto(jpeg, 1600, 1200);
    REQUIRE(r.photo);
    CHECK(r.photo->source_width == 4000);
    CHECK(r.photo->image.width == 2000);  // 1/2: 1/4 would be 1000 wide, too small
    CHECK(r.photo->image.height == 1500);
    const DecodeResult thumb = DecodePhoto(jpeg, 480, 360);
    CHECK(thumb.photo->image.width == 500);  // 1/8
}

TEST_CASE("an upright phone photo for the screen decodes at 3/8: the screen image needs no more") {
    // As a phone stores a photo held upright: 4000x3000 sensor pixels, EXIF orientation 6.
    const std::string jpeg = WithExif(EncodeJpeg(Marked(4000, 3000), 85), 6, "2026:11:23 09:41:07");
    const DecodeResult within = DecodePhoto(jpeg, 1600, 1200, {}, Fit::Within);
    REQUIRE(within.photo);
    CHECK(within.photo->image.width == 1125);  // 3/8, upright; fitted within 1600x1200 it is 900x1200
    CHECK(within.photo->image.height == 1500);
    const DecodeResult cover = DecodePhoto(jpeg, 1600, 1200);
    CHECK(cover.photo->image.width == 1875);  // 5/8: covering 1600 wide needs that much
    // A landscape photo needs the same either way.
    const std::string wide = EncodeJpeg(Marked(4000, 3000), 85);
    CHECK(DecodePhoto(wide, 1600, 1200, {}, Fit::Within).photo->image.width == 2000);
}

TEST_CASE("EXIF orientation turns a phone photo upright") {
    const std::string jpeg = EncodeJpeg(Marked(400, 300), 95);
    const DecodeResult r = DecodePhoto(WithExif(jpeg, 6, "2026:11:23 09:41:07"), 4000, 4000);  // full size
    REQUIRE(r.photo);
    CHECK(r.photo->orientation == 6);
    REQUIRE(r.photo->taken);
    CHECK(*r.photo->taken == "2026:11:23 09:41:07");
    // Orientation 6: the picture is rotated 90 degrees clockwise to show upright.
    const RgbaImage& img = r.photo->image;
    CHECK(img.width == 300);
    CHECK(img.height == 400);
    CHECK(img.At(img.width - 5, 200)[0] > 150);  // the red top band is now at the right
    CHECK(img.At(150, 5)[2] > 150);              // the blue left band is now at the top
}

TEST_CASE("all eight orientations are their textbook transforms") {
    RgbaImage img(3, 2);
    for (int y = 0; y < 2; ++y)
        for (int x = 0; x < 3; ++x) img.At(x, y)[0] = static_cast<std::uint8_t>(y * 3 + x);
    auto at = [](const RgbaImage& i, int x, int y) { return i.At(x, y)[0]; };
    CHECK(at(ApplyOrientation(img, 1), 2, 1) == 5);
    CHECK(at(ApplyOrientation(img, 2), 0, 0) == 2);
    CHECK(at(ApplyOrientation(img, 3), 0, 0) == 5);
    CHECK(at(ApplyOrientation(img, 4), 0, 0) == 3);
    const RgbaImage r5 = ApplyOrientation(img, 5), r6 = ApplyOrientation(img, 6), r7 = ApplyOrientation(img, 7),
                    r8 = ApplyOrientation(img, 8);
    CHECK((r6.width == 2 && r6.height == 3));
    CHECK(at(r5, 1, 0) == 3);
    CHECK(at(r6, 0, 0) == 3);  // 90 clockwise: bottom-left comes to the top-left
    CHECK(at(r7, 0, 0) == 5);
    CHECK(at(r8, 0, 0) == 2);  // 90 counter-clockwise: top-right comes to the top-left
}

TEST_CASE("a PNG that claims 65535x65535 is refused before decoding") {
    // A valid signature and IHDR claiming 65535x65535, nothing after it.
    std::string png = "\x89PNG\r\n\x1a\n"s + "\0\0\0\x0dIHDR"s + "\0\0\xff\xff\0\0\xff\xff\x08\x06\0\0\0"s + "\0\0\0\0"s;
    const DecodeResult r = DecodePhoto(png, 100, 100);
    CHECK_FALSE(r.photo);
    CHECK_THAT(r.error, Catch::Contains("too large") || Catch::Contains("damaged PNG"));
}

TEST_CASE("bad bytes are skipped with a reason, never a crash") {
    const std::string jpeg = EncodeJpeg(Marked(640, 480), 90);
    CHECK(DecodePhoto("", 1, 1).error == "the file is empty");
    CHECK_THAT(DecodePhoto("GIF89a....", 1, 1).error, Catch::Contains("only JPEG, PNG, HEIC and WebP"));
    CHECK_FALSE(DecodePhoto(jpeg.substr(0, jpeg.size() / 3), 1, 1).photo);  // truncated
    std::string noise = "\xFF\xD8\xFF"s;
    for (int i = 0; i < 5000; ++i) noise += static_cast<char>((i * 7919) & 0xff);
    CHECK_FALSE(DecodePhoto(noise, 1, 1).photo);
    std::string png_noise = "\x89PNG\r\n\x1a\n"s + std::string(300, '\x42');
    CHECK_FALSE(DecodePhoto(png_noise, 1, 1).photo);
}

TEST_CASE("import: photos stored as screen image and thumbnail; duplicates and bad files reported") {
    const test::TempDir in("import-in"), data("import-data");
    auto db = OpenKioskMemoryDatabase();
    const DemoSummary s = SeedDemoSchool(*db, CivilDate{2026, 11, 24});
    const std::string jpeg = EncodeJpeg(Marked(4000, 3000), 85);
    in.Write("a.jpg", jpeg);
    in.Write("b-copy.JPG", jpeg);  // same content, other name
    in.Write("c.jpg", WithExif(EncodeJpeg(Marked(800, 600), 90), 8, "2026:11:20 10:00:00"));
    in.Write("empty.jpg", "");
    in.Write("random.jpg", std::string(4096, '\x17'));
    in.Write("cut.jpg", jpeg.substr(0, 30000));
    in.Write("notes.txt", "not a photo");
    ImportOptions opt;
    opt.class_id = s.class_id;
    opt.today = "2026-11-24";
    opt.now_unix = 1795000000;
    PhotoImporter importer(*db, data.path, opt);
    const auto results = importer.Import({in.path});
    int imported = 0, dup = 0, skipped = 0;
    for (const auto& r : results) {
        INFO(r.file << ": " << r.detail);
        imported += r.status == ImportStatus::Imported;
        dup += r.status == ImportStatus::Duplicate;
        skipped += r.status == ImportStatus::Skipped;
    }
    CHECK(imported == 2);
    CHECK(dup == 1);
    CHECK(skipped == 3);  // empty, random, cut; notes.txt is not looked at inside a folder

    store::PhotosRepo photos(*db);
    CHECK(photos.Count() == 2);
    const auto today = photos.OfDay(s.class_id, "2026-11-24");
    REQUIRE(today.size() == 1);
    CHECK(today[0].width == 1600);
    CHECK(today[0].height == 1200);
    CHECK(fs::exists(data.path / today[0].screen_file));
    CHECK(LoadImageFile((data.path / today[0].thumb_file).string()).width == 480);
    // The EXIF date puts c.jpg on its own day, upright (orientation 8 swaps the sides).
    const auto earlier = photos.OfDay(s.class_id, "2026-11-20");
    REQUIRE(earlier.size() == 1);
    CHECK(earlier[0].width == 600);
    CHECK(earlier[0].height == 800);
    // A loose file is reported too, and an import of nothing new changes nothing.
    const auto again = importer.Import({in.path / "a.jpg", in.path / "notes.txt"});
    REQUIRE(again.size() == 2);
    CHECK(again[0].status == ImportStatus::Duplicate);
    CHECK(again[1].status == ImportStatus::Skipped);
    CHECK(photos.Count() == 2);
    CHECK_FALSE(fs::exists(data.path / "photos" / "originals"));  // not kept unless asked
}

TEST_CASE("fuzzer findings stay fixed: a PNG with an empty data chunk is refused") {
    std::ifstream in(std::string(KLASDEUR_TEST_SOURCE) + "/fuzz/corpus/photo/regress-empty-idat.png", std::ios::binary);
    REQUIRE(in);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const DecodeResult r = DecodePhoto(bytes, 10, 10);
    CHECK_FALSE(r.photo);
    CHECK_THAT(r.error, Catch::Contains("damaged PNG"));
}
