#include "ui/screen_pieces.h"

#include "ui/sizes.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>

namespace kd::ui {

void DrawTitledPicto(ImDrawList* dl, ImFont* font, const char* emoji, const char* title, ImVec2 center, float picto,
                     bool rtl) {
    const float gap = Em(0.5f);
    // The pair stays inside the screen's margins: a long title shrinks a little first.
    const float half = std::min(center.x, ImGui::GetIO().DisplaySize.x - center.x) - Em(1.5f);
    const float room = std::max(0.0f, 2 * half - picto - gap);
    const float tw = std::min(room, font->CalcTextSizeA(FittedLineSize(font, room, title), FLT_MAX, 0, title).x);
    const float x0 = center.x - (picto + gap + tw) * 0.5f;
    DrawPicto(dl, emoji, ImVec2(rtl ? x0 + tw + gap + picto * 0.5f : x0 + picto * 0.5f, center.y), picto);
    DrawTextLine(dl, font, ImVec2(rtl ? x0 : x0 + picto + gap, center.y - font->FontSize * 0.55f), tw + 0.5f, title,
                 colors::kText);
}

bool CaptionTile(WidgetId id, const char* emoji, const char* msgid, const char* label, ImVec2 size, bool selected,
                 ImFont* font, const CaptionTileLook& look) {
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const bool tapped = TouchArea(id, msgid, size);
    const bool held = ImGui::IsItemActive();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 b(at.x + size.x, at.y + size.y);
    dl->AddRectFilled(at, b, held ? colors::kTilePressed : (selected ? colors::kSelected : colors::kTile), Em(0.7f));
    dl->AddRect(at, b, selected ? colors::kSelectedBorder : colors::kTileBorder, Em(0.7f), 0,
                selected ? look.selected_edge : Em(0.08f));
    DrawPicto(dl, emoji, ImVec2(at.x + size.x * 0.5f, at.y + look.picto_top + look.picto * 0.5f), look.picto);
    // One line, centred, shrunk a little if it must be.
    const float room = size.x - Em(0.4f);
    const float tw = std::min(room, font->CalcTextSizeA(FittedLineSize(font, room, label), FLT_MAX, 0, label).x);
    DrawTextLine(dl, font, ImVec2(at.x + (size.x - tw) * 0.5f, b.y - Em(0.3f) - font->FontSize), tw + 0.5f, label,
                 colors::kText);
    return tapped;
}

StepRoom LayoutStep(float top, bool rtl, ImVec2 go, float above_go) {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    StepRoom room;
    room.margin = Em(1.5f);
    room.min = ImVec2(room.margin, top);
    room.max = ImVec2(display.x - room.margin, display.y - room.margin - go.y - above_go);
    room.go_at = ImVec2(rtl ? room.margin : display.x - room.margin - go.x, display.y - room.margin - go.y);
    room.go_size = go;
    return room;
}

bool DrawActionRow(const ActionRow& row, float y, float margin, ImFont* font, bool rtl, StatusRoom* room) {
    const float width = ImGui::GetIO().DisplaySize.x;
    const float bw = row.size.x, gap = Em(1.0f);
    ImGui::SetCursorScreenPos(ImVec2(rtl ? width - margin - bw : margin, y));
    const bool tapped = BarButton(row.id, row.emoji, row.msgid, row.label, row.size, row.fill, row.enabled);
    const float tx = rtl ? margin : margin + bw + gap, tw = width - 2 * margin - bw - gap;
    const bool problem = row.problem && *row.problem;
    DrawTextCentered(ImGui::GetWindowDrawList(), font, tx + tw * 0.5f, y + row.status_top, tw,
                     problem ? row.problem : row.status, problem ? colors::kWarning : colors::kText);
    if (room) *room = {tx + tw * 0.5f, tw};
    return tapped;
}

}  // namespace kd::ui
