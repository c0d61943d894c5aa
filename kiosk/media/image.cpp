#include "media/image.h"

#include <stb_image_write.h>

#include <algorithm>
#include <cmath>

namespace kd::media {

RgbaImage Resize(const RgbaImage& src, int width, int height) {
    RgbaImage dst(width, height);
    if (src.Empty() || width <= 0 || height <= 0) return dst;
    const double sx = static_cast<double>(src.width) / width;
    const double sy = static_cast<double>(src.height) / height;
    if (sx < 1.0 || sy < 1.0) {
        // Enlarging: bilinear.
        for (int y = 0; y < height; ++y) {
            const double fy = std::clamp((y + 0.5) * sy - 0.5, 0.0, src.height - 1.0);
            const int y0 = static_cast<int>(fy), y1 = std::min(y0 + 1, src.height - 1);
            const double ty = fy - y0;
            for (int x = 0; x < width; ++x) {
                const double fx = std::clamp((x + 0.5) * sx - 0.5, 0.0, src.width - 1.0);
                const int x0 = static_cast<int>(fx), x1 = std::min(x0 + 1, src.width - 1);
                const double tx = fx - x0;
                double acc[4] = {0, 0, 0, 0};
                const std::uint8_t* p[4] = {src.At(x0, y0), src.At(x1, y0), src.At(x0, y1), src.At(x1, y1)};
                const double w[4] = {(1 - tx) * (1 - ty), tx * (1 - ty), (1 - tx) * ty, tx * ty};
                for (int k = 0; k < 4; ++k) {
                    const double a = p[k][3] / 255.0 * w[k];
                    for (int c = 0; c < 3; ++c) acc[c] += p[k][c] * a;
                    acc[3] += a;
                }
                std::uint8_t* o = dst.At(x, y);
                for (int c = 0; c < 3; ++c) o[c] = acc[3] > 0 ? static_cast<std::uint8_t>(std::lround(acc[c] / acc[3])) : 0;
                o[3] = static_cast<std::uint8_t>(std::lround(acc[3] * 255.0));
            }
        }
        return dst;
    }
    // Shrinking: exact box coverage.
    for (int y = 0; y < height; ++y) {
        const double y0 = y * sy, y1 = (y + 1) * sy;
        for (int x = 0; x < width; ++x) {
            const double x0 = x * sx, x1 = (x + 1) * sx;
            double acc[4] = {0, 0, 0, 0}, area = 0;
            for (int iy = static_cast<int>(y0); iy < std::min(static_cast<int>(std::ceil(y1)), src.height); ++iy) {
                const double wy = std::min(y1, iy + 1.0) - std::max(y0, static_cast<double>(iy));
                for (int ix = static_cast<int>(x0); ix < std::min(static_cast<int>(std::ceil(x1)), src.width); ++ix) {
                    const double w = wy * (std::min(x1, ix + 1.0) - std::max(x0, static_cast<double>(ix)));
                    const std::uint8_t* p = src.At(ix, iy);
                    const double a = p[3] / 255.0 * w;
                    for (int c = 0; c < 3; ++c) acc[c] += p[c] * a;
                    acc[3] += a;
                    area += w;
                }
            }
            std::uint8_t* o = dst.At(x, y);
            for (int c = 0; c < 3; ++c) o[c] = acc[3] > 0 ? static_cast<std::uint8_t>(std::lround(acc[c] / acc[3])) : 0;
            o[3] = area > 0 ? static_cast<std::uint8_t>(std::lround(acc[3] / area * 255.0)) : 0;
        }
    }
    return dst;
}

RgbaImage FitWithin(const RgbaImage& src, int max_w, int max_h) {
    if (src.width <= max_w && src.height <= max_h) return src;
    const double s = std::min(static_cast<double>(max_w) / src.width, static_cast<double>(max_h) / src.height);
    return Resize(src, std::max(1, static_cast<int>(std::lround(src.width * s))),
                  std::max(1, static_cast<int>(std::lround(src.height * s))));
}

void BlendScaled(RgbaImage& dst, const RgbaImage& src, int x, int y, int w, int h) {
    const RgbaImage s = Resize(src, w, h);
    for (int j = 0; j < h; ++j) {
        const int dy = y + j;
        if (dy < 0 || dy >= dst.height) continue;
        for (int i = 0; i < w; ++i) {
            const int dx = x + i;
            if (dx < 0 || dx >= dst.width) continue;
            const std::uint8_t* p = s.At(i, j);
            std::uint8_t* d = dst.At(dx, dy);
            const int a = p[3];
            for (int c = 0; c < 3; ++c) d[c] = static_cast<std::uint8_t>((p[c] * a + d[c] * (255 - a) + 127) / 255);
            d[3] = static_cast<std::uint8_t>(std::min(255, a + d[3] * (255 - a) / 255));
        }
    }
}

bool WritePng(const RgbaImage& img, const std::filesystem::path& file) {
    return stbi_write_png(file.c_str(), img.width, img.height, 4, img.pixels.data(), img.width * 4) != 0;
}

}  // namespace kd::media
