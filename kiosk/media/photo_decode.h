#pragma once
// Decoding a photo file safely and fast. JPEG through libjpeg-turbo, decoded
// straight at the smallest scale (1/8 .. 1) that still covers the size needed;
// PNG through a private, PNG-only build of stb_image; HEIC/HEIF (iPhones)
// through libheif (HEVC by libde265) and WebP (Android, messengers) through
// libwebp, both decoded whole and then scaled down to cover the size needed.
// Dimensions and file size are checked before any pixel is decoded (no
// decompression bombs), and the photo comes out upright: JPEG and WebP by their
// EXIF orientation (libexif), HEIC by its own irot/imir transforms, which
// libheif applies (its Exif orientation is then not applied again: iPhones
// write both, and in HEIF the transforms win). An animated WebP gives its first
// frame; AVIF is refused with a reason.
#include "media/image.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kd::media {

struct DecodeLimits {
    std::uint64_t max_file_bytes = 40ull << 20;  // 40 MiB: far above any phone photo
    int max_side = 16384;                        // pixels per side
    std::uint64_t max_pixels = 60'000'000;       // ~60 MP
};

struct DecodedPhoto {
    RgbaImage image;                 // upright, at least min_w x min_h where the source allows
    int source_width = 0, source_height = 0;  // as stored, before any turn (HEIC: as shown, libheif turned it)
    int orientation = 1;             // EXIF 1..8 as found (1: none); for HEIC only as found, see above
    std::optional<std::string> taken;  // EXIF DateTimeOriginal, "YYYY:MM:DD HH:MM:SS" (camera wall time)
    bool from_thumbnail = false;     // HEIC: the file's own small copy covered the size asked for, and was used
};

struct DecodeResult {
    std::optional<DecodedPhoto> photo;
    std::string error;  // why not, in words for the person importing
};

// By the first bytes: JPEG, PNG, WebP ("RIFF....WEBP"), HEIF (an 'ftyp' box with
// brand heic, heix, hevc, heim, heis, ..., or mif1/msf1 without an AVIF brand),
// AVIF (brand avif/avis: recognised, refused).
enum class PhotoFormat { Jpeg, Png, Heif, Webp, Avif, Unknown };
PhotoFormat SniffFormat(std::string_view bytes);

// The reason given for a file that is none of the formats above.
extern const char* const kNotAPhoto;

// What the size asked for means. Cover: the result covers w x h after orientation
// (a grid cell, cropped to fill). Within: the result holds at least the detail of
// the picture fitted within w x h (the screen image: an upright photo fitted into
// 1600x1200 is 900x1200, so a 4000x3000 one decodes at 3/8, not at 5/8).
enum class Fit { Cover, Within };
// Decodes `bytes` so that the result meets w x h as `fit` says (smaller sources
// stay their size). Never throws, never crashes on any input.
DecodeResult DecodePhoto(std::string_view bytes, int min_w, int min_h, const DecodeLimits& limits = {},
                         Fit fit = Fit::Cover);

// The EXIF orientation (1..8) applied to an image: rotate and/or mirror.
RgbaImage ApplyOrientation(RgbaImage img, int orientation);

// JPEG encoding through libjpeg-turbo (quality 1..100). Empty on failure.
std::string EncodeJpeg(const RgbaImage& img, int quality);

// Decodes a photo file whole (the kiosk's own thumbnails and screen images are JPEG or PNG).
RgbaImage LoadImageFile(const std::string& path);
// A small upright picture of a photo file (a stick's picker): at least w x h where the photo allows,
// no larger than needed to cover it. Empty when the file cannot be read or decoded.
RgbaImage LoadPhotoPreview(const std::string& path, int w, int h, const DecodeLimits& limits = {});

}  // namespace kd::media
