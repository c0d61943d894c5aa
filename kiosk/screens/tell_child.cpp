// "Tell the teacher", step 1: which child. The class's children as tiles, each
// with the child's own picture symbol big and the first name small, plus one
// tile for the whole class. One tap goes on to the topics.
#include "i18n/catalog.h"
#include "screens/screens.h"
#include "ui/screen_pieces.h"
#include "ui/sizes.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>

namespace kd::screens {

using namespace kd::ui;

void DrawTellChild(const KioskView& v, std::vector<Intent>& out) {
    const bool rtl = v.rtl;
    const StepRoom step = LayoutStep(DrawFlowHeader(v, out, "💬", N_("Who is it about?")), rtl);
    const Draft& draft = v.state.draft;
    const Id class_id = draft.class_id.value_or(v.data.door_class.id);
    int n = 1;
    for (const Child& c : v.data.all_children) n += c.class_id == class_id;

    const Grid g = FitGrid(n, step.min, step.max, Em(1.0f), 1.0f);
    int i = 0;
    for (const Child& c : v.data.all_children) {
        if (c.class_id != class_id) continue;
        const ImVec2 at = g.CellPos(i++, rtl);
        ImGui::SetCursorScreenPos(at);
        // A child's name is not a msgid: the UI map gets an empty msgid for it.
        const TileState st = draft.child_id == c.id ? TileState::Selected : TileState::Normal;
        if (PictoTile({"child", c.id}, c.symbol.c_str(), "", c.first_name.c_str(), g.cell, colors::kBar, st))
            out.push_back(intent::PickChild{c.id});
        // Heard: the teacher saw the last message, or wants to talk. Never what it said.
        const auto status = v.data.child_status.find(c.id);
        if (status != v.data.child_status.end()) {
            ImDrawList* dl = ImGui::GetWindowDrawList();
            const float r = std::min(g.cell.x, g.cell.y) * 0.16f;
            const ImVec2 badge(rtl ? at.x + r + Em(0.3f) : at.x + g.cell.x - r - Em(0.3f), at.y + r + Em(0.3f));
            dl->AddCircleFilled(badge, r, colors::kTile, 32);
            dl->AddCircle(badge, r, colors::kSelectedBorder, 32, Em(0.1f));
            DrawPicto(dl, StatusEmoji(status->second), badge, r * 1.4f);
        }
    }
    const ClassInfo* cls = &v.data.door_class;
    for (const ClassInfo& c : v.data.classes)
        if (c.id == class_id) cls = &c;
    ImGui::SetCursorScreenPos(g.CellPos(i, rtl));
    const char* symbol = cls->symbol.empty() ? "🏫" : cls->symbol.c_str();
    if (PictoTile({"child.class"}, symbol, N_("The whole class"), v.T(N_("The whole class")), g.cell, colors::kTell,
                  draft.about_class ? TileState::Selected : TileState::Normal))
        out.push_back(intent::PickWholeClass{});
}

}  // namespace kd::screens
