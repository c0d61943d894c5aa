#include "ui/fonts.h"

#include "ui/sizes.h"

#include <imgui_freetype.h>

#include <stdexcept>

namespace kd::ui {
namespace {

// Latin with the letters of Polish, Turkish, Romanian (ș ț), plus Cyrillic and
// general punctuation (ICU puts U+202F into some dates).
constexpr ImWchar kLatinCyrillic[] = {
    0x0020, 0x00FF,  // Basic Latin, Latin-1
    0x0100, 0x017F,  // Latin Extended-A: Polish, Turkish, Czech, ...
    0x0218, 0x021B,  // Romanian comma-below letters
    0x02C6, 0x02DD,  // spacing accents
    0x0400, 0x04FF,  // Cyrillic: Ukrainian, Russian, Bulgarian
    0x2000, 0x206F,  // general punctuation, narrow no-break space (ICU dates)
    0x20AC, 0x20AC,  // euro
    0x2190, 0x2199,  // arrows
    0,
};
// Arabic with the presentation forms ICU's shaping produces: Forms-B for Arabic
// letters, the start of Forms-A for Persian and Pashto letters (پ چ ژ گ ک ی).
// The ligature block FC00-FDFF is left out: the shaper does not emit it.
constexpr ImWchar kArabic[] = {0x0600, 0x06FF, 0x0750, 0x077F, 0xFB50, 0xFBFF, 0xFE70, 0xFEFF, 0};
constexpr ImWchar kEthiopic[] = {0x1200, 0x139F, 0x2D80, 0x2DDF, 0};
// The huge size shows digits and short Latin words only (the countdown).
constexpr ImWchar kDigits[] = {0x0020, 0x007E, 0};

ImFont* AddMerged(ImFontAtlas& atlas, const std::filesystem::path& dir, float px, bool all_scripts) {
    auto file = [&](const char* name) {
        const auto p = dir / name;
        if (!std::filesystem::exists(p))
            throw std::runtime_error("font " + p.string() + " is missing (Debian package fonts-noto-core)");
        return p.string();
    };
    ImFontConfig base;
    base.OversampleH = 1;  // large sizes need no horizontal oversampling; keeps the atlas small
    base.OversampleV = 1;
    base.PixelSnapH = true;
    ImFont* f = atlas.AddFontFromFileTTF(file("NotoSans-Regular.ttf").c_str(), px, &base,
                                         all_scripts ? kLatinCyrillic : kDigits);
    if (!all_scripts) return f;
    ImFontConfig merge = base;
    merge.MergeMode = true;
    // Arabic letters are small beside Latin ones at the same size: a third larger reads alike.
    ImFontConfig arabic = merge;
    arabic.GlyphOffset = ImVec2(0, -px * 0.14f);
    atlas.AddFontFromFileTTF(file("NotoSansArabic-Regular.ttf").c_str(), px * 1.3f, &arabic, kArabic);
    atlas.AddFontFromFileTTF(file("NotoSansEthiopic-Regular.ttf").c_str(), px, &merge, kEthiopic);
    return f;
}

}  // namespace

std::filesystem::path DefaultFontDir() { return "/usr/share/fonts/truetype/noto"; }

Fonts LoadFonts(ImFontAtlas& atlas, float em, const std::filesystem::path& font_dir) {
    SetEm(em);
    // FreeType rasterizes faster than stb_truetype and hints small sizes better.
    atlas.FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
    atlas.FontBuilderFlags = ImGuiFreeTypeBuilderFlags_LightHinting;
    Fonts f;
    f.body = AddMerged(atlas, font_dir, em, true);
    f.large = AddMerged(atlas, font_dir, em * 1.5f, true);
    f.huge = AddMerged(atlas, font_dir, em * 2.4f, false);
    return f;
}

void HideWords(ImFontAtlas& atlas) {
    const ImVec2 white = atlas.TexUvWhitePixel;
    for (ImFont* font : atlas.Fonts)
        for (ImFontGlyph& g : font->Glyphs) {
            if (!g.Visible) continue;
            // A block a little lower than the glyph box, so lines stay apart.
            const float pad = (g.Y1 - g.Y0) * 0.12f;
            g.Y0 += pad;
            g.Y1 -= pad;
            g.U0 = g.U1 = white.x;
            g.V0 = g.V1 = white.y;
        }
}

}  // namespace kd::ui
