// "Tell the teacher", step 1: which child. The class's children as tiles, each
// with the child's own picture symbol big and the first name small, plus one
// tile for the whole class.
#include "screens/screens.h"

#include "i18n/catalog.h"
#include "ui/sizes.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace kd::screens {

using namespace kd::ui;

void DrawTellChild(const KioskView& v, std::vector<Intent>& out) {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float top = DrawScreenHeader(v, out, "💬", N_("Who is it about?"));
    const float margin = Em(1.5f);
    const int n = static_cast<int>(v.data.children.size()) + 1;
    const Grid g = FitGrid(n, ImVec2(margin, top + Em(1.0f)), ImVec2(display.x - margin, display.y - margin), Em(1.0f),
                           1.0f);
    const bool rtl = Res().rtl;
    const Draft& draft = v.state.draft;
    int i = 0;
    for (const Child& c : v.data.children) {
        ImGui::SetCursorScreenPos(g.CellPos(i++, rtl));
        // A child's name is not a msgid: the UI map gets an empty msgid for it.
        const TileState st = draft.child_id == c.id ? TileState::Selected : TileState::Normal;
        if (PictoTile({"child", c.id}, c.symbol.c_str(), "", c.first_name.c_str(), g.cell, colors::kBar, st))
            out.push_back(intent::PickChild{c.id});
    }
    ImGui::SetCursorScreenPos(g.CellPos(i, rtl));
    const char* symbol = v.data.door_class.symbol.empty() ? "🏫" : v.data.door_class.symbol.c_str();
    if (PictoTile({"child.class"}, symbol, N_("The whole class"), v.T(N_("The whole class")), g.cell, colors::kTell,
                  draft.about_class ? TileState::Selected : TileState::Normal))
        out.push_back(intent::PickWholeClass{});
}

}  // namespace kd::screens
