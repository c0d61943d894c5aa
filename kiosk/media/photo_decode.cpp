#include "media/photo_decode.h"

#include "media/png_decode.h"

#include <libexif/exif-data.h>
#include <turbojpeg.h>

#include <algorithm>
#include <cstring>
#include <fstream>
#include <memory>
#include <sstream>

namespace kd::media {
namespace {

struct TjHandle {
    tjhandle h;
    explicit TjHandle(tjhandle handle) : h(handle) {}
    ~TjHandle() {
        if (h) tjDestroy(h);
    }
};

// Orientation and capture time from the EXIF block, if any.
void ReadExif(std::string_view bytes, DecodedPhoto& out) {
    ExifData* ed = exif_data_new_from_data(reinterpret_cast<const unsigned char*>(bytes.data()),
                                           static_cast<unsigned>(std::min<size_t>(bytes.size(), 0xFFFFFFFFu)));
    if (!ed) return;
    const ExifByteOrder order = exif_data_get_byte_order(ed);
    if (ExifEntry* e = exif_data_get_entry(ed, EXIF_TAG_ORIENTATION); e && e->format == EXIF_FORMAT_SHORT && e->size >= 2) {
        const int o = exif_get_short(e->data, order);
        if (o >= 1 && o <= 8) out.orientation = o;
    }
    if (ExifEntry* e = exif_data_get_entry(ed, EXIF_TAG_DATE_TIME_ORIGINAL); e && e->format == EXIF_FORMAT_ASCII && e->size >= 19) {
        out.taken = std::string(reinterpret_cast<const char*>(e->data), 19);
    }
    exif_data_unref(ed);
}

bool SwapsSides(int orientation) { return orientation >= 5 && orientation <= 8; }

DecodeResult Fail(std::string why) {
    DecodeResult r;
    r.error = std::move(why);
    return r;
}

std::string CheckSize(int w, int h, const DecodeLimits& limits) {
    if (w <= 0 || h <= 0) return "the image has no size";
    if (w > limits.max_side || h > limits.max_side ||
        static_cast<std::uint64_t>(w) * static_cast<std::uint64_t>(h) > limits.max_pixels)
        return "the image is too large (" + std::to_string(w) + "x" + std::to_string(h) + " pixels)";
    return {};
}

DecodeResult DecodeJpeg(std::string_view bytes, int min_w, int min_h, const DecodeLimits& limits) {
    TjHandle tj(tjInitDecompress());
    if (!tj.h) return Fail("the JPEG decoder could not start");
    int w = 0, h = 0, subsamp = 0, colorspace = 0;
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
    if (tjDecompressHeader3(tj.h, data, static_cast<unsigned long>(bytes.size()), &w, &h, &subsamp, &colorspace) != 0)
        return Fail(std::string("damaged JPEG (") + tjGetErrorStr2(tj.h) + ")");
    if (std::string why = CheckSize(w, h, limits); !why.empty()) return Fail(why);

    DecodedPhoto out;
    out.source_width = w;
    out.source_height = h;
    ReadExif(bytes, out);
    // The sides the target is measured against, before rotation.
    const int need_w = SwapsSides(out.orientation) ? min_h : min_w;
    const int need_h = SwapsSides(out.orientation) ? min_w : min_h;
    // The smallest scale libjpeg-turbo offers that still covers the target: it
    // decodes only the DCT coefficients needed, 6-9x faster at 1/8 than whole.
    int count = 0;
    const tjscalingfactor* factors = tjGetScalingFactors(&count);
    tjscalingfactor best{1, 1};
    for (int i = 0; i < count; ++i) {
        const tjscalingfactor f = factors[i];
        if (f.num > f.denom) continue;  // never enlarge
        const int sw = TJSCALED(w, f), sh = TJSCALED(h, f);
        if (sw >= std::min(need_w, w) && sh >= std::min(need_h, h) &&
            static_cast<double>(f.num) / f.denom < static_cast<double>(best.num) / best.denom)
            best = f;
    }
    const int sw = TJSCALED(w, best), sh = TJSCALED(h, best);
    RgbaImage img(sw, sh);
    // The fast integer DCT and chroma upsampling: at a scaled decode for a screen, their error is far below what shows.
    if (tjDecompress2(tj.h, data, static_cast<unsigned long>(bytes.size()), img.pixels.data(), sw, 0, sh, TJPF_RGBA,
                      TJFLAG_FASTDCT | TJFLAG_FASTUPSAMPLE) != 0) {
        // A warning (a truncated file decodes half grey) is as much a failure for a class photo.
        return Fail(std::string("damaged or incomplete JPEG (") + tjGetErrorStr2(tj.h) + ")");
    }
    out.image = ApplyOrientation(std::move(img), out.orientation);
    DecodeResult r;
    r.photo = std::move(out);
    return r;
}

DecodeResult DecodePng(std::string_view bytes, const DecodeLimits& limits) {
    int w = 0, h = 0;
    if (!PngInfo(bytes, w, h)) return Fail("damaged PNG (the header cannot be read)");
    if (std::string why = CheckSize(w, h, limits); !why.empty()) return Fail(why);
    std::string error;
    DecodedPhoto out;
    out.image = PngDecode(bytes, error);
    if (out.image.Empty()) return Fail(error);
    out.source_width = w;
    out.source_height = h;
    DecodeResult r;
    r.photo = std::move(out);
    return r;
}

}  // namespace

PhotoFormat SniffFormat(std::string_view b) {
    if (b.size() >= 3 && static_cast<unsigned char>(b[0]) == 0xFF && static_cast<unsigned char>(b[1]) == 0xD8 &&
        static_cast<unsigned char>(b[2]) == 0xFF)
        return PhotoFormat::Jpeg;
    if (b.size() >= 8 && std::memcmp(b.data(), "\x89PNG\r\n\x1a\n", 8) == 0) return PhotoFormat::Png;
    return PhotoFormat::Unknown;
}

DecodeResult DecodePhoto(std::string_view bytes, int min_w, int min_h, const DecodeLimits& limits) {
    if (bytes.empty()) return Fail("the file is empty");
    if (bytes.size() > limits.max_file_bytes) return Fail("the file is too large");
    switch (SniffFormat(bytes)) {
        case PhotoFormat::Jpeg: return DecodeJpeg(bytes, min_w, min_h, limits);
        case PhotoFormat::Png: return DecodePng(bytes, limits);
        case PhotoFormat::Unknown: break;
    }
    return Fail("not a photo the kiosk can show (only JPEG and PNG)");
}

RgbaImage ApplyOrientation(RgbaImage src, int o) {
    if (o <= 1 || o > 8 || src.Empty()) return src;  // moved out: no copy of 12 MB for the usual case
    const bool swap = SwapsSides(o);
    RgbaImage dst(swap ? src.height : src.width, swap ? src.width : src.height);
    for (int y = 0; y < src.height; ++y) {
        for (int x = 0; x < src.width; ++x) {
            int dx = x, dy = y;
            switch (o) {
                case 2: dx = src.width - 1 - x; break;                                   // mirror
                case 3: dx = src.width - 1 - x; dy = src.height - 1 - y; break;          // 180
                case 4: dy = src.height - 1 - y; break;                                  // mirror vertically
                case 5: dx = y; dy = x; break;                                           // transpose
                case 6: dx = src.height - 1 - y; dy = x; break;                          // 90 clockwise
                case 7: dx = src.height - 1 - y; dy = src.width - 1 - x; break;          // transverse
                case 8: dx = y; dy = src.width - 1 - x; break;                           // 90 counter-clockwise
            }
            std::memcpy(dst.At(dx, dy), src.At(x, y), 4);
        }
    }
    return dst;
}

std::string EncodeJpeg(const RgbaImage& img, int quality) {
    TjHandle tj(tjInitCompress());
    if (!tj.h || img.Empty()) return {};
    unsigned char* out = nullptr;
    unsigned long size = 0;
    if (tjCompress2(tj.h, img.pixels.data(), img.width, 0, img.height, TJPF_RGBA, &out, &size, TJSAMP_420, quality,
                    TJFLAG_ACCURATEDCT) != 0) {
        tjFree(out);
        return {};
    }
    std::string bytes(reinterpret_cast<const char*>(out), size);
    tjFree(out);
    return bytes;
}

RgbaImage LoadImageFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return {};
    std::ostringstream s;
    s << in.rdbuf();
    const std::string bytes = s.str();
    DecodeResult r = DecodePhoto(bytes, 1 << 20, 1 << 20);  // whole size
    return r.photo ? std::move(r.photo->image) : RgbaImage{};
}

}  // namespace kd::media
