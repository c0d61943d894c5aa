#pragma once
// Pictograms live in the font atlas texture, next to the glyphs, as custom
// rectangles filled with colour emoji: one texture, one draw call, and the
// headless tests see exactly the same atlas as the kiosk.
#include <imgui.h>

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace kd::media { class EmojiRasterizer; }

namespace kd::ui {

class PictogramAtlas {
public:
    struct Entry {
        ImVec2 uv0, uv1;
        float aspect = 1.0f;  // width / height of the bitmap
    };

    // Rasterizes each emoji at the font's strike size (once, repeats skipped) and
    // reserves its place in the atlas. Call before the atlas is built.
    void Prepare(ImFontAtlas& atlas, const std::vector<std::string>& emoji, media::EmojiRasterizer& rasterizer);
    // After the atlas is built: copies the pixels into its RGBA texture data and
    // computes each pictogram's UVs. Builds the atlas if it was not yet.
    void Finish(ImFontAtlas& atlas);

    const Entry* Find(std::string_view emoji) const;
    // Emoji the font had no glyph for (shown as a neutral mark).
    const std::vector<std::string>& Missing() const { return m_missing; }
    size_t Size() const { return m_entries.size(); }

private:
    struct Pending {
        std::string emoji;
        int rect_id;
        std::vector<unsigned char> rgba;
        int width, height;
    };
    std::vector<Pending> m_pending;
    std::map<std::string, Entry, std::less<>> m_entries;
    std::vector<std::string> m_missing;
};

}  // namespace kd::ui
