#pragma once
// What the UI draws for a string in a language: for a right-to-left language,
// Arabic letters shaped and the line in visual order (Dear ImGui draws glyphs
// left to right, one per code point); any other text unchanged. Done once, when
// a catalog loads or a date is formatted, never per frame.
#include <string>
#include <string_view>

namespace kd::i18n {

std::string DisplayForm(std::string_view text, const std::string& lang);

}  // namespace kd::i18n
