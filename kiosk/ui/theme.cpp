#include "ui/theme.h"

#include "ui/sizes.h"

namespace kd::ui {

namespace {
float g_em = 30.0f;
}

void SetEm(float pixels) { g_em = pixels; }
float EmPixels() { return g_em; }

void ApplyTheme(ImGuiStyle& style) {
    style = ImGuiStyle();
    style.WindowPadding = Em(1.0f, 1.0f);
    style.WindowRounding = 0;
    style.WindowBorderSize = 0;
    style.FrameRounding = Em(0.6f);
    style.ItemSpacing = Em(0.8f, 0.8f);
    style.TouchExtraPadding = ImVec2(0, 0);
    style.ScrollbarSize = Em(1.2f);
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
