// "Tell the teacher" on an entrance kiosk: first the class, by its symbol and
// its teacher's name, then the children of that class.
#include "screens/screens.h"

#include "i18n/catalog.h"
#include "ui/sizes.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace kd::screens {

using namespace kd::ui;

void DrawTellClass(const KioskView& v, std::vector<Intent>& out) {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float top = DrawFlowHeader(v, out, "🏫", N_("Which class?"));
    const float margin = Em(1.5f);
    const int n = static_cast<int>(v.data.classes.size());
    const Grid g = FitGrid(n, ImVec2(margin, top), ImVec2(display.x - margin, display.y - margin), Em(1.2f), 1.2f, 5);
    const bool rtl = v.rtl;
    for (int i = 0; i < n; ++i) {
        const ClassInfo& c = v.data.classes[i];
        ImGui::SetCursorScreenPos(g.CellPos(i, rtl));
        // The teacher's name is what parents know the class by.
        if (PictoTile({"class", c.id}, c.symbol.c_str(), "", c.teacher.c_str(), g.cell, colors::kWeek,
                      v.state.draft.class_id == c.id ? TileState::Selected : TileState::Normal))
            out.push_back(intent::PickClass{c.id});
    }
}

}  // namespace kd::screens
