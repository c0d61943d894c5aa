// Not sent (the disk is full, the database is locked ...): a picture that says
// "please tell the teacher at the door", the draft kept for another try.
#include "i18n/catalog.h"
#include "screens/screens.h"
#include "ui/sizes.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace kd::screens {

using namespace kd::ui;

void DrawTellFailed(const KioskView& v, std::vector<Intent>& out) {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImFont* large = v.fonts.large;
    const float cx = display.x * 0.5f, cy = display.y * 0.3f;
    const bool rtl = v.rtl;

    // Not sent -> talk to the teacher in person, in two pictures.
    const float s = Em(6.0f), gap = Em(2.5f);
    const char* story[2] = {"⚠️", "🗣️"};
    for (int i = 0; i < 2; ++i) {
        const int slot = rtl ? 1 - i : i;
        const ImVec2 c(cx + (slot - 0.5f) * (s + gap), cy);
        dl->AddCircleFilled(c, s * 0.62f, i == 0 ? colors::Rgb(0xF7DC6F) : colors::kBar, 48);
        DrawPicto(dl, story[i], c, s);
    }
    float y = cy + s + Em(0.5f);
    y += DrawTextCentered(dl, large, cx, y, display.x - Em(4.0f), v.T(N_("Not sent.")), colors::kText);
    DrawTextCentered(dl, large, cx, y + Em(0.3f), display.x - Em(4.0f),
                     v.T(N_("Please tell the teacher at the door.")), colors::kText);

    const ImVec2 size(Em(14.0f), Touch(3.6f));
    const float by = display.y - Em(2.0f) - size.y;
    const float left = cx - size.x - Em(1.0f), right = cx + Em(1.0f);
    ImGui::SetCursorScreenPos(ImVec2(rtl ? right : left, by));
    if (BarButton({"nav.retry"}, "🔁", N_("Try again"), v.T(N_("Try again")), size, colors::kPhotos))
        out.push_back(intent::Send{});
    ImGui::SetCursorScreenPos(ImVec2(rtl ? left : right, by));
    if (BarButton({"nav.home"}, "🏠", N_("Home"), v.T(N_("Home")), size, colors::kTile)) out.push_back(intent::GoHome{});
}

}  // namespace kd::screens
