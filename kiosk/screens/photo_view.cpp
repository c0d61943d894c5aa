// One photo, full screen. Swipe (drag) or the big arrows to move; Back to the grid.
#include "i18n/catalog.h"
#include "screens/screens.h"
#include "ui/sizes.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <cmath>
#include <cstdio>

namespace kd::screens {

using namespace kd::ui;

void DrawPhotoView(const KioskView& v, std::vector<Intent>& out) {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const ImGuiIO& io = ImGui::GetIO();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(ImVec2(0, 0), display, colors::Rgb(0x1E1B18));  // dark around the photo
    if (v.data.photos.empty()) return;
    const int index = std::min(v.state.photo, static_cast<int>(v.data.photos.size()) - 1);
    const Photo& p = v.data.photos[index];
    const bool rtl = v.rtl;

    // The whole screen is the swipe area; the photo follows the finger while dragging.
    ImGui::SetCursorScreenPos(ImVec2(0, 0));
    TouchArea({"photo.swipe"}, "", display);
    ImGui::SetItemAllowOverlap();  // the arrows and Back on top of it still take their taps
    const bool dragging = ImGui::IsItemActive();
    const float dx = dragging ? io.MousePos.x - io.MouseClickedPos[0].x : 0.0f;  // the photo follows the finger
    if (v.swipe != 0) {
        // Swiping towards the reading start brings the next photo, as turning a page.
        const bool forward = rtl ? v.swipe > 0 : v.swipe < 0;
        if (forward) out.push_back(intent::NextPhoto{});
        else out.push_back(intent::PreviousPhoto{});
    }
    ImTextureID tex = v.images ? v.images->FullSize(p) : nullptr;
    if (!tex && v.images) tex = v.images->Thumbnail(p);  // the thumbnail until the large one is there
    // The photo between Back's bar and the counter's: nothing covers it but the arrows at its sides.
    const ImVec2 back(Em(9.0f), Touch(3.2f));
    ImFont* font = v.fonts.large;
    const float margin = Em(0.6f), top = Em(1.0f) + back.y + Em(0.6f), bottom = font->FontSize + Em(2.2f);
    DrawPhotoFitted(dl, tex, p, ImVec2(margin + dx, top), ImVec2(display.x - margin + dx, display.y - bottom), Em(0.4f));

    // Big arrows at the sides, only where there is somewhere to go.
    const ImVec2 arrow(Touch(4.2f), Touch(4.2f));
    const float cy = display.y * 0.5f - arrow.y * 0.5f;
    const bool has_prev = index > 0, has_next = index + 1 < static_cast<int>(v.data.photos.size());
    const float left_x = Em(1.0f), right_x = display.x - Em(1.0f) - arrow.x;
    if (has_prev) {
        ImGui::SetCursorScreenPos(ImVec2(rtl ? right_x : left_x, cy));
        if (BarButton({"photo.prev"}, rtl ? "➡️" : "⬅️", N_("Previous photo"), nullptr, arrow, colors::kTile))
            out.push_back(intent::PreviousPhoto{});
    }
    if (has_next) {
        ImGui::SetCursorScreenPos(ImVec2(rtl ? left_x : right_x, cy));
        if (BarButton({"photo.next"}, rtl ? "⬅️" : "➡️", N_("Next photo"), nullptr, arrow, colors::kTile))
            out.push_back(intent::NextPhoto{});
    }
    ImGui::SetCursorScreenPos(ImVec2(rtl ? display.x - Em(1.2f) - back.x : Em(1.2f), Em(1.0f)));
    if (BarButton({"nav.back"}, rtl ? "➡️" : "⬅️", N_("Back"), v.T(N_("Back")), back, colors::kTile))
        out.push_back(intent::Back{});

    // Where you are among the day's photos: "3 / 12".
    char pos[24];
    std::snprintf(pos, sizeof pos, "%d / %d", index + 1, static_cast<int>(v.data.photos.size()));
    const ImVec2 ts = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, pos);
    const ImVec2 pa(display.x * 0.5f - ts.x * 0.5f - Em(0.8f), display.y - Em(0.8f) - ts.y - Em(0.6f));
    dl->AddRectFilled(pa, ImVec2(pa.x + ts.x + Em(1.6f), pa.y + ts.y + Em(0.6f)), IM_COL32(0, 0, 0, 140), Em(0.8f));
    DrawTextLine(dl, font, ImVec2(pa.x + Em(0.8f), pa.y + Em(0.3f)), ts.x + 0.5f, pos, IM_COL32_WHITE);
}

}  // namespace kd::screens
