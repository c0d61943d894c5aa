#include "ui/fonts.h"

#include "ui/glyph_plan.h"
#include "ui/sizes.h"

#include <imgui_freetype.h>

#include <deque>
#include <stdexcept>

namespace kd::ui {
namespace {

// Latin with the letters of Polish, Turkish, Romanian (ș ț), plus Cyrillic and
// general punctuation (ICU puts U+202F into some dates).
constexpr ImWchar kLatinCyrillic[] = {
    0x0020, 0x00FF,  // Basic Latin, Latin-1
    0x0100, 0x017F,  // Latin Extended-A: Polish, Turkish, Czech, ...
    0x0218, 0x021B,  // Romanian comma-below letters
    0x02B0, 0x02FF,  // spacing modifiers: the Ukrainian apostrophe U+02BC (ICU's "пʼятниця"), accents
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

// Glyph ranges must outlive the atlas build: kept here, for the process.
std::deque<std::vector<ImWchar>> g_extra_ranges;

const ImWchar* RangesOf(const std::vector<char32_t>& chars) {
    std::vector<ImWchar>& r = g_extra_ranges.emplace_back();
    for (const char32_t c : chars) {
        const auto w = static_cast<ImWchar>(c);
        if (!r.empty() && r.back() + 1 == w) r.back() = w;
        else r.insert(r.end(), {w, w});
    }
    r.push_back(0);
    return r.data();
}

ImFont* AddMerged(ImFontAtlas& atlas, const std::filesystem::path& dir, float px, bool all_scripts,
                  const GlyphPlan& plan) {
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
    atlas.AddFontFromFileTTF(file("NotoSansArabic-Regular.ttf").c_str(), px * kArabicScale, &arabic, kArabic);
    atlas.AddFontFromFileTTF(file("NotoSansEthiopic-Regular.ttf").c_str(), px * kEthiopicScale, &merge, kEthiopic);
    // What the school typed in other scripts: only those characters, from their Noto family.
    for (const ExtraFont& extra : plan.extra) {
        ImFontConfig more = merge;
        more.FontNo = extra.face;
        const bool is_arabic = extra.file.filename() == "NotoSansArabic-Regular.ttf";
        if (is_arabic) more.GlyphOffset = arabic.GlyphOffset;
        atlas.AddFontFromFileTTF(extra.file.c_str(), is_arabic ? px * kArabicScale : px, &more, RangesOf(extra.chars));
    }
    return f;
}

}  // namespace

std::filesystem::path DefaultFontDir() { return "/usr/share/fonts/truetype/noto"; }

bool InBaseFonts(char32_t c) {
    for (const ImWchar* ranges : {kLatinCyrillic, kArabic, kEthiopic})
        for (const ImWchar* r = ranges; r[0]; r += 2)
            if (c >= r[0] && c <= r[1]) return true;
    return false;
}

Fonts LoadFonts(ImFontAtlas& atlas, float em, const GlyphPlan& plan, const std::filesystem::path& font_dir) {
    SetEm(em);
    // FreeType rasterizes faster than stb_truetype and hints small sizes better.
    atlas.FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
    atlas.FontBuilderFlags = ImGuiFreeTypeBuilderFlags_LightHinting;
    Fonts f;
    f.body = AddMerged(atlas, font_dir, em, true, plan);
    f.large = AddMerged(atlas, font_dir, em * 1.5f, true, plan);
    f.huge = AddMerged(atlas, font_dir, em * 2.4f, false, plan);
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
