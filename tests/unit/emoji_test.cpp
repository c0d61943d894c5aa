#include "media/emoji_rasterizer.h"
#include "media/image.h"

#include <catch2/catch.hpp>

using namespace kd::media;

namespace {
int OpaquePixels(const RgbaImage& img) {
    int n = 0;
    for (size_t i = 3; i < img.pixels.size(); i += 4) n += img.pixels[i] > 128;
    return n;
}
bool HasColour(const RgbaImage& img) {
    for (size_t i = 0; i < img.pixels.size(); i += 4)
        if (img.pixels[i + 3] > 128 && (img.pixels[i] != img.pixels[i + 1] || img.pixels[i + 1] != img.pixels[i + 2]))
            return true;
    return false;
}
}  // namespace

TEST_CASE("Noto Color Emoji draws pictograms in colour at any size we ask") {
    EmojiRasterizer r;
    for (int size : {32, 64, 128}) {
        const RgbaImage fox = r.Render("🦊", size);
        REQUIRE(fox.width == size);
        REQUIRE(fox.height == size);
        CHECK(OpaquePixels(fox) > size * size / 5);
        CHECK(HasColour(fox));
    }
}

TEST_CASE("ZWJ sequences and variation selectors become one pictogram") {
    EmojiRasterizer r;
    const RgbaImage family = r.Render("👨‍👩‍👧", 64);  // one glyph, not three people side by side
    CHECK(OpaquePixels(family) > 400);
    CHECK(OpaquePixels(r.Render("🗣️", 64)) > 400);
    CHECK(OpaquePixels(r.Render("☀️", 64)) > 400);
}

TEST_CASE("what the font lacks comes back empty, not as garbage") {
    EmojiRasterizer r;
    CHECK(r.Render("", 64).Empty());
    CHECK(r.Render("A", 64).Empty());  // the emoji font has no Latin letters
}

TEST_CASE("a missing emoji font is a sentence") {
    CHECK_THROWS_WITH(EmojiRasterizer("/nonexistent/font.ttf"), Catch::Contains("fonts-noto-color-emoji"));
}

TEST_CASE("downscaling averages: a half-white, half-black image becomes grey") {
    RgbaImage img(4, 2);
    for (int y = 0; y < 2; ++y)
        for (int x = 0; x < 4; ++x) {
            auto* p = img.At(x, y);
            p[0] = p[1] = p[2] = x % 2 ? 255 : 0;
            p[3] = 255;
        }
    const RgbaImage small = Resize(img, 2, 1);
    CHECK(small.At(0, 0)[0] == Approx(128).margin(1));
    CHECK(FitWithin(img, 2, 2).width == 2);
    CHECK(FitWithin(img, 100, 100).width == 4);  // never enlarges
}

TEST_CASE("downscaling keeps colours, opaque or not") {
    for (int alpha : {255, 128}) {
        RgbaImage img(2000, 1500);
        for (int y = 0; y < img.height; ++y)
            for (int x = 0; x < img.width; ++x) {
                auto* p = img.At(x, y);
                p[0] = 200, p[1] = 100, p[2] = 50, p[3] = static_cast<std::uint8_t>(alpha);
            }
        const RgbaImage s = Resize(img, 1600, 1200);
        INFO("alpha " << alpha);
        CHECK(s.At(800, 600)[0] == Approx(200).margin(1));
        CHECK(s.At(800, 600)[1] == Approx(100).margin(1));
        CHECK(s.At(0, 0)[2] == Approx(50).margin(1));
        CHECK(s.At(1599, 1199)[3] == Approx(alpha).margin(1));
    }
}
