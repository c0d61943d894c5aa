// "Tell the teacher", step 2: what about. Topic pictograms from
// assets/topics.tsv; one tap is the choice and goes on. Back here through
// "+ another topic", the picked ones show; a tap on one unpicks it, and Next
// goes on with what is picked. Under the topics, once a parent has picked their
// own child: whether the teacher saw that child's last message (never what it said).
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
        LayoutStep(DrawFlowHeader(v, out, "💬", N_("What is it about?")), rtl, ImVec2(Em(12.0f), Touch(3.4f)), Em(0.8f));

    const auto& topics = v.pictos.topics.Rows();
    const Grid g = FitGrid(static_cast<int>(topics.size()), step.min, step.max, Em(0.8f), 1.15f);
    for (size_t i = 0; i < topics.size(); ++i) {
        const Pictogram& t = topics[i];
        ImGui::SetCursorScreenPos(g.CellPos(static_cast<int>(i), rtl));
        const bool picked = v.state.draft.HasTopic(t.id);
        // All alike: a topic in another colour was taken for one already picked (docs/PICTOGRAMS.md).
        if (PictoTile({"topic", -1, t.id.c_str()}, t.emoji.c_str(), t.msgid.c_str(), v.T(t.msgid.c_str()), g.cell, colors::kBar,
                      picked ? TileState::Selected : TileState::Normal))
            out.push_back(intent::PickTopic{t.id});
    }

    DrawHeardCard(v, step);
    // Only back here with topics picked is there something to go on with.
    if (!v.state.draft.topics.empty()) {
        ImGui::SetCursorScreenPos(step.go_at);
        if (BarButton({"nav.next"}, rtl ? "⬅️" : "➡️", N_("Next"), v.T(N_("Next")), step.go_size, colors::kPhotos))
            out.push_back(intent::Next{});
    }
}

}  // namespace kd::screens
