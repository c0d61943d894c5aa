// Today's photos: a grid of large thumbnails, newest first; a tap opens one full
// screen. When there are none today, the most recent day's photos, said so in
// words and date; when there are none at all, a friendly picture.
#include "screens/screens.h"

#include "i18n/catalog.h"
#include "ui/sizes.h"
#include "ui/theme.h"
#include "ui/widgets.h"

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
    ImFont* large = Res().fonts.large ? Res().fonts.large : ImGui::GetFont();
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
    const Grid g = FitGrid(n, ImVec2(margin, top + Em(0.8f)), ImVec2(display.x - margin, display.y - margin), Em(0.8f),
                           4.0f / 3.0f, 6);
    const bool rtl = Res().rtl;
    for (int i = 0; i < n; ++i) {
        const Photo& p = v.data.photos[i];
        const ImVec2 a = g.CellPos(i, rtl);
        DrawPhotoFitted(dl, v.images ? v.images->Thumbnail(p) : nullptr, p, a, ImVec2(a.x + g.cell.x, a.y + g.cell.y),
                        Em(0.6f));
        ImGui::SetCursorScreenPos(a);
        if (TouchArea({"photo", i}, "", g.cell)) out.push_back(intent::OpenPhoto{i});
    }
}

}  // namespace kd::screens
