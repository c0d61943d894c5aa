// Taken back: the concern is deleted again. The same picture as the button
// that did it, crossed-out nothing: "taken back, nothing was sent". Goes home by itself.
#include "i18n/catalog.h"
#include "screens/screens.h"
#include "ui/sizes.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace kd::screens {

using namespace kd::ui;

void DrawTellTakenBack(const KioskView& v, std::vector<Intent>& out) {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float cx = display.x * 0.5f, cy = display.y * 0.36f;
    const float r = Em(6.0f);
    dl->AddCircleFilled(ImVec2(cx, cy), r, colors::kTile, 64);
    dl->AddCircle(ImVec2(cx, cy), r, colors::kTileBorder, 64, Em(0.15f));
    DrawPicto(dl, "↩️", ImVec2(cx, cy), r * 1.2f);
    const float y = cy + r + Em(1.5f);
    DrawTextCentered(dl, v.fonts.large, cx, y, display.x - Em(4.0f), v.T(N_("Taken back. Nothing was sent.")),
                     colors::kText);

    const ImVec2 size(Em(14.0f), Touch(3.6f));
    ImGui::SetCursorScreenPos(ImVec2(cx - size.x * 0.5f, display.y - Em(1.5f) - size.y));
    if (BarButton({"nav.home"}, "🏠", N_("Home"), v.T(N_("Home")), size, colors::kTile)) out.push_back(intent::GoHome{});
}

}  // namespace kd::screens
