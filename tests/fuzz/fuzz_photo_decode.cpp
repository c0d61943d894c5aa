// libFuzzer harness for the photo decode path: format sniffing, libjpeg-turbo
// header and scaled decode, libexif orientation and date, the PNG-only
// stb_image, HEIC (libheif, libde265) and WebP (libwebp, libwebpdemux: the
// EXIF chunk, animations), orientation transforms and the downscale. Built with clang,
// AddressSanitizer and UndefinedBehaviorSanitizer (see tests/CMakeLists.txt).
#include "media/image.h"
#include "media/photo_decode.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace kd::media;
    DecodeLimits limits;
    limits.max_pixels = 4'000'000;  // keep each run fast; the limit logic is what is under test
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    DecodeResult r = DecodePhoto(bytes, 160, 120, limits);
    if (r.photo && !r.photo->image.Empty()) {
        const RgbaImage small = FitWithin(r.photo->image, 64, 48);
        (void)small;
    }
    return 0;
}
