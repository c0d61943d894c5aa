// "Tell the teacher", step 1: which child. The class's children as tiles, each
// with the child's own picture symbol big and the first name small, plus one
// tile for the whole class. One tap goes on to the topics. Nothing here says
// anything about a family: every parent at the door sees this screen.
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

    // Tiles wider than tall on a landscape screen (names need the width more
    // than the height), square on an upright one (where height is plenty).
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const Grid g = FitGrid(n, step.min, step.max, Em(1.0f), display.y > display.x ? 1.0f : 1.4f);
    std::vector<const char*> labels{v.T(N_("The whole class"))};
    for (const Child& c : v.data.all_children)
        if (c.class_id == class_id) labels.push_back(v.Typed(c.first_name));
    const float picto_em = UniformPictureEm(g.cell, labels);
    int i = 0;
    for (const Child& c : v.data.all_children) {
        if (c.class_id != class_id) continue;
        ImGui::SetCursorScreenPos(g.CellPos(i++, rtl));
        // A child's name is not a msgid: the UI map gets an empty msgid for it.
        const TileState st = draft.child_id == c.id ? TileState::Selected : TileState::Normal;
        if (PictoTile({"child", c.id}, c.symbol.c_str(), "", v.Typed(c.first_name), g.cell, colors::kBar, st,
                      picto_em))
            out.push_back(intent::PickChild{c.id});
    }
    const ClassInfo* cls = &v.data.door_class;
    for (const ClassInfo& c : v.data.classes)
        if (c.id == class_id) cls = &c;
    ImGui::SetCursorScreenPos(g.CellPos(i, rtl));
    const char* symbol = cls->symbol.empty() ? "🏫" : cls->symbol.c_str();
    if (PictoTile({"child.class"}, symbol, N_("The whole class"), v.T(N_("The whole class")), g.cell, colors::kTell,
                  draft.about_class ? TileState::Selected : TileState::Normal, picto_em))
        out.push_back(intent::PickWholeClass{});
}

}  // namespace kd::screens
