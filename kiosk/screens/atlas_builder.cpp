#include "screens/atlas_builder.h"

#include "media/emoji_rasterizer.h"
#include "screens/screens.h"
#include "ui/glyph_plan.h"

#include <cstdio>

namespace kd::ui {

std::vector<std::string> KioskPictograms(const Pictograms& tables, const ScreenData& data) {
    std::vector<std::string> emoji = tables.AllEmoji();
    for (const std::string& e : screens::ChromeEmoji()) emoji.push_back(e);
    for (const ClassInfo& c : data.classes) emoji.push_back(c.symbol);
    for (const Child& c : data.children) emoji.push_back(c.symbol);
    for (const DayEvents& d : data.week)
        for (const Event& e : d.events)
            if (e.bring) emoji.push_back(*e.bring);
    return emoji;
}

bool AtlasLacks(const std::string& built_for, const std::string& typed) {
    const std::set<char32_t> have = CodePointsOf(built_for);
    for (const char32_t c : CodePointsOf(typed))
        if (c >= 0x20 && !InBaseFonts(c) && !have.count(c)) return true;
    return false;
}

Fonts BuildKioskAtlas(ImFontAtlas& atlas, float em, const std::vector<std::string>& emoji, const std::string& typed,
                      PictogramAtlas& pictos) {
    const GlyphPlan plan = PlanGlyphs(CodePointsOf(typed));
    for (const char32_t c : plan.undrawable)
        std::fprintf(stderr, "klasdeur: no font draws %s in a name or title; it shows as a gap\n", DescribeChar(c).c_str());
    Fonts fonts = LoadFonts(atlas, em, plan);
    media::EmojiRasterizer rasterizer;
    pictos.Prepare(atlas, emoji, rasterizer);
    atlas.Build();
    pictos.Finish(atlas);
    for (const std::string& e : pictos.Missing())
        std::fprintf(stderr, "klasdeur: the emoji font has no pictogram for %s\n", e.c_str());
    return fonts;
}

}  // namespace kd::ui
