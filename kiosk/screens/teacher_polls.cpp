// Teacher mode: quick polls. On the reading-start side a new poll is made in
// three taps (a ready-made question, what it is about, how long); on the other
// side the polls so far with their answers as bars, and Close for an open one.
#include "i18n/catalog.h"
#include "screens/screens.h"
#include "ui/sizes.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>
#include <cfloat>
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
        DrawTextLine(dl, body, ImVec2(cx - nw * 0.5f, base - h - body->FontSize * 1.1f), nw + 0.5f, num.c_str(),
                     colors::kText);
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
    ImFont* large = v.fonts.large;
    ImFont* body = v.fonts.body;
    const bool rtl = v.rtl;
    const float margin = Em(1.5f), finger = Finger();
    float y = top + Em(0.8f);
    y += DrawTeacherProblem(v, y, Em(0.3f));

    // A new poll read first, the answers beside it on a wide screen, under it
    // on an upright one; each under a heading. The page scrolls by dragging
    // when it is taller than the screen.
    const float page_w = display.x - 2 * margin;
    ImGui::SetCursorScreenPos(ImVec2(margin, y));
    BeginDragScroll("##teacher-polls", ImVec2(page_w, display.y - y - margin));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 base = ImGui::GetCursorScreenPos();
    const bool two = page_w >= Em(48.0f);
    const float cgap = Em(1.5f);
    const float w = two ? (page_w - cgap) * 0.5f : page_w;
    const float nx = two && rtl ? base.x + w + cgap : base.x;
    const float lx = two && !rtl ? base.x + w + cgap : base.x;
    // The left edge of cell `i` of a row of cells in the column at x, from the reading start.
    auto cell_x = [&](float x, int i, float cell, float gap) {
        return rtl ? x + w - (i + 1) * cell - i * gap : x + i * (cell + gap);
    };
    auto heading = [&](float x, float& yy, const char* msgid) {
        DrawTextLine(dl, large, ImVec2(x, yy), w, v.T(msgid), colors::kText, rtl);
        yy += large->FontSize * 1.4f;
    };
    const float row_h = std::max(Em(2.8f), finger), gap = Em(0.3f);

    // A new poll: the question...
    float ya = base.y;
    heading(nx, ya, N_("New poll"));
    for (const ReadyQuestion& q : ReadyMadeQuestions()) {
        ImGui::SetCursorScreenPos(ImVec2(nx, ya));
        if (TextPill({"poll-question", -1, q.key.c_str()}, q.msgid.c_str(), v.T(q.msgid.c_str()), ImVec2(w, row_h),
                     draft.question == q.key))
            out.push_back(intent::Teach{intent::teach::PollQuestion{q.key}});
        ya += row_h + gap;
    }
    // ...what it is about: nothing in particular, or one of the last two weeks'
    // events, as many a row as their words fit...
    ya += Em(0.4f);
    const auto& events = v.recent_events;
    const int shown = std::min<int>(4, static_cast<int>(events.size()));
    std::vector<std::string> labels{v.T(N_("In general"))};
    for (int i = 0; i < shown; ++i) labels.push_back(events[i].title);
    const int tiles = shown + 1;
    auto tile_w = [&](int per) { return (w - gap * (per - 1)) / per; };
    auto words_fit = [&](float cw) {
        for (const std::string& l : labels)
            if (!WordsFit(body, (cw - Em(1.2f)) / kMinTextScale, l.c_str())) return false;
        return cw >= finger;
    };
    int per = tiles;
    while (per > 1 && !words_fit(tile_w(per))) --per;
    const float ew = tile_w(per);
    float text_most = 0;
    for (const std::string& l : labels) text_most = std::max(text_most, CalcTextCenteredHeight(body, ew - Em(1.2f), l.c_str()));
    const float picto = std::min(Em(2.0f), ew - Em(1.2f));
    const float eh = std::max({Em(5.2f), finger, text_most + picto + 3 * Em(0.6f) + Em(0.2f), 2 * picto});
    for (int i = 0; i < tiles; ++i) {
        ImGui::SetCursorScreenPos(ImVec2(cell_x(nx, i % per, ew, gap), ya + (i / per) * (eh + gap)));
        if (i == 0) {
            if (PictoTile({"poll-event", 0}, "💭", N_("In general"), labels[0].c_str(), ImVec2(ew, eh), colors::kBar,
                          draft.event_id ? TileState::Normal : TileState::Selected, 2.0f))
                out.push_back(intent::Teach{intent::teach::PollEvent{0}});
            continue;
        }
        const Event& e = events[i - 1];
        const Pictogram* t = v.pictos.event_types.Find(e.type);
        if (PictoTile({"poll-event", e.id}, t ? t->emoji.c_str() : "📅", "", e.title.c_str(), ImVec2(ew, eh),
                      colors::kBar, draft.event_id == e.id ? TileState::Selected : TileState::Normal, 2.0f))
            out.push_back(intent::Teach{intent::teach::PollEvent{e.id}});
    }
    ya += ((tiles + per - 1) / per) * (eh + gap) + Em(0.4f);
    // ...and for how many days: four across, or two when their words need it.
    static constexpr int kDays[] = {1, 3, 7, 14};
    std::string day_labels[4];
    for (int i = 0; i < 4; ++i) day_labels[i] = std::to_string(kDays[i]) + " " + v.T(kDays[i] == 1 ? N_("day") : N_("days"));
    auto days_fit = [&](float dw) {
        for (const std::string& l : day_labels)
            if (body->CalcTextSizeA(body->FontSize * kMinTextScale, FLT_MAX, 0, l.c_str()).x > dw - row_h * 0.5f - Em(0.3f))
                return false;
        return dw >= finger;
    };
    const int days_per = days_fit((w - 3 * gap) / 4) ? 4 : 2;
    const float dw = (w - (days_per - 1) * gap) / days_per;
    for (int i = 0; i < 4; ++i) {
        ImGui::SetCursorScreenPos(ImVec2(cell_x(nx, i % days_per, dw, gap), ya + (i / days_per) * (row_h + gap)));
        if (TextPill({"poll-days", kDays[i]}, "", day_labels[i].c_str(), ImVec2(dw, row_h), draft.days == kDays[i]))
            out.push_back(intent::Teach{intent::teach::PollDays{kDays[i]}});
    }
    ya += (4 / days_per) * (row_h + gap) + Em(0.5f);
    ImGui::SetCursorScreenPos(ImVec2(nx, ya));
    if (BarButton({"poll.create"}, "🗳️", N_("Start the poll"), v.T(N_("Start the poll")),
                  ImVec2(w, std::max(Em(3.2f), finger)), colors::kPhotos))
        out.push_back(intent::Teach{intent::teach::CreatePoll{}});
    ya += std::max(Em(3.2f), finger) + Em(1.0f);

    // The polls so far, newest first: the question and its dates, Close for an
    // open one, and the answers as bars beside them.
    float yb = two ? base.y : ya;
    heading(lx, yb, N_("Answers"));
    const ImVec2 close_size(std::max(Em(8.0f), finger), std::max(Em(2.5f), finger));
    for (const PollSummary& p : v.polls) {
        const bool open = p.poll.closes_on >= v.data.today.Iso();
        std::string title = v.T(p.poll.question.c_str());
        if (!p.event_title.empty()) title += "  " + p.event_title;
        const std::string when = p.poll.opens_on + " – " + p.poll.closes_on + "   (" + std::to_string(p.total) + ")";
        const float text_w = w * 0.5f - Em(1.0f);
        const float title_h = CalcTextCenteredHeight(body, text_w, title.c_str());
        const float when_h = CalcTextCenteredHeight(body, text_w, when.c_str());
        const float card_h = std::max(Em(7.4f), Em(0.5f) + title_h + Em(0.3f) + when_h + Em(0.4f) +
                                                    (open ? close_size.y + Em(0.4f) : 0.0f));
        const ImVec2 a(lx, yb), b(lx + w, yb + card_h);
        dl->AddRectFilled(a, b, colors::kTile, Em(0.7f));
        const float tx = rtl ? b.x - Em(0.6f) - text_w : a.x + Em(0.6f);
        float ty = a.y + Em(0.5f);
        ty += DrawTextCentered(dl, body, tx + text_w * 0.5f, ty, text_w, title.c_str(), colors::kText) + Em(0.3f);
        DrawTextCentered(dl, body, tx + text_w * 0.5f, ty, text_w, when.c_str(), colors::kTextSoft);
        if (open) {
            const float cw = std::min(close_size.x, text_w);
            ImGui::SetCursorScreenPos(ImVec2(tx + (text_w - cw) * 0.5f, b.y - Em(0.4f) - close_size.y));
            if (BarButton({"poll.close", p.poll.id}, "🛑", N_("Close"), v.T(N_("Close")), ImVec2(cw, close_size.y),
                          colors::kTile))
                out.push_back(intent::Teach{intent::teach::ClosePoll{p.poll.id}});
        }
        const float bx = rtl ? a.x + Em(0.6f) : a.x + w * 0.5f;
        DrawAnswerBars(v, dl, ImVec2(bx, a.y + Em(0.4f)), ImVec2(bx + w * 0.5f - Em(0.6f), b.y - Em(0.3f)), p.answers);
        yb += card_h + Em(0.5f);
    }
    if (v.polls.empty()) {
        DrawTextCentered(dl, body, lx + w * 0.5f, yb + Em(0.5f), w, v.T(N_("No polls yet.")), colors::kTextSoft);
        yb += Em(2.0f);
    }

    // The content's extent, so the page scrolls over all of it.
    ImGui::SetCursorScreenPos(ImVec2(base.x, std::max(ya, yb)));
    ImGui::Dummy(ImVec2(1, 1));
    ImGui::EndChild();
}

}  // namespace kd::screens
