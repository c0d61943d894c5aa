#pragma once
// Which fonts draw what a school types (names, class names, event titles) in
// scripts beyond the catalogs' own: Greek, Vietnamese, Hebrew, Chinese, ...
// The atlas gets exactly those code points, from Debian's Noto families, so a
// whole CJK font is opened only when a name needs it. A script Dear ImGui
// cannot draw right (one that needs complex shaping: Devanagari, Thai, ...)
// or that no installed font has is "undrawable": such a name is refused when
// it is typed, never shown as "?".
#include <filesystem>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace kd::ui {

// The code points of UTF-8 text (invalid bytes give U+FFFD).
std::set<char32_t> CodePointsOf(std::string_view utf8);

struct ExtraFont {
    std::filesystem::path file;
    int face = 0;                 // the face in a collection (.ttc)
    std::vector<char32_t> chars;  // what it draws for this data
};

struct GlyphPlan {
    std::vector<ExtraFont> extra;
    std::vector<char32_t> undrawable;
};

// The fonts for `wanted` beyond the base fonts. `font_dirs`: where Debian puts Noto.
GlyphPlan PlanGlyphs(const std::set<char32_t>& wanted, const std::vector<std::filesystem::path>& font_dirs = {});

// The characters of `text` the kiosk cannot draw (empty: fine). For refusing a name as it is typed.
std::vector<char32_t> UndrawableIn(std::string_view text);

// "U+0915 क" for a message naming what cannot be drawn.
std::string DescribeChar(char32_t c);

}  // namespace kd::ui
