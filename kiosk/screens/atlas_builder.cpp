#include "screens/atlas_builder.h"

#include "media/emoji_rasterizer.h"
#include "screens/screens.h"

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

Fonts BuildKioskAtlas(ImFontAtlas& atlas, float em, const std::vector<std::string>& emoji, PictogramAtlas& pictos) {
    Fonts fonts = LoadFonts(atlas, em);
    media::EmojiRasterizer rasterizer;
    pictos.Prepare(atlas, emoji, rasterizer);
    atlas.Build();
    pictos.Finish(atlas);
    for (const std::string& e : pictos.Missing())
        std::fprintf(stderr, "klasdeur: the emoji font has no pictogram for %s\n", e.c_str());
    return fonts;
}

}  // namespace kd::ui
