#pragma once
// Noto Sans for Latin and Cyrillic, with Noto Sans Arabic and Noto Sans
// Ethiopic merged in, at three sizes. Pictograms are not glyphs here: they come
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

std::filesystem::path DefaultFontDir();  // /usr/share/fonts/truetype/noto

// Adds the fonts to the atlas (not yet built) and sets the em. Throws
// std::runtime_error naming a missing font file.
Fonts LoadFonts(ImFontAtlas& atlas, float em, const std::filesystem::path& font_dir = DefaultFontDir());

}  // namespace kd::ui
