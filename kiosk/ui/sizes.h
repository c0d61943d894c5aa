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

// A touch target's least side in em (~15 mm on a 23" 1920x1080 screen).
inline constexpr float kMinTouchEm = 2.2f;

// The diagonal a panel of that resolution usually has, in inches, when the
// monitor does not say: the cheap 10.1" touch panels (1024x600, 1280x800), a
// 15.6" all-in-one (1366x768), 23" office monitors (1920x1080, either way up),
// 27" at 2560x1440, a 55" TV at 4K.
float UsualDiagonalInches(int width, int height);

// The screen's pixels per millimetre (from the monitor's size, or the usual one).
void SetPixelsPerMm(float px_per_mm);
float PixelsPerMm();
float PixelsPerMmFor(int width, int height, float diagonal_inches);

// The least side of anything a finger taps: 15 mm on this screen, and never
// under kMinTouchEm. On a 10" panel that is about 4 em; on a 55" TV under 1.
float Finger();
// `em` em, or a finger if that is more: the least side of a touch target.
inline float Touch(float em) { return Em(em) > Finger() ? Em(em) : Finger(); }

// The smallest screen the kiosk lays itself out on (either way up); below it
// the kiosk refuses to start, saying so on screen and in the log.
inline constexpr int kLeastLongSide = 1024, kLeastShortSide = 600;
inline bool ScreenTooSmall(int width, int height) {
    const int long_side = width > height ? width : height, short_side = width > height ? height : width;
    return long_side < kLeastLongSide || short_side < kLeastShortSide;
}

}  // namespace kd::ui
