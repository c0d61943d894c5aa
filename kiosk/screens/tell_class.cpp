// "Tell the teacher" on an entrance kiosk: first the class, by its symbol and
// its teacher's name, then the children of that class.
#include "i18n/catalog.h"
#include "screens/screens.h"
#include "ui/screen_pieces.h"
#include "ui/sizes.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace kd::screens {

using namespace kd::ui;

void DrawTellClass(const KioskView& v, std::vector<Intent>& out) {
    const bool rtl = v.rtl;
    const StepRoom step = LayoutStep(DrawFlowHeader(v, out, "🏫", N_("Which class?")), rtl);
    const int n = static_cast<int>(v.data.classes.size());
    const Grid g = FitGrid(n, step.min, step.max, Em(1.2f), 1.2f, 5);
    for (int i = 0; i < n; ++i) {
        const ClassInfo& c = v.data.classes[i];
        ImGui::SetCursorScreenPos(g.CellPos(i, rtl));
        // The teacher's name is what parents know the class by.
        if (PictoTile({"class", c.id}, c.symbol.c_str(), "", v.Typed(c.teacher), g.cell, colors::kWeek,
                      v.state.draft.class_id == c.id ? TileState::Selected : TileState::Normal))
            out.push_back(intent::PickClass{c.id});
    }
}

}  // namespace kd::screens
