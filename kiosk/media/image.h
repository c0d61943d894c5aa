#pragma once
// A plain RGBA8 image in memory (straight alpha), and the few operations the
// kiosk needs on it. No GL here: textures are made from these in app/.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace kd::media {

struct RgbaImage {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> pixels;  // width * height * 4, rows top to bottom

    RgbaImage() = default;
    RgbaImage(int w, int h) : width(w), height(h), pixels(static_cast<size_t>(w) * h * 4, 0) {}
    bool Empty() const { return width <= 0 || height <= 0; }
    std::uint8_t* At(int x, int y) { return pixels.data() + (static_cast<size_t>(y) * width + x) * 4; }
    const std::uint8_t* At(int x, int y) const { return pixels.data() + (static_cast<size_t>(y) * width + x) * 4; }
};

// Area-averaging downscale (each target pixel is the coverage-weighted mean of
// the source pixels under it, in premultiplied alpha so edges do not darken).
// Upscaling falls back to bilinear.
RgbaImage Resize(const RgbaImage& src, int width, int height);

// Scales to fit inside max_w x max_h, keeping the aspect ratio; never enlarges
// (an image that already fits is returned as it is, moved, not copied).
RgbaImage FitWithin(RgbaImage src, int max_w, int max_h);

// Draws `src` scaled into the rectangle (x, y, w, h) of `dst` with alpha blending.
void BlendScaled(RgbaImage& dst, const RgbaImage& src, int x, int y, int w, int h);

// Writes a PNG (screenshots). Returns false on failure.
bool WritePng(const RgbaImage& img, const std::filesystem::path& file);

}  // namespace kd::media
