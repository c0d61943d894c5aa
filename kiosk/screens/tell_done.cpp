// Sent: a large check mark, the child's symbol, and "the teacher will see this
// today" (or, for a message that cannot wait sent after the teacher's last look,
// "please tell them at the door" beside the picture of talking at pick-up). Shown only after the concern is committed. For as long as it stays,
// a big "take back" (its ring running down) deletes it again; then home by itself.
#include "i18n/catalog.h"
#include "screens/screens.h"
#include "ui/sizes.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>

namespace kd::screens {

using namespace kd::ui;

void DrawTellDone(const KioskView& v, std::vector<Intent>& out) {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImFont* large = v.fonts.large;
    const float cx = display.x * 0.5f;
    const float cy = display.y * 0.36f;

    // A big green disc with a white check: drawn, so it is as large as we like and always sharp.
    const float r = Em(6.0f);
    dl->AddCircleFilled(ImVec2(cx, cy), r, colors::Rgb(0x4CAF6A), 64);
    const ImVec2 tick[3] = {ImVec2(cx - r * 0.48f, cy + r * 0.02f), ImVec2(cx - r * 0.12f, cy + r * 0.36f),
                            ImVec2(cx + r * 0.5f, cy - r * 0.34f)};
    dl->AddPolyline(tick, 3, IM_COL32_WHITE, 0, r * 0.16f);

    // Whose message it was: the child's own symbol beside the check.
    const Child* child = v.state.last_sent_child ? FindChild(v, *v.state.last_sent_child) : nullptr;
    const char* symbol = child ? child->symbol.c_str() : (v.state.last_sent_about_class ? v.data.door_class.symbol.c_str() : nullptr);
    if (symbol && *symbol) {
        const float s = Em(4.2f);
        const ImVec2 c(cx + (v.rtl ? -1.0f : 1.0f) * (r + Em(0.5f)), cy + r * 0.55f);
        dl->AddCircleFilled(c, s * 0.62f, colors::kTile, 48);
        DrawPicto(dl, symbol, c, s);
    }
    float y = cy + r + Em(1.5f);
    y += DrawTextCentered(dl, large, cx, y, display.x - Em(4.0f),
                          v.T(N_("Thank you!")), colors::kText);
    if (v.state.sent_late) {
        // It cannot wait, and the teacher may not look again before pick-up: talk to them at the door.
        // In pictures, before the sentence in reading order: you speak (🗣️, "talk today at pick-up")
        // to the teacher (🧑‍🏫), side by side on one warm band.
        const float pic = Em(3.0f), gap = Em(1.0f), pair = 2 * pic + Em(0.6f);
        const float text_w = std::min(display.x - Em(4.0f) - pair - gap, Em(28.0f));
        const char* late = v.T(N_("The teacher may not see this before pick-up. Please tell them at the door."));
        const float text_h = CalcTextCenteredHeight(large, text_w, late);
        const float block = pair + gap + text_w, x0 = cx - block * 0.5f;
        const float ty = y + Em(0.4f), pic_cy = ty + std::max(text_h, pic) * 0.5f;
        const float pair_x = v.rtl ? x0 + block - pair : x0;
        dl->AddRectFilled(ImVec2(pair_x - Em(0.3f), pic_cy - pic * 0.62f), ImVec2(pair_x + pair + Em(0.3f), pic_cy + pic * 0.62f),
                          colors::kAttention, pic * 0.62f);
        const char* story[2] = {"🗣️", "🧑‍🏫"};  // the speaker first in reading order
        for (int i = 0; i < 2; ++i) {
            const int slot = v.rtl ? 1 - i : i;
            DrawPicto(dl, story[i], ImVec2(pair_x + pic * 0.5f + slot * (pic + Em(0.6f)), pic_cy), pic);
        }
        DrawTextCentered(dl, large, v.rtl ? x0 + text_w * 0.5f : x0 + pair + gap + text_w * 0.5f,
                         ty + std::max(0.0f, Em(3.0f) - text_h) * 0.5f, text_w, late, colors::kText);
    } else {
        DrawTextCentered(dl, large, cx, y + Em(0.4f), display.x - Em(4.0f), v.T(N_("The teacher will see this today.")),
                         colors::kTextSoft);
    }

    if (v.state.take_back_failed)
        DrawTextCentered(dl, v.fonts.body, cx, y + Em(3.2f), display.x - Em(4.0f),
                         v.T(N_("It could not be taken back. The teacher will see it.")), colors::kWarning);

    // Take back at the reading start, Home at the other end, both at the bottom:
    // far from where the wish was tapped, and asleep for its first second anyway.
    // Side by side, each at most half of a narrow (portrait) screen.
    const ImVec2 size(std::min(Em(14.0f), (display.x - Em(5.0f)) * 0.5f), Touch(3.6f));
    const float by = display.y - Em(1.5f) - size.y;
    const float start = v.rtl ? display.x - Em(2.0f) - size.x : Em(2.0f);
    const float end = v.rtl ? Em(2.0f) : display.x - Em(2.0f) - size.x;
    if (!v.state.take_back_failed) {
        ImGui::SetCursorScreenPos(ImVec2(start, by));
        if (BarButton({"nav.take-back"}, "↩️", N_("Take back"), v.T(N_("Take back")), size, colors::kTile))
            out.push_back(intent::TakeBack{});
        // The time left to take it back, as a bar running down along the button's foot.
        const float left = v.take_back_left;
        const float bw = (size.x - Em(1.0f)) * left;
        const float bx = v.rtl ? start + size.x - Em(0.5f) - bw : start + Em(0.5f);
        dl->AddRectFilled(ImVec2(bx, by + size.y + Em(0.25f)), ImVec2(bx + bw, by + size.y + Em(0.55f)),
                          colors::kSelectedBorder, Em(0.15f));
    }
    ImGui::SetCursorScreenPos(ImVec2(end, by));
    if (BarButton({"nav.home"}, "🏠", N_("Home"), v.T(N_("Home")), size, colors::kTile)) out.push_back(intent::GoHome{});
}

}  // namespace kd::screens
