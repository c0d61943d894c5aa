// Teacher mode: the class list. Each child as on the parents' screen (symbol
// and name), a camera mark when the parents agreed to photos; tap to edit, or
// add a child with the big plus.
#include "screens/screens.h"

#include "i18n/catalog.h"
#include "ui/sizes.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>

namespace kd::screens {

using namespace kd::ui;

void DrawTeacherClass(const KioskView& v, std::vector<Intent>& out) {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float top = DrawTeacherHeader(v, out, "🧒", N_("Class list"));
    const float margin = Em(1.5f);
    const int n = static_cast<int>(v.data.children.size()) + 1;
    const Grid g = FitGrid(n, ImVec2(margin, top + Em(1.0f)), ImVec2(display.x - margin, display.y - margin), Em(0.8f),
                           1.0f);
    const bool rtl = Res().rtl;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    int i = 0;
    for (const Child& c : v.data.children) {
        const ImVec2 at = g.CellPos(i++, rtl);
        ImGui::SetCursorScreenPos(at);
        if (PictoTile({"edit-child", c.id}, c.symbol.c_str(), "", c.first_name.c_str(), g.cell, colors::kBar))
            out.push_back(intent::Teach{TeachWhat::EditChild, c.id, {}});
        if (c.photo_consent) {
            // Photos allowed: a small camera in the corner (the school's record, at a glance).
            const float r = std::min(g.cell.x, g.cell.y) * 0.14f;
            const ImVec2 badge(rtl ? at.x + r + Em(0.3f) : at.x + g.cell.x - r - Em(0.3f), at.y + r + Em(0.3f));
            dl->AddCircleFilled(badge, r, colors::kTile, 24);
            DrawPicto(dl, "📸", badge, r * 1.4f);
        }
    }
    ImGui::SetCursorScreenPos(g.CellPos(i, rtl));
    if (PictoTile({"child.add"}, "➕", N_("Add a child"), v.T(N_("Add a child")), g.cell, colors::kPhotos))
        out.push_back(intent::Teach{TeachWhat::NewChild, 0, {}});
}

}  // namespace kd::screens
