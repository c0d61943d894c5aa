#include "i18n/display_text.h"

#include "i18n/language_names.h"
#include "i18n/rtl_text.h"

namespace kd::i18n {

std::string DisplayForm(std::string_view text, const std::string& lang) {
    const bool rtl = IsRightToLeft(lang);
    // A Latin name in a right-to-left kiosk, or Arabic in a left-to-right one,
    // still needs its own order; plain left-to-right text is left alone.
    if (!rtl && !ContainsRightToLeft(text)) return std::string(text);
    return ShapeForDisplay(text, rtl);
}

}  // namespace kd::i18n
