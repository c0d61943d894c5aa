// Teacher mode: the class list. Each child as on the parents' screen (symbol
// and name), a camera mark when the parents agreed to photos; tap to edit, or
// add a child with the big plus.
#include "i18n/catalog.h"
#include "screens/screens.h"
#include "ui/sizes.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>
#include <string>

namespace kd::screens {

using namespace kd::ui;

void DrawTeacherClass(const KioskView& v, std::vector<Intent>& out) {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float top = DrawTeacherHeader(v, out, "🧒", N_("Class list"));
    const float margin = Em(1.5f);
    const bool rtl = v.rtl;
    float y = top + Em(1.0f);
    // An entrance kiosk serves several classes: pick whose list.
    const Id shown = v.admin_class;
    if (v.settings.mode == KioskMode::Entrance && v.data.classes.size() > 1) {
        ImFont* body = v.fonts.body;
        const float h = Em(2.6f), gap = Em(0.5f);
        float x = margin;
        for (const ClassInfo& c : v.data.classes) {
            const std::string label = c.name + " (" + c.teacher + ")";
            const float w = body->CalcTextSizeA(body->FontSize, FLT_MAX, 0, label.c_str()).x + Em(2.4f);
            ImGui::SetCursorScreenPos(ImVec2(rtl ? display.x - x - w : x, y));
            if (TextPill({"admin-class", c.id}, "", label.c_str(), ImVec2(w, h), c.id == shown))
                out.push_back(intent::Teach{intent::teach::ShowClass{c.id}});
            x += w + gap;
        }
        y += h + Em(0.8f);
    }
    std::vector<const Child*> kids;
    for (const Child& c : v.data.all_children)
        if (c.class_id == shown) kids.push_back(&c);
    const int n = static_cast<int>(kids.size()) + 1;
    const Grid g = FitGrid(n, ImVec2(margin, y), ImVec2(display.x - margin, display.y - margin), Em(0.8f), 1.0f);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    int i = 0;
    for (const Child* child : kids) {
        const Child& c = *child;
        const ImVec2 at = g.CellPos(i++, rtl);
        ImGui::SetCursorScreenPos(at);
        if (PictoTile({"edit-child", c.id}, c.symbol.c_str(), "", c.first_name.c_str(), g.cell, colors::kBar))
            out.push_back(intent::Teach{intent::teach::EditChild{c.id}});
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
        out.push_back(intent::Teach{intent::teach::NewChild{}});
}

}  // namespace kd::screens
