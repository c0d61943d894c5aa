// Writes a small HEIC the way libheif-based producers do (and as an iPhone
// stores a photo): the pixels as the sensor saw them, an irot/imir transform
// for the display, and optionally an Exif block. Used once by make_fixtures.sh;
// its output is committed, so neither CI nor the kiosk needs an encoder.
//
// usage: make_heic OUT.heic ORIENTATION(1..8) [EXIF_TIFF_FILE]
// The picture: 64x48, four corners of distinct colours (top left red, top
// right green, bottom left blue, bottom right yellow) on grey.
#include <libheif/heif.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>

static void Check(heif_error e, const char* what) {
    if (e.code != heif_error_Ok) {
        std::fprintf(stderr, "make_heic: %s: %s\n", what, e.message);
        std::exit(1);
    }
}

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: make_heic OUT.heic ORIENTATION [EXIF_TIFF_FILE]\n");
        return 2;
    }
    const int orientation = std::atoi(argv[2]);
    const int w = 64, h = 48, block = 16;
    heif_image* img = nullptr;
    Check(heif_image_create(w, h, heif_colorspace_RGB, heif_chroma_interleaved_RGB, &img), "create");
    Check(heif_image_add_plane(img, heif_channel_interleaved, w, h, 8), "plane");
    int stride = 0;
    uint8_t* p = heif_image_get_plane(img, heif_channel_interleaved, &stride);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            uint8_t c[3] = {128, 128, 128};
            const bool left = x < block, right = x >= w - block, top = y < block, bottom = y >= h - block;
            if (top && left) c[0] = 255, c[1] = 0, c[2] = 0;
            if (top && right) c[0] = 0, c[1] = 255, c[2] = 0;
            if (bottom && left) c[0] = 0, c[1] = 0, c[2] = 255;
            if (bottom && right) c[0] = 255, c[1] = 255, c[2] = 0;
            for (int k = 0; k < 3; ++k) p[y * stride + x * 3 + k] = c[k];
        }
    heif_context* ctx = heif_context_alloc();
    heif_encoder* enc = nullptr;
    Check(heif_context_get_encoder_for_format(ctx, heif_compression_HEVC, &enc), "HEVC encoder");
    heif_encoder_set_lossy_quality(enc, 90);
    heif_encoding_options* opt = heif_encoding_options_alloc();
    opt->image_orientation = static_cast<heif_orientation>(orientation);
    heif_image_handle* handle = nullptr;
    Check(heif_context_encode_image(ctx, img, enc, opt, &handle), "encode");
    if (argc > 3) {
        std::ifstream in(argv[3], std::ios::binary);
        const std::string exif((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        Check(heif_context_add_exif_metadata(ctx, handle, exif.data(), static_cast<int>(exif.size())), "exif");
    }
    Check(heif_context_write_to_file(ctx, argv[1]), "write");
    heif_image_handle_release(handle);
    heif_encoding_options_free(opt);
    heif_encoder_release(enc);
    heif_image_release(img);
    heif_context_free(ctx);
    return 0;
}
