#include "i18n/language_names.h"

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace kd::i18n {

std::string Endonym(const std::string& lang) {
    const icu::Locale loc(lang.c_str());
    icu::UnicodeString name;
    loc.getDisplayName(loc, name);
    if (name.isEmpty()) return lang;
    // Capitalise the first letter where the script has case ("français" -> "Français").
    const UChar32 first = name.char32At(0);
    const UChar32 title = u_totitle(first);
    if (title != first) name.replace(0, U16_LENGTH(first), title);
    std::string out;
    name.toUTF8String(out);
    return out;
}

bool IsRightToLeft(const std::string& lang) { return icu::Locale(lang.c_str()).isRightToLeft(); }

}  // namespace kd::i18n
