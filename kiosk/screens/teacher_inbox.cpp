// The teacher's inbox: what must happen before pick-up (today's same-day
// messages), then the rest of today, then earlier this week; open ones before
// done. One row per message: whose, what about, how the parent feels, what the
// parent asked for, interpreter, the parent's language, when; and three big
// answers (seen / let's talk / done) that the parent sees back on the child's tile.
#include "i18n/catalog.h"
#include "i18n/dates.h"
#include "i18n/display_text.h"
#include "screens/screens.h"
#include "services/maintenance.h"
#include "services/pickup_list.h"
#include "ui/screen_pieces.h"
#include "ui/sizes.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>
#include <cfloat>
#include <cstdio>
#include <string>

namespace kd::screens {

using namespace kd::ui;

namespace {

struct Answer {
    const char* id;
    const char* emoji;
    const char* msgid;
    ConcernStatus status;
};
// The pictograms of the teacher's answers (StatusEmoji).
constexpr Answer kAnswers[] = {{"seen", "👀", N_("Seen"), ConcernStatus::Seen},
                               {"talk", "🗣️", N_("Let's talk"), ConcernStatus::WillTalk},
                               {"done", "✅", N_("Done"), ConcernStatus::Done}};

// Column x positions in em from the reading start; mirrored for right to left.
struct Columns {
    float who = 0.6f, who_w = 8.6f;
    float topics = 9.6f, topics_w = 12.0f;
    float feeling = 22.0f, feeling_w = 3.4f;
    float wish = 25.8f, wish_w = 8.6f;
    float extra = 34.8f, extra_w = 7.4f;  // interpreter, language
    float when = 42.6f, when_w = 4.2f;
    float answers = 47.2f;                // three answer buttons
};

// How a row is laid out for the width there is: the columns above in one
// line with the answers at the end; or, too narrow for that (an upright
// screen, a small panel), whose / what / feeling / wish on a first line
// (narrowed to fit) and the interpreter, language, time and the answers on a second.
struct RowLayout {
    bool two_lines = false;
    float scale = 1.0f;     // the first line's columns, narrowed
    float line1_h = 0.0f;   // the first line's height (the whole row's in one line)
    float answer_w = 0.0f, answer_h = 0.0f;
    float answers_x = 0.0f; // in em from the reading start
    float row_h = 0.0f;
};

RowLayout LayoutRow(const KioskView& v, float width) {
    ImFont* body = v.fonts.body;
    const Columns col;
    float caption = Finger();
    for (const Answer& a : kAnswers)
        caption = std::max(caption, body->CalcTextSizeA(body->FontSize * kMinTextScale, FLT_MAX, 0, v.T(a.msgid)).x + Em(0.8f));
    RowLayout l;
    auto answer_w = [&](float from_em) { return (width - Em(from_em) - Em(0.6f) - 2 * Em(0.4f)) / 3; };
    if (answer_w(col.answers) >= caption) {
        l.line1_h = std::max(Em(5.0f), Finger() + Em(0.7f));
        l.answer_w = answer_w(col.answers);
        l.answer_h = l.line1_h - Em(0.7f);
        l.answers_x = col.answers;
        l.row_h = l.line1_h;
        return l;
    }
    l.two_lines = true;
    l.scale = std::min(1.0f, (width / EmPixels() - 0.6f) / (col.wish + col.wish_w));
    l.line1_h = Em(4.6f);
    l.answers_x = 0.6f + col.extra_w + 0.6f + col.when_w + 0.6f;
    l.answer_w = answer_w(l.answers_x);
    l.answer_h = std::max(Finger(), Em(4.4f));
    l.row_h = l.line1_h + l.answer_h + Em(0.6f);
    return l;
}

class RowPainter {
public:
    RowPainter(ImVec2 origin, float width, bool rtl) : m_origin(origin), m_width(width), m_rtl(rtl) {}
    // The screen x of a column starting `x` em in, `w` em wide.
    float X(float x, float w) const { return m_rtl ? m_origin.x + m_width - Em(x + w) : m_origin.x + Em(x); }
    float CenterX(float x, float w) const { return X(x, w) + Em(w) * 0.5f; }

private:
    ImVec2 m_origin;
    float m_width;
    bool m_rtl;
};

std::string TopicLabels(const KioskView& v, const Concern& c) {
    // Labels come in display form (visual order); right to left, the first
    // topic goes rightmost, with the Arabic comma after it on its left.
    const bool rtl = v.rtl;
    std::string s;
    for (const std::string& t : c.topics) {
        const Pictogram* p = v.pictos.topics.Find(t);
        const std::string label = p ? v.T(p->msgid.c_str()) : t;
        if (s.empty()) s = label;
        else s = rtl ? label + " \xD8\x8C" + s : s + ", " + label;  // U+060C ARABIC COMMA
    }
    return s;
}

const char* Endonym(const KioskView& v, const std::string& code) {
    for (const LanguageChoice& l : v.languages)
        if (l.code == code) return l.endonym.c_str();
    return code.c_str();
}

void DrawRow(const KioskView& v, std::vector<Intent>& out, const Concern& c, ImVec2 at, float width,
             const RowLayout& l, ImDrawList* dl) {
    const bool rtl = v.rtl;
    ImFont* large = v.fonts.large;
    ImFont* body = v.fonts.body;
    const float height = l.row_h;
    Columns col;
    if (l.two_lines) {
        // The first line's columns narrowed to the width; the interpreter, the
        // language and the time at the start of the second.
        for (float* f : {&col.who, &col.who_w, &col.topics, &col.topics_w, &col.feeling, &col.feeling_w, &col.wish,
                         &col.wish_w})
            *f *= l.scale;
        col.extra = 0.6f;
        col.when = col.extra + col.extra_w + 0.6f;
    }
    const RowPainter p(at, width, rtl);
    const float cy = at.y + l.line1_h * 0.5f;
    // The band of the interpreter, language and time: the first line, or the second.
    const float band_y = l.two_lines ? at.y + l.line1_h : at.y;
    const float band_cy = l.two_lines ? band_y + (l.answer_h + Em(0.6f)) * 0.5f : cy;
    const bool done = c.status == ConcernStatus::Done;

    dl->AddRectFilled(at, ImVec2(at.x + width, at.y + height), done ? colors::kBar : colors::kTile, Em(0.7f));
    if (c.status == ConcernStatus::New)  // an unanswered message has a warm edge at the reading start
        dl->AddRectFilled(ImVec2(rtl ? at.x + width - Em(0.35f) : at.x, at.y),
                          ImVec2(rtl ? at.x + width : at.x + Em(0.35f), at.y + height), colors::kTell, Em(0.7f));

    // Whose: the child's symbol and name, or the class.
    const Child* child = c.child_id ? FindChild(v, *c.child_id) : nullptr;
    const char* symbol = child ? child->symbol.c_str() : v.data.door_class.symbol.c_str();
    const char* name = child ? child->first_name.c_str() : v.T(N_("The whole class"));
    const float sym = Em(2.6f);
    DrawPicto(dl, symbol, ImVec2(p.X(col.who, 2.8f) + sym * 0.5f + Em(0.1f), cy), sym);
    DrawTextCentered(dl, large, p.CenterX(col.who + 3.0f, col.who_w - 3.0f),
                     cy - CalcTextCenteredHeight(large, Em(col.who_w - 3.0f), name) * 0.5f, Em(col.who_w - 3.0f), name,
                     colors::kText);

    // What about: the topics' pictograms over their labels.
    const int n = static_cast<int>(std::min<size_t>(c.topics.size(), 4));
    const float tp = Em(2.0f);
    for (int i = 0; i < n; ++i) {
        const Pictogram* t = v.pictos.topics.Find(c.topics[i]);
        const float x = p.CenterX(col.topics, col.topics_w) + (i - (n - 1) * 0.5f) * (tp + Em(0.4f)) * (rtl ? -1 : 1);
        if (t) DrawPicto(dl, t->emoji.c_str(), ImVec2(x, at.y + Em(0.4f) + tp * 0.5f), tp);
    }
    const std::string labels = TopicLabels(v, c);
    DrawTextCentered(dl, body, p.CenterX(col.topics, col.topics_w), at.y + Em(0.6f) + tp, Em(col.topics_w),
                     labels.c_str(), colors::kText);

    // How the parent feels: the face they tapped.
    if (const Pictogram* f = v.pictos.feelings.Find(std::to_string(c.feeling)))
        DrawPicto(dl, f->emoji.c_str(), ImVec2(p.CenterX(col.feeling, col.feeling_w), cy), Em(2.8f));

    // What the parent asked for.
    if (const Pictogram* w = v.pictos.wishes.Find(c.wish)) {
        DrawPicto(dl, w->emoji.c_str(), ImVec2(p.CenterX(col.wish, col.wish_w), at.y + Em(0.4f) + tp * 0.5f), tp);
        DrawTextCentered(dl, body, p.CenterX(col.wish, col.wish_w), at.y + Em(0.6f) + tp, Em(col.wish_w),
                         v.T(w->msgid.c_str()), colors::kText);
    }

    // An interpreter, highlighted; the language the parent used, in its own script.
    float ey = band_y + Em(0.5f);
    if (c.interpreter) {
        const float x0 = p.X(col.extra, col.extra_w);
        dl->AddRectFilled(ImVec2(x0, ey), ImVec2(x0 + Em(col.extra_w), ey + Em(1.9f)), colors::kAttention, Em(0.9f));
        const Pictogram* ip = v.pictos.wishes.Find("interpreter");
        DrawPicto(dl, ip ? ip->emoji.c_str() : "🌐", ImVec2(rtl ? x0 + Em(col.extra_w - 1.0f) : x0 + Em(1.0f), ey + Em(0.95f)),
                  Em(1.4f));
        DrawTextCentered(dl, body, x0 + Em(col.extra_w * 0.5f + (rtl ? -0.6f : 0.6f)), ey + Em(0.35f),
                         Em(col.extra_w - 2.0f), v.T(N_("Interpreter")), colors::kText);
        ey += Em(2.2f);
    }
    DrawTextCentered(dl, large, p.CenterX(col.extra, col.extra_w), c.interpreter ? ey : band_cy - Em(0.8f),
                     Em(col.extra_w), Endonym(v, c.lang), colors::kTextSoft);

    // When.
    const auto when = v.teacher.Inbox().when.find(c.id);
    if (when != v.teacher.Inbox().when.end())
        DrawTextCentered(dl, body, p.CenterX(col.when, col.when_w), band_cy - Em(0.5f), Em(col.when_w), when->second.c_str(),
                         colors::kTextSoft);

    // The three answers: one tap each, the current one marked; each its pictogram over one line of words.
    const float bw = l.answer_w;
    const ImVec2 answer(bw, l.answer_h);
    const CaptionTileLook look{.picto = std::min({answer.x * 0.5f, answer.y - body->FontSize - Em(0.9f), Em(2.6f)}),
                               .picto_top = Em(0.3f), .selected_edge = Em(0.22f)};
    const float answers_y = l.two_lines ? band_y + Em(0.3f) : at.y + Em(0.35f);
    for (int i = 0; i < 3; ++i) {
        const Answer& a = kAnswers[i];
        const float x = rtl ? at.x + Em(0.6f) + (2 - i) * (bw + Em(0.4f)) : at.x + Em(l.answers_x) + i * (bw + Em(0.4f));
        ImGui::SetCursorScreenPos(ImVec2(x, answers_y));
        const std::string key = std::string(a.id) + "." + std::to_string(c.id);
        if (CaptionTile({"answer", -1, key.c_str()}, a.emoji, a.msgid, v.T(a.msgid), answer, c.status == a.status, body,
                        look))
            out.push_back(intent::SetConcernStatus{c.id, a.status});
    }
}

// A section title with its count: "Today 5".
float DrawSection(const KioskView& v, ImDrawList* dl, ImVec2 at, float width, const char* msgid, size_t count) {
    ImFont* large = v.fonts.large;
    const std::string text = std::string(v.T(msgid)) + "  (" + std::to_string(count) + ")";
    DrawTextLine(dl, large, ImVec2(at.x, at.y + Em(0.3f)), width, text.c_str(), colors::kText, v.rtl);
    return Em(2.4f);
}

// What a notice says, line by line, in the teacher's language.
std::vector<std::string> NoticeLines(const KioskView& v, const Notice& n) {
    std::vector<std::string> lines;
    if (n.kind == "database_restored") {
        const RecoveryNotice r = DecodeRecoveryNotice(n.detail);
        lines.push_back(v.T(N_("The kiosk's data was damaged. It has been repaired.")));
        if (r.from_backup) {
            const auto t = i18n::LocalDateTime(r.backup_made_at, v.settings.time_zone);
            lines.push_back(v.Say(Message(N_("Restored from the backup of %s."), t.date.Iso() + " " + t.Hhmm())));
        } else {
            lines.push_back(v.T(N_("There was no good backup: the kiosk kept what it could still read.")));
        }
        if (r.concerns_rescued > 0)
            lines.push_back(v.Say(Message(N_("Messages from parents rescued from the damaged data: %d"), r.concerns_rescued)));
        lines.push_back(v.T(N_("The damaged file is kept for your IT person:")));
        lines.push_back(r.damaged_file);
    } else if (n.kind == "restarts") {
        lines.push_back(v.Say(Message(N_("The kiosk had to restart %d times in a row. Please ask your IT person to look at it."),
                                      DecodeRestartNotice(n.detail))));
    }
    return lines;
}

// A notice above the messages: a tool pictogram, what happened, and OK to put it away.
float DrawNotice(const KioskView& v, std::vector<Intent>& out, const Notice& n, ImVec2 at, float width, ImDrawList* dl) {
    const bool rtl = v.rtl;
    ImFont* body = v.fonts.body;
    const ImVec2 ok(Em(7.0f), Em(3.0f));
    const float pad = Em(0.8f), icon = Em(2.6f);
    const float text_w = width - 2 * pad - icon - ok.x - 2 * Em(1.0f);
    const auto lines = NoticeLines(v, n);
    float text_h = 0;
    for (const auto& l : lines) text_h += CalcTextCenteredHeight(body, text_w, l.c_str());
    const float h = std::max(text_h, ok.y) + 2 * pad;
    const ImVec2 b(at.x + width, at.y + h);
    dl->AddRectFilled(at, b, colors::kTile, Em(0.7f));
    dl->AddRect(at, b, colors::kWarning, Em(0.7f), 0, Em(0.15f));
    const float icon_cx = rtl ? b.x - pad - icon * 0.5f : at.x + pad + icon * 0.5f;
    DrawPicto(dl, "🛠️", ImVec2(icon_cx, at.y + pad + icon * 0.5f), icon);
    const float text_cx = rtl ? b.x - pad - icon - Em(1.0f) - text_w * 0.5f : at.x + pad + icon + Em(1.0f) + text_w * 0.5f;
    float y = at.y + (h - text_h) * 0.5f;  // one line or five, in the middle of the card
    for (const auto& l : lines) y += DrawTextCentered(dl, body, text_cx, y, text_w, l.c_str(), colors::kText);
    ImGui::SetCursorScreenPos(ImVec2(rtl ? at.x + pad : b.x - pad - ok.x, at.y + (h - ok.y) * 0.5f));
    if (BarButton({"notice.ok", static_cast<int>(n.id)}, "✅", N_("OK"), v.T(N_("OK")), ok, colors::kSelected))
        out.push_back(intent::Teach{intent::teach::DismissNotice{n.id}});
    return h;
}

}  // namespace

void DrawTeacherInbox(const KioskView& v, std::vector<Intent>& out) {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float top = DrawTeacherHeader(v, out, "📥", N_("Messages from parents"));
    const TeacherInbox& box = v.teacher.Inbox();
    const float margin = Em(1.0f), gap = Em(0.5f);
    const float width = display.x - 2 * margin - ImGui::GetStyle().ScrollbarSize;

    ImGui::SetCursorScreenPos(ImVec2(margin, top + Em(0.5f)));
    BeginDragScroll("##inbox", ImVec2(display.x - 2 * margin, display.y - top - Em(1.0f)));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 base = ImGui::GetCursorScreenPos();
    const RowLayout layout = LayoutRow(v, width);
    const float row_h = layout.row_h;
    float y = base.y;
    for (const Notice& n : v.notices) y += DrawNotice(v, out, n, ImVec2(base.x, y), width, dl) + gap;
    // Today's pick-up list, one tap away: who collects which child differently today.
    {
        const size_t changes = PickupChanges(box, v.pictos).size();
        const std::string label = std::string(v.T(N_("Pick-up today"))) + "  (" + std::to_string(changes) + ")";
        const ImVec2 size(std::min(width, Em(16.0f)), std::max(Finger(), Em(3.0f)));
        ImGui::SetCursorScreenPos(ImVec2(v.rtl ? base.x + width - size.x : base.x, y));
        if (BarButton({"inbox.pickup"}, "🚗", N_("Pick-up today"), label.c_str(), size,
                      changes > 0 ? colors::kAttention : colors::kTile))
            out.push_back(intent::ShowTeacher{Screen::TeacherPickup});
        y += size.y + Em(0.8f);
    }
    auto rows = [&](const std::vector<Concern>& list) {
        for (const Concern& c : list) {
            const ImVec2 at(base.x, y);
            // Off-screen rows only take their place.
            if (ImGui::IsRectVisible(at, ImVec2(at.x + width, at.y + row_h))) DrawRow(v, out, c, at, width, layout, dl);
            y += row_h + gap;
        }
    };
    // What must happen before pick-up first, on a warm band of its own: who picks up, medicine, sick...
    if (!box.before_pickup.empty()) {
        const float band_h = Em(2.4f) + box.before_pickup.size() * (row_h + gap) + Em(0.4f);
        dl->AddRectFilled(ImVec2(base.x - Em(0.3f), y), ImVec2(base.x + width + Em(0.3f), y + band_h), colors::kAttention,
                          Em(0.9f));
        y += DrawSection(v, dl, ImVec2(base.x + Em(0.3f), y), width - Em(0.6f), N_("Before pick-up"), box.before_pickup.size());
        rows(box.before_pickup);
        y += Em(1.0f);
    }
    if (!box.today.empty() || box.before_pickup.empty())
        y += DrawSection(v, dl, ImVec2(base.x, y), width, N_("Today"), box.today.size());
    if (box.today.empty() && box.before_pickup.empty()) {
        ImFont* body = v.fonts.body;
        y += DrawTextCentered(dl, body, base.x + width * 0.5f, y + Em(0.3f), width,
                              v.T(N_("No messages from parents today.")), colors::kTextSoft) + Em(0.8f);
    }
    rows(box.today);
    if (!box.earlier.empty()) {
        y += Em(0.6f);
        y += DrawSection(v, dl, ImVec2(base.x, y), width, N_("Earlier this week"), box.earlier.size());
        rows(box.earlier);
    }
    if (box.unreadable > 0) {
        // Rows that do not open: altered, or sealed to a key this code does not hold.
        ImFont* body = v.fonts.body;
        const std::string text = std::to_string(box.unreadable) + "  " + v.T(N_("could not be opened"));
        y += DrawTextCentered(dl, body, base.x + width * 0.5f, y + Em(0.5f), width, text.c_str(), colors::kWarning);
    }
    // The content's extent, so the child window scrolls over all of it.
    ImGui::SetCursorScreenPos(ImVec2(base.x, y));
    ImGui::Dummy(ImVec2(1, Em(0.5f)));
    ImGui::EndChild();
}

}  // namespace kd::screens
