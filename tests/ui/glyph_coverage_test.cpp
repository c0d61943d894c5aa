// No tofu: every character of every translated string, as the kiosk will draw
// it (shaped, for right-to-left languages), has a glyph in the real font atlas.
#include "headless_kiosk.h"
#include "i18n/catalog.h"
#include "i18n/language_names.h"
#include "ui/widgets.h"

#include <imgui_internal.h>

#include <catch2/catch.hpp>

#include <filesystem>
#include <set>

using namespace kd;
using kd::test::HeadlessKiosk;

namespace {

// UTF-8 to code points; invalid bytes come out as U+FFFD, which fails the check.
std::vector<unsigned> CodePoints(std::string_view s) {
    std::vector<unsigned> out;
    for (size_t i = 0; i < s.size();) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
        if (len == 0 || i + len > s.size()) {
            out.push_back(0xFFFD);
            ++i;
            continue;
        }
        unsigned cp = len == 1 ? c : c & (0x7F >> len);
        for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        out.push_back(cp);
        i += len;
    }
    return out;
}

}  // namespace

TEST_CASE("every translated string can be drawn with the kiosk's fonts") {
    HeadlessKiosk k;
    i18n::Catalogs catalogs;
    REQUIRE(catalogs.LoadDir(std::filesystem::path(KLASDEUR_TEST_SHARE) / "locale").empty());
    // The atlas's fonts in the order LoadFonts adds them: body, large, huge (digits only).
    ImFont* body = ImGui::GetIO().Fonts->Fonts[0];
    ImFont* large = ImGui::GetIO().Fonts->Fonts[1];
    int checked = 0;
    for (const std::string& lang : catalogs.Languages()) {
        std::set<unsigned> missing;
        auto check = [&](std::string_view text) {
            for (unsigned cp : CodePoints(text)) {
                ++checked;
                if (cp == '\n') continue;
                if (cp == 0xFFFC) continue;  // a placeholder, filled with a value before drawing (i18n::FillPlaceholder)
                if (cp > 0xFFFF || !body->FindGlyphNoFallback(static_cast<ImWchar>(cp)) ||
                    !large->FindGlyphNoFallback(static_cast<ImWchar>(cp)))
                    missing.insert(cp);
            }
        };
        catalogs.For(lang).ForEach([&](std::string_view, std::string_view tr) { check(tr); });
        check(i18n::Endonym(lang));
        INFO(lang << ": " << missing.size() << " characters without a glyph, first U+" << std::hex
                  << (missing.empty() ? 0u : *missing.begin()));
        CHECK(missing.empty());
    }
    CHECK(checked > 500);
}

namespace {
// The mean height of the letters' ink in `font` (pixels).
float MeanInkHeight(ImFont* font, std::string_view letters) {
    float sum = 0;
    int n = 0;
    for (unsigned cp : CodePoints(letters)) {
        const ImFontGlyph* g = font->FindGlyphNoFallback(static_cast<ImWchar>(cp));
        if (!g || !g->Visible) continue;
        sum += g->Y1 - g->Y0;
        ++n;
    }
    return n ? sum / n : 0.0f;
}
}  // namespace

TEST_CASE("Arabic and Ethiopic letters look as large as Latin ones in the same role") {
    // The same sentences in each language, as drawn (Arabic shaped: joined
    // letters are lower than isolated ones): the letters' mean ink height.
    HeadlessKiosk k;
    i18n::Catalogs catalogs;
    REQUIRE(catalogs.LoadDir(std::filesystem::path(KLASDEUR_TEST_SHARE) / "locale").empty());
    auto letters_of = [&](const std::string& lang, unsigned lo, unsigned hi) {
        std::string out;
        catalogs.For(lang).ForEach([&](std::string_view, std::string_view tr) {
            for (unsigned cp : CodePoints(tr))
                if (cp >= lo && cp <= hi) {
                    char buf[5] = {};
                    out += ImTextCharToUtf8(buf, cp);
                }
        });
        return out;
    };
    const std::string latin = letters_of("nl", 'a', 'z'), arabic = letters_of("ar", 0xFB50, 0xFEFF),
                      ethiopic = letters_of("ti", 0x1200, 0x139F);
    REQUIRE(arabic.size() > 1000);
    for (ImFont* font : {ImGui::GetIO().Fonts->Fonts[0], ImGui::GetIO().Fonts->Fonts[1]}) {
        const float l = MeanInkHeight(font, latin), a = MeanInkHeight(font, arabic), e = MeanInkHeight(font, ethiopic);
        INFO("font " << font->FontSize << " px: Latin " << l << ", Arabic " << a << ", Ethiopic " << e);
        // At least as large, and not so much larger that lines collide.
        CHECK(a / l >= 0.95f);
        CHECK(a / l <= 1.25f);
        CHECK(e / l >= 0.95f);
        CHECK(e / l <= 1.25f);
    }
}
