#pragma once
// Calm, warm, high contrast: dark text on cream, one soft colour per area.
#include <imgui.h>

namespace kd::ui {

namespace colors {
inline constexpr ImU32 Rgb(unsigned rgb) {
    return IM_COL32((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff, 0xff);
}
inline constexpr ImU32 kBackground = Rgb(0xFFF8EF);
inline constexpr ImU32 kText = Rgb(0x23211F);
inline constexpr ImU32 kTextSoft = Rgb(0x5C5650);
inline constexpr ImU32 kTile = Rgb(0xFFFFFF);
inline constexpr ImU32 kTileBorder = Rgb(0xE7DCCD);
inline constexpr ImU32 kTilePressed = Rgb(0xFFE8C7);
inline constexpr ImU32 kSelected = Rgb(0xFFD28A);
inline constexpr ImU32 kSelectedBorder = Rgb(0xE08A00);
inline constexpr ImU32 kTell = Rgb(0xFFB570);    // "tell the teacher": warm orange
inline constexpr ImU32 kPhotos = Rgb(0x7CCFB8);  // photos: fresh green
inline constexpr ImU32 kWeek = Rgb(0x9DB8F2);    // week: calm blue
inline constexpr ImU32 kPick = Rgb(0x1E8A6E);   // a picked photo's edge and tick: the photos green, darker
inline constexpr ImU32 kUrgentSign = Rgb(0xB86200);  // home's corner: a message of today cannot wait (calm, not red)
inline constexpr ImU32 kBar = Rgb(0xF3E9DC);
inline constexpr ImU32 kTeacherBar = Rgb(0xDDE3EA);  // teacher mode: a cooler bar, so nobody mistakes where they are
inline constexpr ImU32 kWarning = Rgb(0xA4432A);    // a calm dark red: "that was not right"
inline constexpr ImU32 kAttention = Rgb(0xFFE1B8);   // "interpreter needed", a new message: noticed first
inline constexpr ImU32 kShadow = IM_COL32(60, 40, 20, 28);
}  // namespace colors

void ApplyTheme(ImGuiStyle& style);

}  // namespace kd::ui
