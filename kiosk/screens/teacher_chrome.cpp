// The bar over the teacher screens: leave (Home before the code, Log out after),
// the title on the code screen, and once unlocked the tabs of teacher mode.
#include "i18n/catalog.h"
#include "screens/screens.h"
#include "ui/screen_pieces.h"
#include "ui/sizes.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>
#include <cfloat>

namespace kd::screens {

using namespace kd::ui;

std::string TeacherProblem(const KioskView& v) { return v.Say(v.admin.Problem()); }

float DrawTeacherProblem(const KioskView& v, float y, float after) {
    const std::string problem = TeacherProblem(v);
    if (problem.empty()) return 0.0f;
    const float width = ImGui::GetIO().DisplaySize.x;
    return DrawTextCentered(ImGui::GetWindowDrawList(), v.fonts.body, width * 0.5f, y, width - 2 * Em(1.5f),
                            problem.c_str(), colors::kWarning) +
           after;
}

TeacherPage BeginTeacherPage(const KioskView& v, std::vector<Intent>& out, const char* emoji, const char* title_msgid) {
    const float top = DrawTeacherHeader(v, out, emoji, title_msgid);
    return {ImGui::GetIO().DisplaySize, v.fonts.body, v.rtl, Em(1.5f), top + Em(0.8f)};
}

bool BeginTeacherList(const KioskView& v, const TeacherPage& p, float y, const char* id, bool empty,
                      const char* empty_msgid) {
    if (empty) {
        DrawTextCentered(ImGui::GetWindowDrawList(), p.body, p.display.x * 0.5f, y + Em(2.0f), p.display.x - 2 * p.margin,
                         v.T(empty_msgid), colors::kTextSoft);
        return false;
    }
    const ImVec2 area_min(p.margin, y), area_max(p.display.x - p.margin, p.display.y - p.margin);
    ImGui::SetCursorScreenPos(area_min);
    BeginDragScroll(id, ImVec2(area_max.x - area_min.x, area_max.y - area_min.y));
    return true;
}

float DrawTeacherHeader(const KioskView& v, std::vector<Intent>& out, const char* emoji, const char* title_msgid) {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const bool rtl = v.rtl;
    const float margin = Em(1.2f), pad = Em(0.6f), gap = Em(0.4f);
    // Every button of the bar a finger high at least (on a 10" panel that is 4 em).
    const float h = std::max(Em(3.2f), Finger());
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const bool unlocked = v.teacher.Unlocked();
    const char* leave_msgid = unlocked ? N_("Log out") : N_("Home");
    const WidgetId leave_id{unlocked ? "teacher.logout" : "nav.home"};
    const char* leave_emoji = unlocked ? "🚪" : "🏠";
    const float leave_w = std::max(Em(9.5f), Finger());

    if (!unlocked) {
        const float bar_h = h + 2 * pad;
        dl->AddRectFilled(ImVec2(0, 0), ImVec2(display.x, bar_h), colors::kTeacherBar);
        ImGui::SetCursorScreenPos(ImVec2(rtl ? display.x - margin - leave_w : margin, pad));
        if (BarButton(leave_id, leave_emoji, leave_msgid, v.T(leave_msgid), ImVec2(leave_w, h), colors::kTile))
            out.push_back(intent::GoHome{});
        // The title (the code screen): pictogram first in reading order, in the
        // room beside the Home button (the same room on both sides keeps it centred).
        const float side = margin + leave_w + Em(0.5f);
        const float room = display.x - 2 * side;
        if (room > Em(6.0f))
            DrawTitledPicto(dl, v.fonts.large, emoji, v.T(title_msgid), ImVec2(display.x * 0.5f, bar_h * 0.5f),
                            std::min(Em(2.4f), h - Em(0.4f)), rtl);
        return bar_h;
    }

    // The teacher's places after Log out; where we are is filled.
    struct Tab {
        const char* id;
        const char* emoji;
        const char* msgid;
        Screen to;
    };
    static constexpr Tab kTabs[] = {{"teacher.inbox", "📥", N_("Inbox"), Screen::TeacherInbox},
                                    {"teacher.week", "📊", N_("Team week"), Screen::TeacherWeek},
                                    {"teacher.class", "🧒", N_("Class list"), Screen::TeacherClass},
                                    {"teacher.photos", "📷", N_("Photos"), Screen::TeacherPhotos},
                                    {"teacher.calendar", "🗓️", N_("Calendar"), Screen::TeacherCalendar},
                                    {"teacher.polls", "🗳️", N_("Polls"), Screen::TeacherPolls},
                                    {"teacher.settings", "⚙️", N_("Settings"), Screen::TeacherSettings}};
    constexpr int n = 7;
    ImFont* body = v.fonts.body;
    // A tab needs a finger's width, and room for its words at the least size text shrinks to.
    float need = Finger();
    for (const Tab& t : kTabs)
        need = std::max(need, body->CalcTextSizeA(body->FontSize * kMinTextScale, FLT_MAX, 0, v.T(t.msgid)).x + Em(0.8f));
    // One row beside Log out when the seven fit; else Log out and the tabs in a
    // grid across the whole bar, as few rows as fit (an upright screen: two).
    const float x0 = margin + leave_w + Em(1.2f);
    const float one_row_w = (display.x - margin - x0 - (n - 1) * gap) / n;
    int cols = n, rows = 1;
    float tab_w = one_row_w;
    const bool one_row = one_row_w >= need;
    if (!one_row) {
        for (rows = 2; rows < 8; ++rows) {
            cols = (n + 1 + rows - 1) / rows;
            tab_w = (display.x - 2 * margin - (cols - 1) * gap) / cols;
            if (tab_w >= need) break;
        }
    }
    const float bar_h = rows * h + (rows - 1) * gap + 2 * pad;
    dl->AddRectFilled(ImVec2(0, 0), ImVec2(display.x, bar_h), colors::kTeacherBar);
    // The cell `i` of the grid (Log out is cell 0), from the reading start.
    auto cell = [&](int i) {
        const int c = i % cols, r = i / cols;
        const float x = margin + c * (tab_w + gap);
        return ImVec2(rtl ? display.x - x - tab_w : x, pad + r * (h + gap));
    };
    ImGui::SetCursorScreenPos(one_row ? ImVec2(rtl ? display.x - margin - leave_w : margin, pad) : cell(0));
    if (BarButton(leave_id, leave_emoji, leave_msgid, v.T(leave_msgid), ImVec2(one_row ? leave_w : tab_w, h),
                  colors::kTile))
        out.push_back(intent::GoHome{});
    // A tab: its pictogram over one line of words in the body font.
    const CaptionTileLook look{.picto = std::min(h - body->FontSize - Em(0.8f), Em(2.6f)),
                               .picto_top = Em(0.25f) + std::max(0.0f, h - body->FontSize - Em(0.8f) - Em(2.6f)) * 0.5f,
                               .selected_edge = Em(0.18f)};
    for (int i = 0; i < n; ++i) {
        const Tab& t = kTabs[i];
        const float x = rtl ? display.x - x0 - (i + 1) * tab_w - i * gap : x0 + i * (tab_w + gap);
        ImGui::SetCursorScreenPos(one_row ? ImVec2(x, pad) : cell(i + 1));
        const bool here = v.state.screen == t.to || (t.to == Screen::TeacherClass && v.state.screen == Screen::TeacherChild) ||
                          (t.to == Screen::TeacherPhotos && v.state.screen == Screen::TeacherStick) ||
                          (t.to == Screen::TeacherInbox && v.state.screen == Screen::TeacherPickup);
        if (CaptionTile({t.id}, t.emoji, t.msgid, v.T(t.msgid), ImVec2(tab_w, h), here, body, look))
            out.push_back(intent::ShowTeacher{t.to});
    }
    return bar_h;
}

}  // namespace kd::screens
