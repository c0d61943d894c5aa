#pragma once
// Pictograms from Noto Color Emoji. The font has one fixed bitmap strike
// (136x128); FreeType loads it in colour and we scale it ourselves, because
// imgui_freetype at any other size draws nothing, without an error.
// HarfBuzz turns ZWJ sequences ("👨‍👩‍👧") and variation selectors into the one glyph.
#include "media/image.h"

#include <filesystem>
#include <memory>
#include <string_view>

namespace kd::media {

// The Debian path of Noto Color Emoji.
std::filesystem::path DefaultEmojiFont();

class EmojiRasterizer {
public:
    // Throws std::runtime_error naming the file when the font cannot be loaded.
    explicit EmojiRasterizer(const std::filesystem::path& font_file = DefaultEmojiFont());
    ~EmojiRasterizer();
    EmojiRasterizer(const EmojiRasterizer&) = delete;
    EmojiRasterizer& operator=(const EmojiRasterizer&) = delete;

    // The emoji at the font's own strike size (136x128 for most), unscaled: the
    // pictogram atlas stores these and the GPU scales them when drawing. Empty
    // if the font has no glyph for it (the caller shows a neutral mark instead).
    RgbaImage RenderNative(std::string_view utf8);
    // The emoji centred in a size x size RGBA square (for drawing into images).
    RgbaImage Render(std::string_view utf8, int size);

private:
    struct Impl;
    std::unique_ptr<Impl> m;
};

}  // namespace kd::media
