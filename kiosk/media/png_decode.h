#pragma once
// PNG through a private PNG-only stb_image (see png_decode.cpp for why).
#include "media/image.h"

#include <string>
#include <string_view>

namespace kd::media {

// Reads only the header: false when it is not a PNG stb can read.
bool PngInfo(std::string_view bytes, int& w, int& h);
// Decodes to RGBA; on failure an empty image and a sentence in `error`.
RgbaImage PngDecode(std::string_view bytes, std::string& error);

}  // namespace kd::media
