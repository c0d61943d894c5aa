#pragma once
// Right-to-left text for a renderer that draws glyphs left to right, one per
// code point, without shaping (Dear ImGui). Called once per string when a
// catalog loads or a date is formatted, never per frame.
#include <string>
#include <string_view>

namespace kd::i18n {

// The display form of one logical-order UTF-8 string: Arabic letters shaped
// into their presentation forms (ICU u_shapeArabic, lam-alef ligatures
// included), then the line reordered into visual order (ICU ubidi, with the
// paragraph right to left when rtl_paragraph, brackets mirrored, bidi controls
// removed), so a Latin name or digits inside an Arabic sentence keep their own
// left-to-right order. Lines split at '\n' are separate paragraphs and keep
// their order. Invalid UTF-8 never throws: bad bytes become U+FFFD.
std::string ShapeForDisplay(std::string_view logical_utf8, bool rtl_paragraph);

// Whether the text holds any right-to-left letter (Arabic or Hebrew script).
bool ContainsRightToLeft(std::string_view utf8);

}  // namespace kd::i18n
