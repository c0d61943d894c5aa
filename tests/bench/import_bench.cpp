// Photo import speed (not part of ctest): generated 12 MP JPEGs through the
// kiosk's path (libjpeg-turbo scaled decode + EXIF + downscale to the screen
// image and the thumbnail) against a plain stb_image full decode + resize of
// the same files, in the same process. Prints Markdown rows.
//
//   klasdeur_import_bench [N]   (default 8 photos)
#include "media/image.h"
#include "media/photo_decode.h"
#include "media/photo_import.h"

#include <stb_image.h>
#include <stb_image_resize.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

// A photo-like 4000x3000 picture: smooth gradients with detail, so JPEG sizes are realistic (~2-4 MB).
kd::media::RgbaImage Photo(int seed) {
    kd::media::RgbaImage img(4000, 3000);
    for (int y = 0; y < img.height; ++y)
        for (int x = 0; x < img.width; ++x) {
            std::uint8_t* p = img.At(x, y);
            const double v = std::sin((x + seed * 97) / 60.0) * std::cos((y - seed * 31) / 45.0);
            const int noise = ((x * 1103515245 + y * 12345 + seed) >> 8) & 31;
            p[0] = static_cast<std::uint8_t>(std::clamp(128 + 90 * v + noise, 0.0, 255.0));
            p[1] = static_cast<std::uint8_t>(std::clamp(100 + 60 * std::sin(y / 200.0) + noise, 0.0, 255.0));
            p[2] = static_cast<std::uint8_t>(std::clamp(90 + 80 * std::cos(x / 300.0) - noise, 0.0, 255.0));
            p[3] = 255;
        }
    return img;
}

double Seconds(Clock::duration d) { return std::chrono::duration<double>(d).count(); }

}  // namespace

int main(int argc, char** argv) {
    const int n = argc > 1 ? std::max(1, std::atoi(argv[1])) : 8;
    std::vector<std::string> files;
    size_t bytes = 0;
    for (int i = 0; i < n; ++i) {
        files.push_back(kd::media::EncodeJpeg(Photo(i), 92));
        bytes += files.back().size();
    }

    // The kiosk's path: decode at the smallest covering scale, screen image, thumbnail, both encoded.
    const auto t0 = Clock::now();
    for (const std::string& f : files) {
        kd::media::DecodeResult r = kd::media::DecodePhoto(f, kd::media::kScreenW, kd::media::kScreenH);
        if (!r.photo) return 1;
        const auto screen = kd::media::FitWithin(std::move(r.photo->image), kd::media::kScreenW, kd::media::kScreenH);
        const auto thumb = kd::media::FitWithin(screen, kd::media::kThumbW, kd::media::kThumbH);
        if (kd::media::EncodeJpeg(screen, 88).empty() || kd::media::EncodeJpeg(thumb, 85).empty()) return 1;
    }
    const double ours = Seconds(Clock::now() - t0);

    // Baseline: stb_image full decode, then stb_image_resize to the screen size (no thumbnail, no encode).
    const auto t1 = Clock::now();
    for (const std::string& f : files) {
        int w = 0, h = 0, c = 0;
        unsigned char* px = stbi_load_from_memory(reinterpret_cast<const unsigned char*>(f.data()),
                                                  static_cast<int>(f.size()), &w, &h, &c, 4);
        if (!px) return 1;
        std::vector<unsigned char> out(static_cast<size_t>(kd::media::kScreenW) * kd::media::kScreenH * 4);
        stbir_resize_uint8(px, w, h, 0, out.data(), kd::media::kScreenW, kd::media::kScreenH, 0, 4);
        stbi_image_free(px);
    }
    const double base = Seconds(Clock::now() - t1);

    std::printf("| import %d x 12 MP JPEG (%.1f MB each): decode, upright, screen image + thumbnail, encoded | "
                "%.1f photos/s (%.0f ms each) |\n",
                n, bytes / 1e6 / n, n / ours, ours * 1000 / n);
    std::printf("| baseline: stb_image full decode + stb_image_resize to 1600x1200, same files | %.1f photos/s (%.0f ms each) |\n",
                n / base, base * 1000 / n);
    std::printf("| speed-up | %.1fx |\n", base / ours);
    return 0;
}
