#include "ui/fonts.h"

#include "ui/sizes.h"

#include <stdexcept>

namespace kd::ui {
namespace {

// Latin with the letters of Polish, Turkish, Romanian (ș ț), plus Cyrillic and
// general punctuation (ICU puts U+202F into some dates).
constexpr ImWchar kLatinCyrillic[] = {
    0x0020, 0x00FF, 0x0100, 0x017F, 0x0180, 0x024F, 0x0300, 0x036F, 0x0400, 0x052F,
    0x1E00, 0x1EFF, 0x2000, 0x206F, 0x20AC, 0x20AC, 0x2190, 0x21FF, 0x2713, 0x2717, 0,
};
// Arabic with its presentation forms: the shaped letters ICU produces.
constexpr ImWchar kArabic[] = {0x0600, 0x06FF, 0x0750, 0x077F, 0xFB50, 0xFDFF, 0xFE70, 0xFEFF, 0};
constexpr ImWchar kEthiopic[] = {0x1200, 0x139F, 0x2D80, 0x2DDF, 0};

ImFont* AddMerged(ImFontAtlas& atlas, const std::filesystem::path& dir, float px) {
    auto file = [&](const char* name) {
        const auto p = dir / name;
        if (!std::filesystem::exists(p))
            throw std::runtime_error("font " + p.string() + " is missing (Debian package fonts-noto-core)");
        return p.string();
    };
    ImFontConfig base;
    base.OversampleH = 1;  // large sizes need no horizontal oversampling; keeps the atlas small
    base.OversampleV = 1;
    base.PixelSnapH = true;
    ImFont* f = atlas.AddFontFromFileTTF(file("NotoSans-Regular.ttf").c_str(), px, &base, kLatinCyrillic);
    ImFontConfig merge = base;
    merge.MergeMode = true;
    atlas.AddFontFromFileTTF(file("NotoSansArabic-Regular.ttf").c_str(), px, &merge, kArabic);
    atlas.AddFontFromFileTTF(file("NotoSansEthiopic-Regular.ttf").c_str(), px, &merge, kEthiopic);
    return f;
}

}  // namespace

std::filesystem::path DefaultFontDir() { return "/usr/share/fonts/truetype/noto"; }

Fonts LoadFonts(ImFontAtlas& atlas, float em, const std::filesystem::path& font_dir) {
    SetEm(em);
    Fonts f;
    f.body = AddMerged(atlas, font_dir, em);
    f.large = AddMerged(atlas, font_dir, em * 1.5f);
    f.huge = AddMerged(atlas, font_dir, em * 2.4f);
    return f;
}

}  // namespace kd::ui
