#include "media/emoji_rasterizer.h"

#include <ft2build.h>
#include FT_FREETYPE_H
#include <hb-ft.h>
#include <hb.h>

#include <algorithm>
#include <stdexcept>

namespace kd::media {

std::filesystem::path DefaultEmojiFont() { return "/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf"; }

struct EmojiRasterizer::Impl {
    FT_Library lib = nullptr;
    FT_Face face = nullptr;
    hb_font_t* font = nullptr;
    hb_buffer_t* buf = nullptr;
};

EmojiRasterizer::EmojiRasterizer(const std::filesystem::path& font_file) : m(std::make_unique<Impl>()) {
    if (FT_Init_FreeType(&m->lib) != 0) throw std::runtime_error("FreeType could not start");
    if (FT_New_Face(m->lib, font_file.c_str(), 0, &m->face) != 0) {
        FT_Done_FreeType(m->lib);
        throw std::runtime_error("cannot load the emoji font " + font_file.string() +
                                 " (Debian package fonts-noto-color-emoji)");
    }
    if (m->face->num_fixed_sizes < 1 || FT_Select_Size(m->face, 0) != 0) {
        FT_Done_Face(m->face);
        FT_Done_FreeType(m->lib);
        throw std::runtime_error(font_file.string() + " has no bitmap strike; expected Noto Color Emoji");
    }
    m->font = hb_ft_font_create_referenced(m->face);
    m->buf = hb_buffer_create();
}

EmojiRasterizer::~EmojiRasterizer() {
    hb_buffer_destroy(m->buf);
    hb_font_destroy(m->font);  // drops its reference to the face
    FT_Done_Face(m->face);
    FT_Done_FreeType(m->lib);
}

RgbaImage EmojiRasterizer::RenderNative(std::string_view utf8) {
    hb_buffer_clear_contents(m->buf);
    hb_buffer_add_utf8(m->buf, utf8.data(), static_cast<int>(utf8.size()), 0, static_cast<int>(utf8.size()));
    hb_buffer_guess_segment_properties(m->buf);
    hb_shape(m->font, m->buf, nullptr, 0);
    unsigned count = 0;
    const hb_glyph_info_t* info = hb_buffer_get_glyph_infos(m->buf, &count);
    // A sequence the font knows shapes to one glyph; take the first real one.
    unsigned glyph = 0;
    for (unsigned i = 0; i < count && glyph == 0; ++i) glyph = info[i].codepoint;
    if (glyph == 0) return {};
    if (FT_Load_Glyph(m->face, glyph, FT_LOAD_COLOR) != 0) return {};
    const FT_Bitmap& bm = m->face->glyph->bitmap;
    if (bm.pixel_mode != FT_PIXEL_MODE_BGRA || bm.width == 0 || bm.rows == 0) return {};

    // BGRA premultiplied -> RGBA straight.
    RgbaImage src(static_cast<int>(bm.width), static_cast<int>(bm.rows));
    for (int y = 0; y < src.height; ++y) {
        const unsigned char* row = bm.buffer + static_cast<long>(y) * bm.pitch;
        for (int x = 0; x < src.width; ++x) {
            const unsigned char* p = row + x * 4;
            std::uint8_t* o = src.At(x, y);
            const int a = p[3];
            if (a == 255 || a == 0) {  // most pixels: nothing to undo
                o[0] = p[2];
                o[1] = p[1];
                o[2] = p[0];
            } else {
                o[0] = static_cast<std::uint8_t>(std::min(255, p[2] * 255 / a));
                o[1] = static_cast<std::uint8_t>(std::min(255, p[1] * 255 / a));
                o[2] = static_cast<std::uint8_t>(std::min(255, p[0] * 255 / a));
            }
            o[3] = static_cast<std::uint8_t>(a);
        }
    }
    return src;
}

RgbaImage EmojiRasterizer::Render(std::string_view utf8, int size) {
    const RgbaImage src = RenderNative(utf8);
    if (src.Empty()) return {};
    // Fit into the square, centred.
    const double s = std::min(static_cast<double>(size) / src.width, static_cast<double>(size) / src.height);
    const int w = std::max(1, static_cast<int>(src.width * s + 0.5));
    const int h = std::max(1, static_cast<int>(src.height * s + 0.5));
    const RgbaImage scaled = Resize(src, w, h);
    RgbaImage out(size, size);
    for (int y = 0; y < h; ++y)
        std::copy_n(scaled.At(0, y), static_cast<size_t>(w) * 4, out.At((size - w) / 2, (size - h) / 2 + y));
    return out;
}

}  // namespace kd::media
