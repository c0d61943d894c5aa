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
    const ImVec2 button(Em(9.0f), Touch(3.2f));
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
    // The speaker beside Cancel, smaller: silence for whoever wants it. On a
    // narrow (portrait) screen the bar has no room between the buttons and the
    // dots: it hangs just under Cancel instead.
    const float mute = std::max(button.y * 0.85f, Finger());
    const bool room = display.x >= 2 * (margin + button.x + Em(0.8f) + mute) + (kTellSteps + 1) * Em(1.6f);
    const float mute_x = rtl ? (room ? margin + button.x + Em(0.8f) : margin)
                             : (room ? display.x - margin - button.x - Em(0.8f) - mute : display.x - margin - mute);
    DrawMuteButton(v, out, ImVec2(mute_x, room ? top + (button.y - mute) * 0.5f : bar_h + Em(0.3f)), mute);

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
        const char* name = child ? v.Typed(child->first_name) : v.T(N_("The whole class"));
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

ImVec2 AnotherTopicSize() {
    // As wide as it likes in landscape; within the margins on a narrow screen.
    return ImVec2(std::min(Em(21.0f), ImGui::GetIO().DisplaySize.x - Em(3.0f)), Touch(3.4f));
}

// "+ another topic": a plus and three small topics not picked yet, then the
// words. The plus alone was read as "add a note"; picked topics beside the
// button as a button of their own; a picked topic before the plus turned it
// into a medical cross (docs/PICTOGRAMS.md, rounds 3 to 6).
void DrawAnotherTopic(const KioskView& v, std::vector<Intent>& out, const StepRoom& step) {
    ImGui::SetCursorScreenPos(step.go_at);
    const ImVec2 a = step.go_at, b(a.x + step.go_size.x, a.y + step.go_size.y);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float r = Em(0.7f);
    const bool held = ImGui::IsMouseDown(0) && ImGui::IsMouseHoveringRect(a, b);
    dl->AddRectFilled(a, b, held ? colors::kTilePressed : colors::kTile, r);
    dl->AddRect(a, b, colors::kTileBorder, r, 0, Em(0.08f));
    if (TouchArea({"nav.another-topic"}, N_("Another topic"), step.go_size)) out.push_back(intent::AnotherTopic{});

    const float h = step.go_size.y, plus = std::min(h - Em(0.6f), Em(2.2f)), mini = plus * 0.62f, gap = Em(0.35f);
    const char* words = v.T(N_("Another topic"));
    // The plus, then three topics not picked yet: "one more of these".
    std::vector<const Pictogram*> minis;
    for (const Pictogram& t : v.pictos.topics.Rows())
        if (minis.size() < 3 && !v.state.draft.HasTopic(t.id)) minis.push_back(&t);
    const float pics_w = plus + minis.size() * (mini + gap);
    // The words as large as on the other buttons, a size down where a language says it long.
    ImFont* font = v.fonts.large;
    float text_w = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, words).x;
    if (pics_w + Em(1.6f) + text_w > step.go_size.x) {
        font = v.fonts.body;
        text_w = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, words).x;
    }
    const float total = pics_w + Em(0.6f) + text_w;
    ImGui::PushClipRect(a, b, true);  // a narrow screen and a long language: the words end at the edge
    const float cy = (a.y + b.y) * 0.5f;
    // Laid out from the reading start: plus, the minis, the words.
    float off = (step.go_size.x - total) * 0.5f;
    auto x_of = [&](float offset, float w) { return v.rtl ? b.x - offset - w : a.x + offset; };
    DrawPicto(dl, "➕", ImVec2(x_of(off, plus) + plus * 0.5f, cy), plus);
    off += plus + gap;
    for (const Pictogram* t : minis) {
        DrawPicto(dl, t->emoji.c_str(), ImVec2(x_of(off, mini) + mini * 0.5f, cy), mini);
        off += mini + gap;
    }
    off += Em(0.6f) - gap;
    dl->AddText(font, font->FontSize, ImVec2(x_of(off, text_w), cy - font->FontSize * 0.55f), colors::kText, words);
    ImGui::PopClipRect();
}

namespace {
// The teacher, with what they did: saw it, would like to talk, dealt with it.
// (A message bubble with a tick read as "your message got there", the talking
// head alone as "read aloud": docs/PICTOGRAMS.md.) Not the inbox's badges.
const char* HeardPicture(ConcernStatus s) {
    switch (s) {
        case ConcernStatus::Seen: return "🧑‍🏫|👀";
        case ConcernStatus::WillTalk: return "🧑‍🏫|🗣️";
        case ConcernStatus::Done: return "🧑‍🏫|✅";
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
