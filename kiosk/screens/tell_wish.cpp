// "Tell the teacher", step 4: what would you like. Talk today, call me, a
// private talk, or no answer needed: the tap on one sends. "I need an
// interpreter" stands apart as a switch to set first; "+ another topic" goes
// back for one more topic.
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
        LayoutStep(DrawFlowHeader(v, out, "💬", N_("What would you like?")), rtl, AnotherTopicSize(), Em(1.0f));
    const Draft& d = v.state.draft;

    // The four wishes in a row, the interpreter switch apart at the reading start:
    // a parent who needs it meets it before the wish that sends.
    int wishes = 0;
    const Pictogram* interpreter = nullptr;
    for (const Pictogram& w : v.pictos.wishes.Rows()) {
        if (w.id == "interpreter") interpreter = &w;
        else ++wishes;
    }
    const int cells = wishes + (interpreter ? 1 : 0);
    const float apart = interpreter ? Em(1.6f) : 0.0f;
    const Grid g = FitGrid(cells, ImVec2(step.min.x + (rtl ? 0.0f : apart), step.min.y),
                           ImVec2(step.max.x - (rtl ? apart : 0.0f), step.max.y), Em(1.0f), 0.85f, cells);
    int i = 0;
    if (interpreter) {
        ImVec2 pos = g.CellPos(i++, rtl);
        pos.x += rtl ? apart : -apart;
        ImGui::SetCursorScreenPos(pos);
        if (PictoTile({"wish.interpreter"}, interpreter->emoji.c_str(), interpreter->msgid.c_str(),
                      v.T(interpreter->msgid.c_str()), g.cell, colors::kBar,
                      d.interpreter ? TileState::Selected : TileState::Normal))
            out.push_back(intent::ToggleInterpreter{});
    }
    for (const Pictogram& w : v.pictos.wishes.Rows()) {
        if (&w == interpreter) continue;
        ImGui::SetCursorScreenPos(g.CellPos(i++, rtl));
        if (PictoTile({"wish", -1, w.id.c_str()}, w.emoji.c_str(), w.msgid.c_str(), v.T(w.msgid.c_str()), g.cell,
                      colors::kBar, d.wish == w.id ? TileState::Selected : TileState::Normal))
            out.push_back(intent::PickWish{w.id});
    }
    DrawAnotherTopic(v, out, step);
}

}  // namespace kd::screens
