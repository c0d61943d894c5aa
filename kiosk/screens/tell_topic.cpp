// "Tell the teacher", step 2: what about. Topic pictograms from
// assets/topics.tsv; more than one may be picked; Next goes on.
#include "i18n/catalog.h"
#include "screens/screens.h"
#include "ui/screen_pieces.h"
#include "ui/sizes.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace kd::screens {

using namespace kd::ui;

void DrawTellTopic(const KioskView& v, std::vector<Intent>& out) {
    const bool rtl = v.rtl;
    const StepRoom step =
        LayoutStep(DrawFlowHeader(v, out, "❓", N_("What is it about?")), rtl, Em(12.0f, 3.4f), Em(0.8f));

    const auto& topics = v.pictos.topics.Rows();
    const Grid g = FitGrid(static_cast<int>(topics.size()), step.min, step.max, Em(0.8f), 1.15f);
    for (size_t i = 0; i < topics.size(); ++i) {
        const Pictogram& t = topics[i];
        ImGui::SetCursorScreenPos(g.CellPos(static_cast<int>(i), rtl));
        const bool picked = v.state.draft.HasTopic(t.id);
        // "Something nice" gets a warm colour: a good word is as welcome as a worry.
        const ImU32 accent = t.id == "nice" ? colors::kSelected : colors::kBar;
        if (PictoTile({"topic", -1, t.id.c_str()}, t.emoji.c_str(), t.msgid.c_str(), v.T(t.msgid.c_str()), g.cell, accent,
                      picked ? TileState::Selected : TileState::Normal))
            out.push_back(intent::ToggleTopic{t.id});
    }

    ImGui::SetCursorScreenPos(step.go_at);
    if (BarButton({"nav.next"}, rtl ? "⬅️" : "➡️", N_("Next"), v.T(N_("Next")), step.go_size, colors::kPhotos,
                  !v.state.draft.topics.empty()))
        out.push_back(intent::Next{});
}

}  // namespace kd::screens
