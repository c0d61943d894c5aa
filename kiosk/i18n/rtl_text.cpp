#include "i18n/rtl_text.h"

#include <unicode/ubidi.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/ushape.h>
#include <unicode/ustring.h>

#include <memory>
#include <vector>

namespace kd::i18n {
namespace {

struct BidiCloser {
    void operator()(UBiDi* b) const { ubidi_close(b); }
};

// One paragraph (no '\n'): shape in logical order, then reorder.
icu::UnicodeString ShapeParagraph(const icu::UnicodeString& logical, bool rtl) {
    if (logical.isEmpty()) return logical;
    // Shaping first, on the logical string: the letters' joining depends on
    // their logical neighbours. GROW_SHRINK lets lam-alef become one ligature.
    UErrorCode err = U_ZERO_ERROR;
    const int32_t n = logical.length();
    std::vector<UChar> shaped(static_cast<size_t>(n) * 2 + 16);
    const int32_t len = u_shapeArabic(logical.getBuffer(), n, shaped.data(), static_cast<int32_t>(shaped.size()),
                                      U_SHAPE_LETTERS_SHAPE | U_SHAPE_TEXT_DIRECTION_LOGICAL | U_SHAPE_LENGTH_GROW_SHRINK,
                                      &err);
    if (U_FAILURE(err)) return logical;

    std::unique_ptr<UBiDi, BidiCloser> bidi(ubidi_openSized(len, 0, &err));
    if (U_FAILURE(err)) return logical;
    ubidi_setPara(bidi.get(), shaped.data(), len, rtl ? UBIDI_DEFAULT_RTL : UBIDI_DEFAULT_LTR, nullptr, &err);
    if (U_FAILURE(err)) return logical;
    std::vector<UChar> visual(static_cast<size_t>(len) + 16);
    const int32_t out = ubidi_writeReordered(bidi.get(), visual.data(), static_cast<int32_t>(visual.size()),
                                             UBIDI_DO_MIRRORING | UBIDI_REMOVE_BIDI_CONTROLS, &err);
    if (U_FAILURE(err)) return logical;
    return icu::UnicodeString(visual.data(), out);
}

}  // namespace

std::string ShapeForDisplay(std::string_view logical_utf8, bool rtl_paragraph) {
    // fromUTF8 replaces invalid bytes with U+FFFD.
    const icu::UnicodeString text = icu::UnicodeString::fromUTF8(icu::StringPiece(logical_utf8.data(),
                                                                                  static_cast<int32_t>(logical_utf8.size())));
    icu::UnicodeString result;
    int32_t start = 0;
    while (start <= text.length()) {
        int32_t end = text.indexOf(static_cast<UChar>('\n'), start);
        if (end < 0) end = text.length();
        result += ShapeParagraph(icu::UnicodeString(text, start, end - start), rtl_paragraph);
        if (end == text.length()) break;
        result += static_cast<UChar>('\n');
        start = end + 1;
    }
    std::string out;
    result.toUTF8String(out);
    return out;
}

bool ContainsRightToLeft(std::string_view utf8) {
    const icu::UnicodeString text =
        icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
    for (int32_t i = 0; i < text.length();) {
        const UChar32 c = text.char32At(i);
        const UCharDirection d = u_charDirection(c);
        if (d == U_RIGHT_TO_LEFT || d == U_RIGHT_TO_LEFT_ARABIC) return true;
        i += U16_LENGTH(c);
    }
    return false;
}

}  // namespace kd::i18n
