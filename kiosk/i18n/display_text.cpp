#include "i18n/display_text.h"

#include "i18n/language_names.h"
#include "i18n/rtl_text.h"

namespace kd::i18n {

namespace {
constexpr const char* kPlaceholder = "\xEF\xBF\xBC";  // U+FFFC
}  // namespace

std::string DisplayForm(std::string_view text, const std::string& lang) {
    const bool rtl = IsRightToLeft(lang);
    // A Latin name in a right-to-left kiosk, or Arabic in a left-to-right one,
    // still needs its own order; plain left-to-right text is left alone.
    if (!rtl && !ContainsRightToLeft(text)) return std::string(text);
    std::string held(text);
    for (const char* mark : {"%s", "%d"})
        for (size_t at = held.find(mark); at != std::string::npos; at = held.find(mark, at))
            held.replace(at, 2, kPlaceholder);
    return ShapeForDisplay(held, rtl);
}

std::string FillPlaceholder(std::string_view displayed, std::string_view value) {
    std::string out(displayed);
    size_t at = std::string::npos, len = 0;
    for (std::string_view mark : {std::string_view("%s"), std::string_view("%d"), std::string_view(kPlaceholder)}) {
        const size_t found = out.find(mark);
        if (found < at) at = found, len = mark.size();
    }
    if (at != std::string::npos) out.replace(at, len, value);
    return out;
}

}  // namespace kd::i18n
