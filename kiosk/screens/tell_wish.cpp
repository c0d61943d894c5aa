// "Tell the teacher", step 4: what would you like. Talk today, call me, a
// private talk, or no answer needed; "I need an interpreter" goes with any of
// them. One tap on Send commits it.
#include "i18n/catalog.h"
#include "screens/screens.h"
#include "ui/screen_pieces.h"
#include "ui/sizes.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace kd::screens {

using namespace kd::ui;

void DrawTellWish(const KioskView& v, std::vector<Intent>& out) {
    const bool rtl = v.rtl;
    const StepRoom step =
        LayoutStep(DrawFlowHeader(v, out, "🙋", N_("What would you like?")), rtl, Em(14.0f, 3.8f), Em(1.0f));
    const Draft& d = v.state.draft;

    // The four wishes in a row, the interpreter toggle apart at the end.
    int wishes = 0;
    const Pictogram* interpreter = nullptr;
    for (const Pictogram& w : v.pictos.wishes.Rows()) {
        if (w.id == "interpreter") interpreter = &w;
        else ++wishes;
    }
    const int cells = wishes + (interpreter ? 1 : 0);
    const float apart = interpreter ? Em(0.8f) : 0.0f;  // the interpreter tile stands a little apart
    const Grid g = FitGrid(cells, ImVec2(step.min.x + (rtl ? apart : 0.0f), step.min.y),
                           ImVec2(step.max.x - (rtl ? 0.0f : apart), step.max.y), Em(1.0f), 0.85f, cells);
    int i = 0;
    for (const Pictogram& w : v.pictos.wishes.Rows()) {
        if (&w == interpreter) continue;
        ImGui::SetCursorScreenPos(g.CellPos(i++, rtl));
        if (PictoTile({"wish", -1, w.id.c_str()}, w.emoji.c_str(), w.msgid.c_str(), v.T(w.msgid.c_str()), g.cell,
                      colors::kBar, d.wish == w.id ? TileState::Selected : TileState::Normal))
            out.push_back(intent::PickWish{w.id});
    }
    if (interpreter) {
        ImVec2 pos = g.CellPos(i, rtl);
        pos.x += rtl ? -apart : apart;  // set apart: it adds to the choice, it is not one
        ImGui::SetCursorScreenPos(pos);
        if (PictoTile({"wish.interpreter"}, interpreter->emoji.c_str(), interpreter->msgid.c_str(),
                      v.T(interpreter->msgid.c_str()), g.cell, colors::kWeek,
                      d.interpreter ? TileState::Selected : TileState::Normal))
            out.push_back(intent::ToggleInterpreter{});
    }

    ImGui::SetCursorScreenPos(step.go_at);
    if (BarButton({"nav.send"}, "✅", N_("Send"), v.T(N_("Send")), step.go_size, colors::kPhotos, d.Complete()))
        out.push_back(intent::Send{});
}

}  // namespace kd::screens
