// "Tell the teacher", step 3: how do you feel about it. Five big faces, from
// very happy to very worried, colour-coded, no numbers. One tap goes on;
// "+ another topic" goes back for one more (one-topic parents never need it).
#include "i18n/catalog.h"
#include "screens/screens.h"
#include "ui/screen_pieces.h"
#include "ui/sizes.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <charconv>

namespace kd::screens {

using namespace kd::ui;

namespace {
// Green (very happy) to red (very worried), soft enough to sit behind a face.
constexpr ImU32 kFaceColours[5] = {colors::Rgb(0x8FD18F), colors::Rgb(0xC4E58F), colors::Rgb(0xF7DC6F),
                                   colors::Rgb(0xF5AE6B), colors::Rgb(0xEE8A7A)};
}  // namespace

void DrawTellFeeling(const KioskView& v, std::vector<Intent>& out) {
    const bool rtl = v.rtl;
    const StepRoom step =
        LayoutStep(DrawFlowHeader(v, out, "💬", N_("How do you feel about it?")), rtl, AnotherTopicSize(), Em(1.0f));
    const auto& faces = v.pictos.feelings.Rows();
    const int n = static_cast<int>(faces.size());
    // The faces a margin under the question, in the upper four fifths of what is left.
    const float top = step.min.y + step.margin;
    const Grid g = FitGrid(n, ImVec2(step.min.x, top), ImVec2(step.max.x, top + (step.max.y - top) * 0.9f), Em(1.0f),
                           0.8f, n);
    for (int i = 0; i < n; ++i) {
        const Pictogram& f = faces[i];
        int value = 0;
        std::from_chars(f.id.data(), f.id.data() + f.id.size(), value);
        ImGui::SetCursorScreenPos(g.CellPos(i, rtl));
        if (PictoTile({"feeling", value}, f.emoji.c_str(), f.msgid.c_str(), v.T(f.msgid.c_str()), g.cell,
                      kFaceColours[std::min(std::max(value, 1), 5) - 1],
                      v.state.draft.feeling == value ? TileState::Selected : TileState::Normal, 6.0f))
            out.push_back(intent::PickFeeling{value});
    }
    DrawAnotherTopic(v, out, step);
}

}  // namespace kd::screens
