#include "ui/theme.h"

#include <algorithm>
#include <cmath>

#include "ui/sizes.h"

namespace kd::ui {

namespace {
float g_em = 30.0f;
}

void SetEm(float pixels) { g_em = pixels; }
float EmPixels() { return g_em; }

namespace {
float g_px_per_mm = 3.77f;  // 1920x1080 at 23"
}

float UsualDiagonalInches(int width, int height) {
    const int short_side = std::min(width, height), long_side = std::max(width, height);
    if (short_side <= 800 && long_side <= 1280) return 10.1f;
    if (short_side <= 900) return 15.6f;
    if (short_side <= 1200) return 23.0f;
    if (short_side <= 1440) return 27.0f;
    return 55.0f;
}
float PixelsPerMmFor(int width, int height, float diagonal_inches) {
    return std::hypot(float(width), float(height)) / (diagonal_inches * 25.4f);
}
void SetPixelsPerMm(float px_per_mm) { g_px_per_mm = px_per_mm; }
float PixelsPerMm() { return g_px_per_mm; }
float Finger() { return std::max(Em(kMinTouchEm), std::ceil(15.0f * g_px_per_mm)); }

void ApplyTheme(ImGuiStyle& style) {
    style = ImGuiStyle();
    style.WindowPadding = Em(1.0f, 1.0f);
    style.WindowRounding = 0;
    style.WindowBorderSize = 0;
    style.FrameRounding = Em(0.6f);
    style.ItemSpacing = Em(0.8f, 0.8f);
    style.TouchExtraPadding = ImVec2(0, 0);
    style.ScrollbarSize = 0.0f;  // lists scroll by finger (BeginTouchScroll); no desktop scroll bar
    style.AntiAliasedFill = true;
    style.AntiAliasedLines = true;
    ImVec4* c = style.Colors;
    c[ImGuiCol_WindowBg] = ImGui::ColorConvertU32ToFloat4(colors::kBackground);
    c[ImGuiCol_Text] = ImGui::ColorConvertU32ToFloat4(colors::kText);
    c[ImGuiCol_Button] = ImGui::ColorConvertU32ToFloat4(colors::kTile);
    c[ImGuiCol_ButtonHovered] = ImGui::ColorConvertU32ToFloat4(colors::kTile);  // touch: no hover look
    c[ImGuiCol_ButtonActive] = ImGui::ColorConvertU32ToFloat4(colors::kTilePressed);
    c[ImGuiCol_ScrollbarBg] = ImGui::ColorConvertU32ToFloat4(colors::kBar);
}

}  // namespace kd::ui
