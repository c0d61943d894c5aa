#include "media/photo_decode.h"

#include "media/png_decode.h"

#include <libexif/exif-data.h>
#include <libheif/heif.h>
#include <turbojpeg.h>
#include <webp/decode.h>
#include <webp/demux.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstring>
#include <fstream>
#include <memory>
#include <new>
#include <sstream>
#include <vector>

namespace kd::media {
namespace {

struct TjHandle {
    tjhandle h;
    explicit TjHandle(tjhandle handle) : h(handle) {}
    ~TjHandle() {
        if (h) tjDestroy(h);
    }
};

// Orientation and capture time from the EXIF block, if any: `bytes` is a whole
// JPEG, or an EXIF block that starts with "Exif\0\0" (libexif finds either).
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

// EXIF as HEIF and WebP carry it: the TIFF structure ("II*\0" / "MM\0*"), sometimes
// behind an "Exif\0\0" header of its own. libexif reads it behind that header.
void ReadExifTiff(std::string_view block, DecodedPhoto& out) {
    static constexpr std::string_view kHeader("Exif\0\0", 6);
    if (block.substr(0, 6) == kHeader) block.remove_prefix(6);
    if (block.size() < 8) return;
    std::string with_header(kHeader);
    with_header.append(block);
    ReadExif(with_header, out);
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

DecodeResult DecodeJpeg(std::string_view bytes, int min_w, int min_h, const DecodeLimits& limits, Fit fit) {
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
    int need_w = SwapsSides(out.orientation) ? min_h : min_w;
    int need_h = SwapsSides(out.orientation) ? min_w : min_h;
    if (fit == Fit::Within && need_w > 0 && need_h > 0) {
        // The fitted size is what must be covered: the side that binds keeps its need, the other shrinks.
        const double s = std::min(static_cast<double>(need_w) / w, static_cast<double>(need_h) / h);
        need_w = static_cast<int>(std::ceil(w * s - 1e-6));
        need_h = static_cast<int>(std::ceil(h * s - 1e-6));
    }
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


// A decoded image that is larger than needed is scaled down (area averaging,
// media/image.h) to the smallest size that still covers need_w x need_h, as
// the JPEG path does by decoding at a scale; it is never enlarged.
RgbaImage ScaleToCover(RgbaImage img, int need_w, int need_h) {
    if (img.Empty() || need_w <= 0 || need_h <= 0) return img;
    const double s = std::max(static_cast<double>(need_w) / img.width, static_cast<double>(need_h) / img.height);
    if (s >= 1.0) return img;
    const int w = std::max(1, static_cast<int>(std::ceil(img.width * s - 1e-6)));
    const int h = std::max(1, static_cast<int>(std::ceil(img.height * s - 1e-6)));
    if (w >= img.width && h >= img.height) return img;
    return Resize(img, w, h);
}

// --- HEIC / HEIF (libheif, HEVC through libde265) ------------------------------
// libheif applies the file's irot/imir/clap transforms itself (the default:
// ignore_transformations = false). The Exif orientation is then NOT applied:
// iPhones write both, and the HEIF rule is that the transforms win.

template <typename T, void (*Free)(T*)>
struct HeifPtr {
    T* p = nullptr;
    HeifPtr() = default;
    explicit HeifPtr(T* q) : p(q) {}
    HeifPtr(const HeifPtr&) = delete;
    HeifPtr& operator=(const HeifPtr&) = delete;
    ~HeifPtr() {
        if (p) Free(p);
    }
};
void FreeContext(heif_context* c) { heif_context_free(c); }
void FreeHandle(heif_image_handle* h) { heif_image_handle_release(h); }
void FreeImage(heif_image* i) { heif_image_release(i); }
void FreeOptions(heif_decoding_options* o) { heif_decoding_options_free(o); }

std::string HeifWhy(const heif_error& e) {
    std::string why = e.message && *e.message ? e.message : "unknown error";
    if (!why.empty()) why[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(why[0])));
    return "This HEIC photo could not be read: " + why + ".";
}

// The first Exif block of the image: a 4-byte offset to the TIFF header, then the header.
void ReadHeifExif(const heif_image_handle* handle, std::uint64_t max_bytes, DecodedPhoto& out) {
    heif_item_id id = 0;
    if (heif_image_handle_get_list_of_metadata_block_IDs(handle, "Exif", &id, 1) < 1) return;
    const size_t size = heif_image_handle_get_metadata_size(handle, id);
    if (size < 4 + 8 || size > max_bytes || size > (16u << 20)) return;
    std::vector<std::uint8_t> block(size);
    if (heif_image_handle_get_metadata(handle, id, block.data()).code != heif_error_Ok) return;
    const std::uint32_t offset = (std::uint32_t{block[0]} << 24) | (std::uint32_t{block[1]} << 16) |
                                 (std::uint32_t{block[2]} << 8) | std::uint32_t{block[3]};
    if (offset > size - 4) return;
    const std::string_view tiff(reinterpret_cast<const char*>(block.data()) + 4 + offset, size - 4 - offset);
    // Some writers point at the "Exif\0\0" header rather than past it; ReadExifTiff takes both.
    ReadExifTiff(tiff, out);
}

DecodeResult DecodeHeif(std::string_view bytes, int min_w, int min_h, const DecodeLimits& limits) {
    static const bool started = [] { return heif_init(nullptr).code == heif_error_Ok; }();
    if (!started) return Fail("This HEIC photo could not be read: the HEIF library could not start.");
    if (!heif_have_decoder_for_format(heif_compression_HEVC))
        return Fail("This HEIC photo could not be read: this kiosk has no HEVC decoder (libde265).");

    HeifPtr<heif_context, FreeContext> ctx(heif_context_alloc());
    if (!ctx.p) return Fail("This HEIC photo could not be read: out of memory.");
    // libheif's own guard too (it refuses sides at or above the limit while reading the boxes).
    heif_context_set_maximum_image_size_limit(ctx.p, limits.max_side + 1);
    if (heif_error e = heif_context_read_from_memory_without_copy(ctx.p, bytes.data(), bytes.size(), nullptr);
        e.code != heif_error_Ok)
        return Fail(HeifWhy(e));
    HeifPtr<heif_image_handle, FreeHandle> handle;
    if (heif_error e = heif_context_get_primary_image_handle(ctx.p, &handle.p); e.code != heif_error_Ok || !handle.p)
        return Fail(HeifWhy(e));

    // The sizes declared (ispe) and as shown (after the transforms), both checked before decoding.
    // The size reported is the one shown: which 'ispe' is "stored" varies between writers.
    const int ispe_w = heif_image_handle_get_ispe_width(handle.p), ispe_h = heif_image_handle_get_ispe_height(handle.p);
    const int w = heif_image_handle_get_width(handle.p), h = heif_image_handle_get_height(handle.p);
    if (std::string why = CheckSize(ispe_w, ispe_h, limits); !why.empty()) return Fail(why);
    if (std::string why = CheckSize(w, h, limits); !why.empty()) return Fail(why);

    DecodedPhoto out;
    out.source_width = w;
    out.source_height = h;
    ReadHeifExif(handle.p, limits.max_file_bytes, out);  // the date; the orientation only as found (see above)

    HeifPtr<heif_decoding_options, FreeOptions> options(heif_decoding_options_alloc());
    if (!options.p) return Fail("This HEIC photo could not be read: out of memory.");
    options.p->ignore_transformations = 0;  // irot/imir applied by libheif: the picture comes out upright
    options.p->convert_hdr_to_8bit = 1;     // 10-bit HEIC (newer iPhones) to 8 bits
    // A small picture wanted (a stick's preview): the smallest thumbnail the phone stored that still
    // covers it is decoded instead of the photo (an iPhone's is 320 wide: ~30x less work).
    HeifPtr<heif_image_handle, FreeHandle> thumb;
    heif_item_id thumb_ids[4];
    const int thumbs = heif_image_handle_get_list_of_thumbnail_IDs(handle.p, thumb_ids, 4);
    for (int i = 0; i < thumbs; ++i) {
        HeifPtr<heif_image_handle, FreeHandle> t;
        if (heif_image_handle_get_thumbnail(handle.p, thumb_ids[i], &t.p).code != heif_error_Ok || !t.p) continue;
        const int tw = heif_image_handle_get_width(t.p), th = heif_image_handle_get_height(t.p);
        const bool covers = tw >= min_w && th >= min_h && tw <= w && th <= h;
        if (covers && CheckSize(tw, th, limits).empty() &&
            (!thumb.p || tw < heif_image_handle_get_width(thumb.p))) {
            std::swap(thumb.p, t.p);
        }
    }
    const heif_image_handle* source = thumb.p ? thumb.p : handle.p;
    out.from_thumbnail = thumb.p != nullptr;
    // A grid or overlay states its canvas size again in its own data, and libheif 1.15 checks that one
    // only per side against the limit: a 48x64 photo whose grid says 16384x12288 made it allocate
    // ~600 MB and spend 10 s. A true canvas is as large as declared, so the declared sides are the limit.
    heif_context_set_maximum_image_size_limit(
        ctx.p, std::max(heif_image_handle_get_ispe_width(source), heif_image_handle_get_ispe_height(source)) + 1);
    HeifPtr<heif_image, FreeImage> img;
    if (heif_error e = heif_decode_image(source, &img.p, heif_colorspace_RGB, heif_chroma_interleaved_RGBA, options.p);
        e.code != heif_error_Ok || !img.p) {
        if (e.subcode == heif_suberror_Security_limit_exceeded)
            return Fail("This HEIC photo could not be read: its picture is larger than the file says.");
        return Fail(HeifWhy(e));
    }
    const int iw = heif_image_get_width(img.p, heif_channel_interleaved);
    const int ih = heif_image_get_height(img.p, heif_channel_interleaved);
    int stride = 0;
    const std::uint8_t* plane = heif_image_get_plane_readonly(img.p, heif_channel_interleaved, &stride);
    if (!plane || heif_image_get_bits_per_pixel_range(img.p, heif_channel_interleaved) != 8 ||
        !CheckSize(iw, ih, limits).empty() || stride < iw * 4)
        return Fail("This HEIC photo could not be read: the decoder gave no usable picture.");
    RgbaImage rgba(iw, ih);
    for (int y = 0; y < ih; ++y)
        std::memcpy(rgba.At(0, y), plane + static_cast<size_t>(y) * static_cast<size_t>(stride), static_cast<size_t>(iw) * 4);
    FreeImage(img.p);  // libheif's copy goes before the scaling: one full-size picture at a time
    img.p = nullptr;
    out.image = ScaleToCover(std::move(rgba), min_w, min_h);
    DecodeResult r;
    r.photo = std::move(out);
    return r;
}

// --- WebP (libwebp; libwebpdemux for the EXIF chunk and animations) -------------

std::string WebpWhy(VP8StatusCode s) {
    std::string why;
    switch (s) {
        case VP8_STATUS_OUT_OF_MEMORY: why = "out of memory"; break;
        case VP8_STATUS_UNSUPPORTED_FEATURE: why = "it uses a feature the WebP decoder does not support"; break;
        case VP8_STATUS_NOT_ENOUGH_DATA: why = "the file is incomplete"; break;
        case VP8_STATUS_SUSPENDED:
        case VP8_STATUS_USER_ABORT: why = "decoding was interrupted"; break;
        default: why = "the file is damaged"; break;
    }
    return "This WebP picture could not be read: " + why + ".";
}

struct DemuxPtr {
    WebPDemuxer* p;
    ~DemuxPtr() { WebPDemuxDelete(p); }
};
struct AnimPtr {
    WebPAnimDecoder* p;
    ~AnimPtr() { WebPAnimDecoderDelete(p); }
};

DecodeResult DecodeWebp(std::string_view bytes, int min_w, int min_h, const DecodeLimits& limits) {
    const auto* data = reinterpret_cast<const std::uint8_t*>(bytes.data());
    WebPDecoderConfig config;
    if (!WebPInitDecoderConfig(&config)) return Fail("This WebP picture could not be read: the decoder could not start.");
    // The header only: sizes (the canvas, for an animation) checked before any pixel is decoded.
    if (VP8StatusCode s = WebPGetFeatures(data, bytes.size(), &config.input); s != VP8_STATUS_OK) return Fail(WebpWhy(s));
    if (std::string why = CheckSize(config.input.width, config.input.height, limits); !why.empty()) return Fail(why);

    // The whole container: a RIFF size that does not match the file, or a chunk
    // running past its end, is refused here (a partial file is not accepted).
    const WebPData whole{data, bytes.size()};
    DemuxPtr demux{WebPDemux(&whole)};
    if (!demux.p) return Fail("This WebP picture could not be read: the file is damaged or incomplete.");
    const int canvas_w = static_cast<int>(std::min<uint32_t>(WebPDemuxGetI(demux.p, WEBP_FF_CANVAS_WIDTH), 1u << 30));
    const int canvas_h = static_cast<int>(std::min<uint32_t>(WebPDemuxGetI(demux.p, WEBP_FF_CANVAS_HEIGHT), 1u << 30));
    if (std::string why = CheckSize(canvas_w, canvas_h, limits); !why.empty()) return Fail(why);

    DecodedPhoto out;
    out.source_width = canvas_w;
    out.source_height = canvas_h;
    WebPChunkIterator chunk;
    if (WebPDemuxGetChunk(demux.p, "EXIF", 1, &chunk)) {
        ReadExifTiff(std::string_view(reinterpret_cast<const char*>(chunk.chunk.bytes), chunk.chunk.size), out);
        WebPDemuxReleaseChunkIterator(&chunk);
    }

    RgbaImage img(canvas_w, canvas_h);
    if (config.input.has_animation) {
        // An animation (a sticker, a short clip): its first frame, as the canvas shows it.
        WebPAnimDecoderOptions anim_options;
        if (!WebPAnimDecoderOptionsInit(&anim_options))
            return Fail("This WebP picture could not be read: the decoder could not start.");
        anim_options.color_mode = MODE_RGBA;
        anim_options.use_threads = 0;
        AnimPtr anim{WebPAnimDecoderNew(&whole, &anim_options)};
        if (!anim.p) return Fail("This WebP animation could not be read: the file is damaged or incomplete.");
        WebPAnimInfo info;
        if (!WebPAnimDecoderGetInfo(anim.p, &info) || info.frame_count < 1 ||
            static_cast<int>(info.canvas_width) != canvas_w || static_cast<int>(info.canvas_height) != canvas_h)
            return Fail("This WebP animation could not be read: the file is damaged.");
        std::uint8_t* frame = nullptr;
        int timestamp = 0;
        if (!WebPAnimDecoderGetNext(anim.p, &frame, &timestamp) || !frame)
            return Fail("This WebP animation could not be read: its first picture is damaged or incomplete.");
        std::memcpy(img.pixels.data(), frame, img.pixels.size());
    } else {
        if (config.input.width != canvas_w || config.input.height != canvas_h)
            return Fail("This WebP picture could not be read: the file is damaged.");
        config.options.use_threads = 0;
        config.output.colorspace = MODE_RGBA;
        config.output.is_external_memory = 1;
        config.output.u.RGBA.rgba = img.pixels.data();
        config.output.u.RGBA.stride = canvas_w * 4;
        config.output.u.RGBA.size = img.pixels.size();
        const VP8StatusCode s = WebPDecode(data, bytes.size(), &config);
        WebPFreeDecBuffer(&config.output);  // (frees nothing with external memory, as the docs ask)
        if (s != VP8_STATUS_OK) return Fail(WebpWhy(s));
    }
    // Upright by the EXIF orientation, measured as the JPEG path does: the need before rotation.
    const int need_w = SwapsSides(out.orientation) ? min_h : min_w;
    const int need_h = SwapsSides(out.orientation) ? min_w : min_h;
    out.image = ApplyOrientation(ScaleToCover(std::move(img), need_w, need_h), out.orientation);
    DecodeResult r;
    r.photo = std::move(out);
    return r;
}

// The ISO base media file brands (the 'ftyp' box): HEIC/HEIF stills and sequences.
bool IsHeifBrand(std::string_view b) {
    return b == "heic" || b == "heix" || b == "hevc" || b == "hevx" || b == "heim" || b == "heis" || b == "hevm" ||
           b == "hevs";
}
bool IsAvifBrand(std::string_view b) { return b == "avif" || b == "avis"; }

}  // namespace

const char* const kNotAPhoto = "not a photo the kiosk can show (only JPEG, PNG, HEIC and WebP)";

PhotoFormat SniffFormat(std::string_view b) {
    if (b.size() >= 3 && static_cast<unsigned char>(b[0]) == 0xFF && static_cast<unsigned char>(b[1]) == 0xD8 &&
        static_cast<unsigned char>(b[2]) == 0xFF)
        return PhotoFormat::Jpeg;
    if (b.size() >= 8 && std::memcmp(b.data(), "\x89PNG\r\n\x1a\n", 8) == 0) return PhotoFormat::Png;
    if (b.size() >= 12 && b.substr(0, 4) == "RIFF" && b.substr(8, 4) == "WEBP") return PhotoFormat::Webp;
    // ISO BMFF: a first box 'ftyp' with the major brand, a minor version, then compatible brands.
    if (b.size() >= 16 && b.substr(4, 4) == "ftyp") {
        const std::string_view major = b.substr(8, 4);
        if (IsHeifBrand(major)) return PhotoFormat::Heif;
        if (IsAvifBrand(major)) return PhotoFormat::Avif;
        if (major == "mif1" || major == "msf1") {
            // The generic HEIF brands: what is inside is told by the compatible brands.
            const std::uint32_t box = (std::uint32_t{static_cast<unsigned char>(b[0])} << 24) |
                                      (std::uint32_t{static_cast<unsigned char>(b[1])} << 16) |
                                      (std::uint32_t{static_cast<unsigned char>(b[2])} << 8) |
                                      std::uint32_t{static_cast<unsigned char>(b[3])};
            const size_t end = std::min<size_t>(b.size(), std::min<std::uint32_t>(box, 4096));
            bool avif = false;
            for (size_t i = 16; i + 4 <= end; i += 4) {
                if (IsHeifBrand(b.substr(i, 4))) return PhotoFormat::Heif;
                avif = avif || IsAvifBrand(b.substr(i, 4));
            }
            return avif ? PhotoFormat::Avif : PhotoFormat::Heif;
        }
    }
    return PhotoFormat::Unknown;
}

DecodeResult DecodePhoto(std::string_view bytes, int min_w, int min_h, const DecodeLimits& limits, Fit fit) {
    if (bytes.empty()) return Fail("the file is empty");
    if (bytes.size() > limits.max_file_bytes) return Fail("the file is too large");
    switch (SniffFormat(bytes)) {
        // (HEIC and WebP decode whole and are scaled to cover: Within only saves work for JPEG's scaled decode.)
        case PhotoFormat::Jpeg: return DecodeJpeg(bytes, min_w, min_h, limits, fit);
        case PhotoFormat::Png: return DecodePng(bytes, limits);
        // libheif and libwebp are C libraries, but an allocation inside their C++
        // parts (libheif) may still throw: nothing gets past here.
        case PhotoFormat::Heif:
            try {
                return DecodeHeif(bytes, min_w, min_h, limits);
            } catch (const std::bad_alloc&) {
                return Fail("This HEIC photo could not be read: out of memory.");
            } catch (...) {
                return Fail("This HEIC photo could not be read: the decoder failed.");
            }
        case PhotoFormat::Webp:
            try {
                return DecodeWebp(bytes, min_w, min_h, limits);
            } catch (...) {
                return Fail("This WebP picture could not be read: out of memory.");
            }
        case PhotoFormat::Avif:
            return Fail("AVIF pictures are not supported (only JPEG, PNG, HEIC and WebP): save it as JPEG first");
        case PhotoFormat::Unknown: break;
    }
    return Fail(kNotAPhoto);
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

namespace kd::media {

RgbaImage LoadPhotoPreview(const std::string& path, int w, int h, const DecodeLimits& limits) {
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (!in) return {};
    const std::streamoff size = in.tellg();
    if (size <= 0 || static_cast<std::uint64_t>(size) > limits.max_file_bytes) return {};
    std::string bytes(static_cast<size_t>(size), '\0');
    in.seekg(0);
    if (!in.read(bytes.data(), size)) return {};
    DecodeResult r = DecodePhoto(bytes, w, h, limits);
    if (!r.photo) return {};
    // JPEG's 1/8 scale can leave 500x375 for 320x240: the texture need not be larger than asked.
    return ScaleToCover(std::move(r.photo->image), w, h);
}

}  // namespace kd::media
