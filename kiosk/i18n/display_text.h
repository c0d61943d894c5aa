#pragma once
// What the UI draws for a string in a language: for a right-to-left language,
// Arabic letters shaped and the line in visual order (Dear ImGui draws glyphs
// left to right, one per code point); any other text unchanged. Done once, when
// a catalog loads or a date is formatted, never per frame.
#include "domain/message.h"

#include <string>
#include <string_view>

namespace kd::i18n {

class Catalog;

// A printf-style "%s" or "%d" in a right-to-left text becomes one U+FFFC
// (OBJECT REPLACEMENT CHARACTER) before reordering, so it stays whole where the
// translator put it instead of turning into "s%".
std::string DisplayForm(std::string_view text, const std::string& lang);

// `displayed` (a translation in display form) with `value` in place of its
// first "%s", "%d" or U+FFFC. Values are numbers, dates and paths: left to right.
std::string FillPlaceholder(std::string_view displayed, std::string_view value);

// A message in the catalog's language, ready to draw: the translation with the
// values in place of its placeholders (a value in a right-to-left script put in
// display form too). In a right-to-left line the first value is the rightmost
// placeholder. Empty for an empty message.
std::string Format(const Catalog& tr, const Message& m);

// Text a school typed (a name, an event title), ready to draw: composed
// (NFC) and, if it holds right-to-left letters, shaped and in visual order in
// its own direction (a name is its own paragraph, whatever the kiosk's
// language: "يوسف" in a Dutch kiosk, "Lucas" in an Arabic one). Worked out
// once per distinct text and kept (a school has a few thousand at most), so
// screens may call it every frame.
const std::string& TypedForDisplay(const std::string& typed);

}  // namespace kd::i18n
