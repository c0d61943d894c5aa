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

// The em for a screen height: 36 lines of body text fill the screen, so 1080 px
// gives 30 px, and a finger-sized target (15 mm on a 24" 1080p screen, about
// 55 px) is under 2 em.
inline float EmForScreenHeight(int height) { return height < 480 ? 14.0f : height / 36.0f; }

// A touch target's least side (~15 mm on a 21-24" 1920x1080 screen).
inline constexpr float kMinTouchEm = 2.2f;

}  // namespace kd::ui
