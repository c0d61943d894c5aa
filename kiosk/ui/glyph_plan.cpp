#include "ui/glyph_plan.h"

#include "ui/fonts.h"

#include <ft2build.h>
#include FT_FREETYPE_H
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <cstdio>
#include <map>
#include <memory>

namespace kd::ui {
namespace {

struct FontFile {
    const char* name;
    int face;
};

// The Noto family for a script Dear ImGui draws right without complex shaping
// (one glyph per code point, left to right; ICU already shaped Arabic and
// ordered right-to-left lines). Null: not drawable (Devanagari, Thai, Khmer,
// ... need a shaper to place their marks and conjuncts).
const FontFile* FontFor(UScriptCode script) {
    static const FontFile sans{"NotoSans-Regular.ttf", 0}, hebrew{"NotoSansHebrew-Regular.ttf", 0},
        armenian{"NotoSansArmenian-Regular.ttf", 0}, georgian{"NotoSansGeorgian-Regular.ttf", 0},
        tifinagh{"NotoSansTifinagh-Regular.ttf", 0}, cherokee{"NotoSansCherokee-Regular.ttf", 0},
        ethiopic{"NotoSansEthiopic-Regular.ttf", 0}, arabic{"NotoSansArabic-Regular.ttf", 0},
        cjk{"NotoSansCJK-Regular.ttc", 2};  // face 2: Simplified Chinese; Japanese and Korean share its glyphs
    switch (script) {
        case USCRIPT_LATIN: case USCRIPT_GREEK: case USCRIPT_CYRILLIC: case USCRIPT_COMMON: case USCRIPT_INHERITED:
            return &sans;
        case USCRIPT_HEBREW: return &hebrew;
        case USCRIPT_ARMENIAN: return &armenian;
        case USCRIPT_GEORGIAN: return &georgian;
        case USCRIPT_TIFINAGH: return &tifinagh;
        case USCRIPT_CHEROKEE: return &cherokee;
        case USCRIPT_ETHIOPIC: return &ethiopic;
        case USCRIPT_ARABIC: return &arabic;
        case USCRIPT_HAN: case USCRIPT_HIRAGANA: case USCRIPT_KATAKANA: case USCRIPT_HANGUL: case USCRIPT_BOPOMOFO:
            return &cjk;
        default: return nullptr;
    }
}

struct FtLibrary {
    FT_Library lib = nullptr;
    FtLibrary() { FT_Init_FreeType(&lib); }
    ~FtLibrary() { if (lib) FT_Done_FreeType(lib); }
};

// Opened faces for one plan, keyed by file.
class Faces {
public:
    explicit Faces(std::vector<std::filesystem::path> dirs) : m_dirs(std::move(dirs)) {}
    ~Faces() {
        for (auto& [_, f] : m_open)
            if (f.face) FT_Done_Face(f.face);
    }
    // The file, if it exists and has a glyph for `c`.
    const std::filesystem::path* Draws(const FontFile& file, char32_t c) {
        auto [it, fresh] = m_open.try_emplace(file.name);
        if (fresh && m_ft.lib) {
            for (const auto& dir : m_dirs) {
                const auto p = dir / file.name;
                if (!std::filesystem::exists(p)) continue;
                if (FT_New_Face(m_ft.lib, p.c_str(), file.face, &it->second.face) == 0) it->second.path = p;
                break;
            }
        }
        const Open& f = it->second;
        return f.face && FT_Get_Char_Index(f.face, c) != 0 ? &f.path : nullptr;
    }

private:
    struct Open {
        FT_Face face = nullptr;
        std::filesystem::path path;
    };
    FtLibrary m_ft;
    std::vector<std::filesystem::path> m_dirs;
    std::map<std::string, Open> m_open;
};

}  // namespace

std::set<char32_t> CodePointsOf(std::string_view utf8) {
    std::set<char32_t> out;
    const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
    const int32_t n = static_cast<int32_t>(utf8.size());
    for (int32_t i = 0; i < n;) {
        UChar32 c = 0;
        U8_NEXT(s, i, n, c);
        out.insert(c < 0 ? 0xFFFD : static_cast<char32_t>(c));
    }
    return out;
}

GlyphPlan PlanGlyphs(const std::set<char32_t>& wanted, const std::vector<std::filesystem::path>& font_dirs) {
    Faces faces(font_dirs.empty() ? std::vector<std::filesystem::path>{DefaultFontDir(), "/usr/share/fonts/opentype/noto"}
                                  : font_dirs);
    GlyphPlan plan;
    std::map<std::string, size_t> index;  // file -> its place in plan.extra
    for (const char32_t c : wanted) {
        if (c < 0x20 || c == 0xFEFF || (c >= 0x200B && c <= 0x200F) || InBaseFonts(c)) continue;  // controls, or drawn already
        // ImGui keys glyphs by 16-bit code points here: beyond the BMP is undrawable.
        UErrorCode err = U_ZERO_ERROR;
        const UScriptCode script = uscript_getScript(static_cast<UChar32>(c), &err);
        const FontFile* file = c <= 0xFFFF && U_SUCCESS(err) ? FontFor(script) : nullptr;
        const std::filesystem::path* path = file ? faces.Draws(*file, c) : nullptr;
        if (!path) {
            plan.undrawable.push_back(c);
            continue;
        }
        auto [at, fresh] = index.try_emplace(path->string(), plan.extra.size());
        if (fresh) plan.extra.push_back(ExtraFont{*path, file->face, {}});
        plan.extra[at->second].chars.push_back(c);
    }
    return plan;
}

std::vector<char32_t> UndrawableIn(std::string_view text) { return PlanGlyphs(CodePointsOf(text)).undrawable; }

std::string DescribeChar(char32_t c) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "U+%04X ", static_cast<unsigned>(c));
    std::string out = buf;
    char utf8[5] = {};
    int32_t n = 0;
    UBool error = false;
    U8_APPEND(reinterpret_cast<uint8_t*>(utf8), n, 4, static_cast<UChar32>(c), error);
    if (!error) out.append(utf8, static_cast<size_t>(n));
    return out;
}

}  // namespace kd::ui
