#include "i18n/display_text.h"

#include "i18n/language_names.h"
#if __has_include("i18n/rtl_text.h")  // TEMPORARY until the shaping module lands
#include "i18n/rtl_text.h"
#define KD_HAVE_RTL 1
#endif

namespace kd::i18n {

std::string DisplayForm(std::string_view text, const std::string& lang) {
#ifndef KD_HAVE_RTL
    return std::string(text);
#else
    const bool rtl = IsRightToLeft(lang);
    // A Latin name in a right-to-left kiosk, or Arabic in a left-to-right one,
    // still needs its own order; plain left-to-right text is left alone.
    if (!rtl && !ContainsRightToLeft(text)) return std::string(text);
    return ShapeForDisplay(text, rtl);
#endif
}

}  // namespace kd::i18n
