#pragma once
// Every size in the UI is in em: multiples of the body font's pixel height,
// which is set from the screen height at start. Screens never use pixels.
#include <imgui.h>

namespace kd::ui {

// Sets the em (body font height in pixels). Called once when fonts are built.
void SetEm(float pixels);
float EmPixels();

inline float Em(float n) { return n * EmPixels(); }
inline ImVec2 Em(float x, float y) { return ImVec2(x * EmPixels(), y * EmPixels()); }

// The em for a screen: 36 lines of body text fill its short side, so 1080 px
// gives 30 px in landscape and in portrait alike, and a finger-sized target
// (15 mm on a 24" 1080p screen, about 55 px) is under 2 em. (From the height
// alone, an upright 1080x1920 screen got a 53 px em: nothing fit across it.)
inline float EmForScreen(int width, int height) {
    const int short_side = width < height ? width : height;
    return short_side < 480 ? 14.0f : short_side / 36.0f;
}

// A touch target's least side (~15 mm on a 21-24" 1920x1080 screen).
inline constexpr float kMinTouchEm = 2.2f;

}  // namespace kd::ui
