#include "ui/pictogram_atlas.h"

#include "domain/pictogram_table.h"

#include "media/emoji_rasterizer.h"

#include <algorithm>
#include <cstring>
#include <set>

namespace kd::ui {

void PictogramAtlas::Prepare(ImFontAtlas& atlas, const std::vector<std::string>& emoji,
                             media::EmojiRasterizer& rasterizer) {
    std::set<std::string> seen;
    for (const Pending& p : m_pending) seen.insert(p.emoji);
    std::vector<std::string> parts;
    for (const std::string& picture : emoji)
        for (std::string& part : PictureParts(picture)) parts.push_back(std::move(part));
    for (const std::string& e : parts) {
        if (e.empty() || !seen.insert(e).second) continue;
        media::RgbaImage img = rasterizer.RenderNative(e);
        if (img.Empty()) {
            m_missing.push_back(e);
            continue;
        }
        const int id = atlas.AddCustomRectRegular(img.width, img.height);
        m_pending.push_back(Pending{e, id, std::move(img.pixels), img.width, img.height});
    }
}

void PictogramAtlas::Finish(ImFontAtlas& atlas) {
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    atlas.GetTexDataAsRGBA32(&pixels, &width, &height);
    for (const Pending& p : m_pending) {
        const ImFontAtlasCustomRect* r = atlas.GetCustomRectByIndex(p.rect_id);
        if (!r || !r->IsPacked()) continue;
        for (int y = 0; y < p.height; ++y)
            std::memcpy(pixels + (static_cast<size_t>(r->Y + y) * width + r->X) * 4,
                        p.rgba.data() + static_cast<size_t>(y) * p.width * 4, static_cast<size_t>(p.width) * 4);
        Entry e;
        e.aspect = static_cast<float>(p.width) / static_cast<float>(p.height);
        atlas.CalcCustomRectUV(r, &e.uv0, &e.uv1);
        m_entries[p.emoji] = e;
    }
    m_pending.clear();
    m_pending.shrink_to_fit();
}

const PictogramAtlas::Entry* PictogramAtlas::Find(std::string_view emoji) const {
    const auto it = m_entries.find(emoji);
    return it == m_entries.end() ? nullptr : &it->second;
}

}  // namespace kd::ui
