// Today's photos: a grid of large thumbnails, newest first; a tap opens one full
// screen. When there are none today, the most recent day's photos, said so in
// words and date; when there are none at all, a friendly picture.
#include "i18n/catalog.h"
#include "screens/screens.h"
#include "ui/sizes.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <cmath>

namespace kd::screens {

using namespace kd::ui;

void DrawPhotoFitted(ImDrawList* dl, ImTextureID tex, const Photo& p, ImVec2 a, ImVec2 b, float rounding, ImU32 tint) {
    const float cw = b.x - a.x, ch = b.y - a.y;
    const float aspect = p.height > 0 ? static_cast<float>(p.width) / p.height : 4.0f / 3.0f;
    float w = cw, h = cw / aspect;
    if (h > ch) {
        h = ch;
        w = h * aspect;
    }
    const ImVec2 ia(a.x + (cw - w) * 0.5f, a.y + (ch - h) * 0.5f);
    if (tex) dl->AddImageRounded(tex, ia, ImVec2(ia.x + w, ia.y + h), ImVec2(0, 0), ImVec2(1, 1), tint, rounding);
    else dl->AddRectFilled(ia, ImVec2(ia.x + w, ia.y + h), colors::kBar, rounding);  // still loading
}

void DrawPhotos(const KioskView& v, std::vector<Intent>& out) {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    float top = DrawScreenHeader(v, out, "📷", N_("Today's photos"));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImFont* large = v.fonts.large;
    const float margin = Em(1.5f);

    if (v.data.photos.empty()) {
        const float cy = display.y * 0.45f;
        DrawPicto(dl, "📷", ImVec2(display.x * 0.5f, cy), Em(6.0f));
        DrawTextCentered(dl, large, display.x * 0.5f, cy + Em(4.0f), display.x - 2 * margin,
                         v.T(N_("No photos yet today. Come and look again after school!")), colors::kText);
        return;
    }
    if (v.data.photos_day != v.data.today.Iso()) {
        // Not today's: say which day they are from.
        top += Em(0.5f);
        top += DrawTextCentered(dl, large, display.x * 0.5f, top, display.x - 2 * margin, v.data.photos_day_label.c_str(),
                                colors::kTextSoft);
    }
    const int n = static_cast<int>(v.data.photos.size());
    // Large thumbnails: at most four across. A day with more photos than fit
    // scrolls by dragging anywhere, and a flick glides on.
    const ImVec2 area_min(margin, top + Em(0.8f)), area_max(display.x - margin, display.y - margin);
    Grid g = FitGrid(n, area_min, area_max, Em(0.8f), 4.0f / 3.0f, 4);
    const float min_cell_w = (area_max.x - area_min.x - Em(0.4f) - 3 * Em(0.8f)) / 4;
    const bool scrolls = g.cell.x < min_cell_w - 1;
    if (scrolls) {
        g.cols = 4;
        g.cell = ImVec2(std::floor(min_cell_w), std::floor(min_cell_w * 3 / 4));
        g.rows = (n + 3) / 4;
        g.origin = ImVec2(0, 0);  // inside the scrolling child
    }
    const bool rtl = v.rtl;
    ImGui::SetCursorScreenPos(area_min);
    BeginDragScroll("##photo-grid", ImVec2(area_max.x - area_min.x, area_max.y - area_min.y), scrolls);
    const ImGuiIO& io = ImGui::GetIO();
    const ImVec2 base = ImGui::GetCursorScreenPos();
    ImDrawList* cdl = ImGui::GetWindowDrawList();
    for (int i = 0; i < n; ++i) {
        const Photo& p = v.data.photos[i];
        ImVec2 a = g.CellPos(i, rtl);
        if (scrolls) a = ImVec2(base.x + a.x, base.y + a.y);
        ImGui::SetCursorScreenPos(a);
        // A drag that scrolls is not a tap on the photo under it.
        const bool tapped = TouchArea({"photo", i}, "", g.cell) && io.MouseDragMaxDistanceSqr[0] < Em(1.0f) * Em(1.0f);
        if (ImGui::IsItemVisible())
            DrawPhotoFitted(cdl, v.images ? v.images->Thumbnail(p) : nullptr, p, a, ImVec2(a.x + g.cell.x, a.y + g.cell.y),
                            Em(0.6f));
        if (tapped) out.push_back(intent::OpenPhoto{i});
    }
    ImGui::EndChild();
}

}  // namespace kd::screens
