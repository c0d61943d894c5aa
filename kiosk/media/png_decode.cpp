// A private, PNG-only build of stb_image. Debian's libstb predates the 2023
// stb_image fixes; with STBI_ONLY_PNG every other decoder (and its bugs) is
// compiled out, and STB_IMAGE_STATIC keeps these symbols from clashing with
// libstb's. Callers check dimensions with PngInfo before PngDecode.
#define STB_IMAGE_IMPLEMENTATION
#define STB_IMAGE_STATIC
#define STBI_ONLY_PNG
#define STBI_NO_STDIO
#define STBI_NO_LINEAR
#define STBI_NO_HDR
#define STBI_MAX_DIMENSIONS 16384
// Static, stb_image's API functions this file does not call would each warn as unused.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-function"
#include <stb_image.h>
#pragma GCC diagnostic pop

#include "media/png_decode.h"

#include <cstdint>
#include <limits>

namespace kd::media {

bool PngInfo(std::string_view bytes, int& w, int& h) {
    if (bytes.size() > static_cast<size_t>(std::numeric_limits<int>::max())) return false;
    int comp = 0;
    return stbi_info_from_memory(reinterpret_cast<const stbi_uc*>(bytes.data()), static_cast<int>(bytes.size()), &w,
                                 &h, &comp) != 0;
}

namespace {

std::uint32_t BigEndian32(const unsigned char* p) {
    return (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) | (std::uint32_t(p[2]) << 8) | p[3];
}

// Walks the chunk list before stb sees it: every chunk inside the file, and no
// empty IDAT (on which Debian's stb_image passes a null pointer to memcpy; found
// by the fuzzer, tests/fuzz/corpus/photo/regress-empty-idat.png).
bool ChunksSane(std::string_view bytes, std::string& error) {
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    size_t off = 8;
    while (off + 12 <= bytes.size()) {
        const std::uint32_t len = BigEndian32(p + off);
        if (len > bytes.size() - off - 12) {
            error = "damaged PNG (a chunk runs past the end of the file)";
            return false;
        }
        const std::string_view type(bytes.data() + off + 4, 4);
        if (type == "IDAT" && len == 0) {
            error = "damaged PNG (an empty image data chunk)";
            return false;
        }
        if (type == "IEND") return true;
        off += 12 + len;
    }
    error = "damaged or incomplete PNG (no end chunk)";
    return false;
}

}  // namespace

RgbaImage PngDecode(std::string_view bytes, std::string& error) {
    if (!ChunksSane(bytes, error)) return {};
    int w = 0, h = 0, comp = 0;
    stbi_uc* px = stbi_load_from_memory(reinterpret_cast<const stbi_uc*>(bytes.data()), static_cast<int>(bytes.size()),
                                        &w, &h, &comp, 4);
    RgbaImage img;
    if (!px) {
        error = std::string("damaged PNG (") + stbi_failure_reason() + ")";
        return img;
    }
    img.width = w;
    img.height = h;
    img.pixels.assign(px, px + static_cast<size_t>(w) * h * 4);
    stbi_image_free(px);
    return img;
}

}  // namespace kd::media
