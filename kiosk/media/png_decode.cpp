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
#include <stb_image.h>

#include "media/png_decode.h"

#include <limits>

namespace kd::media {

bool PngInfo(std::string_view bytes, int& w, int& h) {
    if (bytes.size() > static_cast<size_t>(std::numeric_limits<int>::max())) return false;
    int comp = 0;
    return stbi_info_from_memory(reinterpret_cast<const stbi_uc*>(bytes.data()), static_cast<int>(bytes.size()), &w,
                                 &h, &comp) != 0;
}

RgbaImage PngDecode(std::string_view bytes, std::string& error) {
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
