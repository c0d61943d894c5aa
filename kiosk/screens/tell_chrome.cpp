// What every step of "tell the teacher" shares: a big Back and a big Cancel,
// the step dots, the question with its pictogram, who it is about; and what
// some steps share: "+ another topic", and whether the teacher saw the last message.
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

ImVec2 AnotherTopicSize() { return Em(15.0f, 3.4f); }

void DrawAnotherTopic(const KioskView& v, std::vector<Intent>& out, const StepRoom& step) {
    ImGui::SetCursorScreenPos(step.go_at);
    if (BarButton({"nav.another-topic"}, "➕", N_("Another topic"), v.T(N_("Another topic")), step.go_size,
                  colors::kTile))
        out.push_back(intent::AnotherTopic{});
    // The topics picked so far, small, just before it: "these, and another one".
    // Without them the plus was read as "add a note" (docs/PICTOGRAMS.md, round 3).
    const float s = step.go_size.y * 0.8f, gap = Em(0.4f);
    float x = v.rtl ? step.go_at.x + step.go_size.x + Em(1.0f) + s * 0.5f : step.go_at.x - Em(1.0f) - s * 0.5f;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    for (const std::string& id : v.state.draft.topics) {
        const Pictogram* t = v.pictos.topics.Find(id);
        if (!t) continue;
        const ImVec2 c(x, step.go_at.y + step.go_size.y * 0.5f);
        dl->AddCircleFilled(c, s * 0.55f, colors::kBar, 32);
        DrawPicto(dl, t->emoji.c_str(), c, s * 0.8f);
        x += (v.rtl ? 1.0f : -1.0f) * (s + gap);
    }
}

namespace {
// The message bubble of "tell the teacher" with what happened to it; a wish
// to talk is the picture of "talk in person". Not the teacher inbox's badges.
const char* HeardPicture(ConcernStatus s) {
    switch (s) {
        case ConcernStatus::Seen: return "💬|👀";
        case ConcernStatus::WillTalk: return "🗣️";
        case ConcernStatus::Done: return "💬|✅";
        case ConcernStatus::New: break;
    }
    return "";
}
const char* HeardMsgid(ConcernStatus s) {
    switch (s) {
        case ConcernStatus::Seen: return N_("The teacher has seen your message.");
        case ConcernStatus::WillTalk: return N_("The teacher would like to talk to you.");
        case ConcernStatus::Done: return N_("The teacher has dealt with your message.");
        case ConcernStatus::New: break;
    }
    return nullptr;
}
}  // namespace

// Only for the child this parent picked, and only once picked: what the teacher
// did with the newest message about them, in a picture and a line. Never what
// it said, never any other child's.
void DrawHeardCard(const KioskView& v, const StepRoom& step) {
    const Draft& d = v.state.draft;
    if (!d.child_id) return;
    const auto it = v.data.child_status.find(*d.child_id);
    const char* msgid = it == v.data.child_status.end() ? nullptr : HeardMsgid(it->second);
    if (!msgid) return;
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float h = step.go_size.y;
    const float w = std::min(Em(30.0f), display.x - 2 * step.margin - step.go_size.x - Em(1.5f));
    const float y = step.go_at.y;
    const ImVec2 a(v.rtl ? display.x - step.margin - w : step.margin, y), b(a.x + w, y + h);
    // A flat notice in the bar's colour, not a button: nothing to tap here.
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(a, b, colors::kBar, Em(0.8f));
    const float ps = h - Em(0.6f);
    const float px = v.rtl ? b.x - Em(0.5f) - ps * 0.5f : a.x + Em(0.5f) + ps * 0.5f;
    DrawPicto(dl, HeardPicture(it->second), ImVec2(px, (a.y + b.y) * 0.5f), ps);
    ImFont* font = v.fonts.body;
    const float tw = w - ps - Em(1.5f);
    const char* text = v.T(msgid);
    const float th = CalcTextCenteredHeight(font, tw, text);
    const float tx = v.rtl ? a.x + Em(0.5f) + tw * 0.5f : a.x + ps + Em(1.0f) + tw * 0.5f;
    DrawTextCentered(dl, font, tx, (a.y + b.y - th) * 0.5f, tw, text, colors::kText);
    if (AutomationMap* map = RecordingMap()) map->Add({"heard"}, msgid, a, b);
}

}  // namespace kd::screens
