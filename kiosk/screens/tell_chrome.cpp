// What every step of "tell the teacher" shares: a big Back and a big Cancel,
// the step dots, the question with its pictogram, and who it is about.
#include "i18n/catalog.h"
#include "screens/screens.h"
#include "ui/screen_pieces.h"
#include "ui/sizes.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>

namespace kd::screens {

using namespace kd::ui;

const Child* FindChild(const KioskView& v, Id id) {
    for (const Child& c : v.data.all_children)
        if (c.id == id) return &c;
    return nullptr;
}

float DrawFlowHeader(const KioskView& v, std::vector<Intent>& out, const char* emoji, const char* question_msgid) {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const bool rtl = v.rtl;
    const ImVec2 button = Em(9.0f, 3.2f);
    const float margin = Em(1.2f), top = Em(0.8f);
    const float bar_h = button.y + 2 * top;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(ImVec2(0, 0), ImVec2(display.x, bar_h), colors::kBar);

    // Back where reading starts, Cancel at the other end; the arrow points the way back.
    ImGui::SetCursorScreenPos(ImVec2(rtl ? display.x - margin - button.x : margin, top));
    if (BarButton({"nav.back"}, rtl ? "➡️" : "⬅️", N_("Back"), v.T(N_("Back")), button, colors::kTile))
        out.push_back(intent::Back{});
    ImGui::SetCursorScreenPos(ImVec2(rtl ? margin : display.x - margin - button.x, top));
    if (BarButton({"nav.cancel"}, "❌", N_("Cancel"), v.T(N_("Cancel")), button, colors::kTile))
        out.push_back(intent::GoHome{});

    // Step dots: where you are, without numbers.
    const int step = TellStep(v.state.screen);
    const float r = Em(0.55f), gap = Em(1.6f);
    const float total = (kTellSteps - 1) * gap;
    for (int i = 0; i < kTellSteps; ++i) {
        const int slot = rtl ? kTellSteps - 1 - i : i;
        const ImVec2 c(display.x * 0.5f - total * 0.5f + slot * gap, bar_h * 0.5f);
        if (i < step) dl->AddCircleFilled(c, r, colors::kSelectedBorder, 24);
        else if (i == step) {
            dl->AddCircleFilled(c, r * 1.45f, colors::kSelectedBorder, 24);
            dl->AddCircle(c, r * 1.45f + Em(0.2f), colors::kSelectedBorder, 24, Em(0.12f));
        } else dl->AddCircle(c, r, colors::kTextSoft, 24, Em(0.12f));
    }

    // The question, with its pictogram, under the bar.
    ImFont* large = v.fonts.large;
    const float picto = Em(2.8f);
    const float y = bar_h + Em(0.6f) + picto * 0.5f;
    DrawTitledPicto(dl, large, emoji, v.T(question_msgid), ImVec2(display.x * 0.5f, y), picto, rtl);

    // Who it is about, once picked: the child's own symbol and name, at the reading side.
    const Draft& d = v.state.draft;
    const Child* child = d.child_id ? FindChild(v, *d.child_id) : nullptr;
    if (step > 0 && (child || d.about_class)) {
        const char* sym = child ? child->symbol.c_str() : v.data.door_class.symbol.c_str();
        const char* name = child ? child->first_name.c_str() : v.T(N_("The whole class"));
        ImFont* body = large;
        const float nw = body->CalcTextSizeA(body->FontSize, FLT_MAX, 0, name).x;
        const float s = Em(2.8f);
        const float px = rtl ? display.x - margin - s * 0.5f : margin + s * 0.5f;
        DrawPicto(dl, sym, ImVec2(px, y), s);
        dl->AddText(body, body->FontSize,
                    ImVec2(rtl ? px - s * 0.5f - Em(0.4f) - nw : px + s * 0.5f + Em(0.4f), y - body->FontSize * 0.55f),
                    colors::kText, name);
    }
    return bar_h + Em(1.2f) + picto;
}

}  // namespace kd::screens
