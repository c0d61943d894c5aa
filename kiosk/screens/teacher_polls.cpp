// Teacher mode: quick polls. On the reading-start side a new poll is made in
// three taps (a ready-made question, what it is about, how long); on the other
// side the polls so far with their answers as bars, and Close for an open one.
#include "i18n/catalog.h"
#include "screens/screens.h"
#include "ui/columns.h"
#include "ui/sizes.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>
#include <string>

namespace kd::screens {

using namespace kd::ui;

namespace {

// Five bars for the five faces, with the count over each.
void DrawAnswerBars(const KioskView& v, ImDrawList* dl, ImVec2 a, ImVec2 b, const std::array<int, 5>& answers) {
    ImFont* body = v.fonts.body;
    int most = 1;
    for (int n : answers) most = std::max(most, n);
    const float col = (b.x - a.x) / 5, face = std::min(col * 0.7f, Em(1.6f));
    for (int i = 0; i < 5; ++i) {
        const int slot = v.rtl ? 4 - i : i;
        const float cx = a.x + col * (slot + 0.5f);
        const float base = b.y - face - Em(0.3f);
        const float h = (base - a.y - body->FontSize * 1.2f) * answers[i] / most;
        if (answers[i] > 0)
            dl->AddRectFilled(ImVec2(cx - col * 0.25f, base - h), ImVec2(cx + col * 0.25f, base), colors::kTell, Em(0.2f));
        const std::string num = std::to_string(answers[i]);
        const float nw = body->CalcTextSizeA(body->FontSize, FLT_MAX, 0, num.c_str()).x;
        dl->AddText(body, body->FontSize, ImVec2(cx - nw * 0.5f, base - h - body->FontSize * 1.1f), colors::kText,
                    num.c_str());
        if (const Pictogram* f = v.pictos.feelings.Find(std::to_string(i + 1)))
            DrawPicto(dl, f->emoji.c_str(), ImVec2(cx, b.y - face * 0.5f), face);
    }
}

}  // namespace

void DrawTeacherPolls(const KioskView& v, std::vector<Intent>& out) {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float top = DrawTeacherHeader(v, out, "🗳️", N_("Polls"));
    const TeacherEdits& admin = v.admin;
    const PollDraft& draft = admin.Poll();
    // A new poll read first, the answers beside it; each column under a heading.
    const TwoColumns cols(display.x);
    const bool rtl = cols.rtl;
    const float w = cols.width, nx = cols.first, lx = cols.second;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float y = top + Em(0.8f);
    y += DrawTeacherProblem(v, y, Em(0.3f));
    const float y0 = y;
    ImFont* large = v.fonts.large;
    auto heading = [&](float x, float& yy, const char* msgid) {
        cols.Text(dl, large, x, yy, v.T(msgid), colors::kText);
        yy += large->FontSize * 1.4f;
    };

    // A new poll: the question...
    heading(nx, y, N_("New poll"));
    const float row_h = Em(2.8f);
    for (const ReadyQuestion& q : ReadyMadeQuestions()) {
        ImGui::SetCursorScreenPos(ImVec2(nx, y));
        if (TextPill({"poll-question", -1, q.key.c_str()}, q.msgid.c_str(), v.T(q.msgid.c_str()), ImVec2(w, row_h),
                     draft.question == q.key))
            out.push_back(intent::Teach{intent::teach::PollQuestion{q.key}});
        y += row_h + Em(0.3f);
    }
    // ...what it is about: nothing in particular, or one of the last two weeks' events...
    y += Em(0.4f);
    const auto& events = v.recent_events;
    const int shown = std::min<int>(4, static_cast<int>(events.size()));
    const float ew = (w - Em(0.3f) * shown) / (shown + 1);
    ImGui::SetCursorScreenPos(ImVec2(cols.Start(nx, ew), y));
    if (PictoTile({"poll-event", 0}, "💭", N_("In general"), v.T(N_("In general")), ImVec2(ew, Em(5.2f)), colors::kBar,
                  draft.event_id ? TileState::Normal : TileState::Selected, 2.0f))
        out.push_back(intent::Teach{intent::teach::PollEvent{0}});
    for (int i = 0; i < shown; ++i) {
        const Event& e = events[i];
        const Pictogram* t = v.pictos.event_types.Find(e.type);
        ImGui::SetCursorScreenPos(ImVec2(cols.Cell(nx, i + 1, ew, Em(0.3f)), y));
        if (PictoTile({"poll-event", e.id}, t ? t->emoji.c_str() : "📅", "", e.title.c_str(), ImVec2(ew, Em(5.2f)),
                      colors::kBar, draft.event_id == e.id ? TileState::Selected : TileState::Normal, 2.0f))
            out.push_back(intent::Teach{intent::teach::PollEvent{e.id}});
    }
    y += Em(5.2f) + Em(0.7f);
    // ...and for how many days.
    static constexpr int kDays[] = {1, 3, 7, 14};
    const float dw = (w - 3 * Em(0.3f)) / 4;
    for (int i = 0; i < 4; ++i) {
        const std::string label = std::to_string(kDays[i]) + " " + v.T(kDays[i] == 1 ? N_("day") : N_("days"));
        ImGui::SetCursorScreenPos(ImVec2(cols.Cell(nx, i, dw, Em(0.3f)), y));
        if (TextPill({"poll-days", kDays[i]}, "", label.c_str(), ImVec2(dw, row_h), draft.days == kDays[i]))
            out.push_back(intent::Teach{intent::teach::PollDays{kDays[i]}});
    }
    y += row_h + Em(0.8f);
    ImGui::SetCursorScreenPos(ImVec2(nx, y));
    if (BarButton({"poll.create"}, "🗳️", N_("Start the poll"), v.T(N_("Start the poll")), ImVec2(w, Em(3.2f)),
                  colors::kPhotos))
        out.push_back(intent::Teach{intent::teach::CreatePoll{}});

    // The polls so far, newest first.
    ImFont* body = v.fonts.body;
    y = y0;
    heading(lx, y, N_("Answers"));
    const float card_h = Em(7.4f);
    int listed = 0;
    for (const PollSummary& p : v.polls) {
        if (y + card_h > display.y - cols.margin) break;
        const ImVec2 a(lx, y), b(lx + w, y + card_h);
        dl->AddRectFilled(a, b, colors::kTile, Em(0.7f));
        const bool open = p.poll.closes_on >= v.data.today.Iso();
        std::string title = v.T(p.poll.question.c_str());
        if (!p.event_title.empty()) title += "  " + p.event_title;
        const float text_w = w * 0.5f - Em(1.0f);
        const float tx = rtl ? b.x - Em(0.6f) - text_w : a.x + Em(0.6f);
        DrawTextCentered(dl, body, tx + text_w * 0.5f, a.y + Em(0.5f), text_w, title.c_str(), colors::kText);
        const std::string when = p.poll.opens_on + " – " + p.poll.closes_on + "   (" + std::to_string(p.total) + ")";
        DrawTextCentered(dl, body, tx + text_w * 0.5f, a.y + Em(3.0f), text_w, when.c_str(), colors::kTextSoft);
        if (open) {
            ImGui::SetCursorScreenPos(ImVec2(tx + (text_w - Em(8.0f)) * 0.5f, b.y - Em(3.0f)));
            if (BarButton({"poll.close", p.poll.id}, "🛑", N_("Close"), v.T(N_("Close")), Em(8.0f, 2.5f), colors::kTile))
                out.push_back(intent::Teach{intent::teach::ClosePoll{p.poll.id}});
        }
        const float bx = rtl ? a.x + Em(0.6f) : a.x + w * 0.5f;
        DrawAnswerBars(v, dl, ImVec2(bx, a.y + Em(0.4f)), ImVec2(bx + w * 0.5f - Em(0.6f), b.y - Em(0.3f)), p.answers);
        y += card_h + Em(0.5f);
        ++listed;
    }
    if (listed == 0)
        DrawTextCentered(dl, body, lx + w * 0.5f, y + Em(0.5f), w, v.T(N_("No polls yet.")), colors::kTextSoft);
}

}  // namespace kd::screens
