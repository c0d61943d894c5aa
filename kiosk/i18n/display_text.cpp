#include "i18n/display_text.h"

#include "i18n/catalog.h"
#include "i18n/language_names.h"
#include "i18n/rtl_text.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <mutex>
#include <unordered_map>
#include <utility>

namespace kd::i18n {

namespace {
constexpr const char* kPlaceholder = "\xEF\xBF\xBC";  // U+FFFC

// The first "%s", "%d" or U+FFFC at or after `from`: where, and how many bytes.
std::pair<size_t, size_t> NextPlaceholder(std::string_view text, size_t from) {
    size_t at = std::string_view::npos, len = 0;
    for (std::string_view mark : {std::string_view("%s"), std::string_view("%d"), std::string_view(kPlaceholder)}) {
        const size_t found = text.find(mark, from);
        if (found < at) at = found, len = mark.size();
    }
    return {at, len};
}
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
    const auto [at, len] = NextPlaceholder(out, 0);
    if (at != std::string::npos) out.replace(at, len, value);
    return out;
}

std::string Format(const Catalog& tr, const Message& m) {
    if (m.Empty()) return {};
    const std::string_view text = tr.Tr(m.msgid);
    // U+FFFC marks a translation in display form (DisplayForm): a right-to-left
    // line in visual order, where the logically first placeholder is drawn last.
    const bool visual_rtl = text.find(kPlaceholder) != std::string_view::npos;
    const size_t n = m.args.size();
    std::string out;
    size_t from = 0;
    for (size_t i = 0; i < n; ++i) {
        const auto [at, len] = NextPlaceholder(text, from);
        if (at == std::string_view::npos) break;
        out.append(text.substr(from, at - from));
        out += DisplayForm(m.args[visual_rtl ? n - 1 - i : i], std::string());
        from = at + len;
    }
    out.append(text.substr(from));
    return out;
}

const std::string& TypedForDisplay(const std::string& typed) {
    static std::mutex mutex;
    static std::unordered_map<std::string, std::string> shown;  // never erased: references stay valid
    std::lock_guard lock(mutex);
    auto [it, fresh] = shown.try_emplace(typed);
    if (!fresh) return it->second;
    UErrorCode err = U_ZERO_ERROR;
    std::string composed = typed;
    if (const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(err); U_SUCCESS(err)) {
        const icu::UnicodeString out = nfc->normalize(icu::UnicodeString::fromUTF8(typed), err);
        if (U_SUCCESS(err)) composed.clear(), out.toUTF8String(composed);
    }
    // The paragraph's direction from its first strong letter (ShapeForDisplay's default).
    it->second = ContainsRightToLeft(composed) ? ShapeForDisplay(composed, false) : composed;
    return it->second;
}

}  // namespace kd::i18n
