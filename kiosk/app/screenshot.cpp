#include "app/screenshot.h"

#include "media/image.h"

#include <GL/gl.h>

#include <cstring>
#include <stdexcept>

namespace kd::app {

void WriteFramebufferPng(int width, int height, const std::filesystem::path& out_png) {
    media::RgbaImage img(width, height);
    glReadBuffer(GL_BACK);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, img.pixels.data());
    // GL's rows run bottom to top.
    const size_t row = static_cast<size_t>(width) * 4;
    std::vector<unsigned char> tmp(row);
    for (int y = 0; y < height / 2; ++y) {
        unsigned char* a = img.pixels.data() + y * row;
        unsigned char* b = img.pixels.data() + (height - 1 - y) * row;
        std::memcpy(tmp.data(), a, row);
        std::memcpy(a, b, row);
        std::memcpy(b, tmp.data(), row);
    }
    for (size_t i = 3; i < img.pixels.size(); i += 4) img.pixels[i] = 255;  // the screen is opaque
    if (!media::WritePng(img, out_png)) throw std::runtime_error("cannot write " + out_png.string());
}

}  // namespace kd::app
