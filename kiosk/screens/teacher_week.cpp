// For the team meeting: what parents raised this week and this month, by topic
// and by feeling, as bars. Counts only: no names, nothing that points to a family.
#include "i18n/catalog.h"
#include "screens/screens.h"
#include "ui/sizes.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>
#include <string>
#include <vector>

namespace kd::screens {

using namespace kd::ui;

namespace {

// One panel: a title with the total, the topics as horizontal bars (most named
// first), and the five faces as columns.
void DrawPanel(const KioskView& v, ImDrawList* dl, ImVec2 a, ImVec2 b, const char* title_msgid,
               const ConcernCounts& counts) {
    const bool rtl = v.rtl;
    ImFont* large = v.fonts.large;
    ImFont* body = v.fonts.body;
    dl->AddRectFilled(a, b, colors::kTile, Em(0.8f));
    const float w = b.x - a.x, pad = Em(1.0f);
    const std::string title = std::string(v.T(title_msgid)) + "  (" + std::to_string(counts.total) + ")";
    DrawTextCentered(dl, large, a.x + w * 0.5f, a.y + Em(0.5f), w - 2 * pad, title.c_str(), colors::kText);
    float y = a.y + Em(2.6f);

    // Topics, most named first; only those named at all.
    std::vector<std::pair<const Pictogram*, int>> topics;
    for (const Pictogram& p : v.pictos.topics.Rows()) {
        const auto it = counts.topics.find(p.id);
        if (it != counts.topics.end() && it->second > 0) topics.push_back({&p, it->second});
    }
    std::stable_sort(topics.begin(), topics.end(), [](const auto& x, const auto& y) { return x.second > y.second; });
    int most = 1;
    for (const auto& t : topics) most = std::max(most, t.second);
    const float faces_h = Em(8.0f);
    const float row_h = std::min(Em(2.1f), topics.empty() ? Em(2.1f) : (b.y - y - faces_h - Em(1.0f)) / topics.size());
    const float label_w = std::min(Em(10.0f), w * 0.4f), picto = std::min(row_h - Em(0.2f), Em(1.8f));
    const float bar_x0 = a.x + pad + picto + Em(0.4f) + label_w, bar_max = w - 2 * pad - picto - label_w - Em(3.2f);
    if (topics.empty())
        DrawTextCentered(dl, body, a.x + w * 0.5f, y + Em(0.5f), w - 2 * pad, v.T(N_("No messages in this period.")),
                         colors::kTextSoft);
    for (const auto& [p, n] : topics) {
        const float cy = y + row_h * 0.5f;
        const float len = std::max(Em(0.3f), bar_max * n / most);
        // Mirrored for right to left: the bars grow from the reading start.
        const float px = rtl ? b.x - pad - picto * 0.5f : a.x + pad + picto * 0.5f;
        DrawPicto(dl, p->emoji.c_str(), ImVec2(px, cy), picto);
        const char* label = v.T(p->msgid.c_str());
        const float lx = rtl ? b.x - pad - picto - Em(0.4f) - label_w : a.x + pad + picto + Em(0.4f);
        DrawTextLine(dl, body, ImVec2(lx, cy - body->FontSize * 0.55f), label_w, label, colors::kText, rtl);
        const float bx = rtl ? b.x - (bar_x0 - a.x) - len : bar_x0;
        dl->AddRectFilled(ImVec2(bx, cy - row_h * 0.3f), ImVec2(bx + len, cy + row_h * 0.3f), colors::kTell, Em(0.3f));
        const std::string num = std::to_string(n);
        const float nw = body->CalcTextSizeA(body->FontSize, FLT_MAX, 0, num.c_str()).x;
        DrawTextLine(dl, body, ImVec2(rtl ? bx - Em(0.4f) - nw : bx + len + Em(0.4f), cy - body->FontSize * 0.55f),
                     nw + 0.5f, num.c_str(), colors::kText);
        y += row_h;
    }

    // Feelings: five columns, from very happy to very worried, faces under them.
    const float fy1 = b.y - Em(2.6f), fy0 = b.y - faces_h;
    int fmost = 1;
    for (int f : counts.feelings) fmost = std::max(fmost, f);
    const float col_w = (w - 2 * pad) / 5;
    static const ImU32 kFaceColors[5] = {colors::Rgb(0x6BBF7A), colors::Rgb(0xA8D08D), colors::Rgb(0xF2D16B),
                                         colors::Rgb(0xF2A65A), colors::Rgb(0xE0735A)};
    for (int i = 0; i < 5; ++i) {
        const int slot = rtl ? 4 - i : i;
        const float cx = a.x + pad + col_w * (slot + 0.5f);
        const float h = (fy1 - fy0 - Em(1.4f)) * counts.feelings[i] / fmost;
        if (counts.feelings[i] > 0)
            dl->AddRectFilled(ImVec2(cx - col_w * 0.25f, fy1 - h), ImVec2(cx + col_w * 0.25f, fy1), kFaceColors[i], Em(0.3f));
        const std::string num = std::to_string(counts.feelings[i]);
        const float nw = body->CalcTextSizeA(body->FontSize, FLT_MAX, 0, num.c_str()).x;
        DrawTextLine(dl, body, ImVec2(cx - nw * 0.5f, fy1 - h - body->FontSize * 1.1f), nw + 0.5f, num.c_str(),
                     colors::kText);
        if (const Pictogram* f = v.pictos.feelings.Find(std::to_string(i + 1)))
            DrawPicto(dl, f->emoji.c_str(), ImVec2(cx, fy1 + Em(1.2f)), Em(2.0f));
    }
}

}  // namespace

void DrawTeacherWeek(const KioskView& v, std::vector<Intent>& out) {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float top = DrawTeacherHeader(v, out, "📊", N_("For the team: what parents raised"));
    const float margin = Em(1.2f), gap = Em(1.2f);
    const float y0 = top + Em(0.8f), y1 = display.y - margin;
    const bool rtl = v.rtl;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const TeacherInbox& box = v.teacher.Inbox();
    if (display.x < display.y) {
        // Upright: the week over the month, each the full width.
        const float h = (y1 - y0 - gap) / 2;
        DrawPanel(v, dl, ImVec2(margin, y0), ImVec2(display.x - margin, y0 + h), N_("This week"), box.week);
        DrawPanel(v, dl, ImVec2(margin, y0 + h + gap), ImVec2(display.x - margin, y1), N_("This month"), box.month);
        return;
    }
    const float w = (display.x - 2 * margin - gap) / 2;
    const float week_x = rtl ? margin + w + gap : margin, month_x = rtl ? margin : margin + w + gap;
    DrawPanel(v, dl, ImVec2(week_x, y0), ImVec2(week_x + w, y1), N_("This week"), box.week);
    DrawPanel(v, dl, ImVec2(month_x, y0), ImVec2(month_x + w, y1), N_("This month"), box.month);
}

}  // namespace kd::screens
