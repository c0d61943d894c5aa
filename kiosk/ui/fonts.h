#pragma once
// Noto Sans for Latin and Cyrillic, with Noto Sans Arabic and Noto Sans
// Ethiopic merged in, at three sizes, plus what names need (glyph_plan.h). Pictograms are not glyphs here: they come
// from the pictogram atlas (pictogram_atlas.h).
#include <imgui.h>

#include <filesystem>
#include <string>

namespace kd::ui {

struct Fonts {
    ImFont* body = nullptr;   // 1 em: small labels
    ImFont* large = nullptr;  // 1.5 em: tile labels, titles
    ImFont* huge = nullptr;   // 2.4 em: the date, big confirmations
};

struct GlyphPlan;

std::filesystem::path DefaultFontDir();  // /usr/share/fonts/truetype/noto

// Arabic and Ethiopic letters look smaller than Latin ones at the same pixel
// size; these scales give the same role the same visible size in each script
// (measured: tests/ui/glyph_coverage_test.cpp compares their ink heights).
inline constexpr float kArabicScale = 1.5f, kEthiopicScale = 1.0f;

// Whether the kiosk's own fonts draw `c` whatever the data (the catalogs' scripts).
bool InBaseFonts(char32_t c);

// Adds the fonts to the atlas (not yet built) and sets the em; `plan` adds
// what the school typed in other scripts (glyph_plan.h). Throws
// std::runtime_error naming a missing font file.
Fonts LoadFonts(ImFontAtlas& atlas, float em, const GlyphPlan& plan, const std::filesystem::path& font_dir = DefaultFontDir());

// After the atlas is built: every glyph drawn as a solid block of its own
// size, so a screenshot shows where words are but not one letter of them (the
// pictogram test: what a parent who reads none of it sees). Pictograms stay.
void HideWords(ImFontAtlas& atlas);

}  // namespace kd::ui
