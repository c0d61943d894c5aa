// The bar over the teacher screens: leave (Home before the code, Log out after),
// the title on the code screen, and once unlocked the tabs of teacher mode.
#include "i18n/catalog.h"
#include "screens/screens.h"
#include "ui/screen_pieces.h"
#include "ui/sizes.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>

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
        DrawTextCentered(ImGui::GetWindowDrawList(), p.body, p.display.x * 0.5f, y + Em(2.0f), p.display.x,
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
    const float margin = Em(1.2f), pad = Em(0.8f);
    const ImVec2 leave = Em(9.5f, 3.2f);
    const float bar_h = leave.y + 2 * pad;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(ImVec2(0, 0), ImVec2(display.x, bar_h), colors::kTeacherBar);

    ImGui::SetCursorScreenPos(ImVec2(rtl ? display.x - margin - leave.x : margin, pad));
    const bool unlocked = v.teacher.Unlocked();
    const char* leave_msgid = unlocked ? N_("Log out") : N_("Home");
    if (BarButton({unlocked ? "teacher.logout" : "nav.home"}, unlocked ? "🚪" : "🏠", leave_msgid, v.T(leave_msgid),
                  leave, colors::kTile))
        out.push_back(intent::GoHome{});

    if (unlocked) {
        // The teacher's places, side by side after Log out; where we are is filled.
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
        const float gap = Em(0.4f);
        const float x0 = margin + leave.x + Em(1.2f);
        const float tab_w = (display.x - margin - x0 - (n - 1) * gap) / n;
        // A tab: its pictogram over one line of words in the body font (seven fit across).
        ImFont* body = v.fonts.body;
        const CaptionTileLook tab{.picto = leave.y - body->FontSize - Em(0.8f), .picto_top = Em(0.25f),
                                  .selected_edge = Em(0.18f)};
        for (int i = 0; i < n; ++i) {
            const Tab& t = kTabs[i];
            const float x = rtl ? display.x - x0 - (i + 1) * tab_w - i * gap : x0 + i * (tab_w + gap);
            ImGui::SetCursorScreenPos(ImVec2(x, pad));
            const bool here = v.state.screen == t.to || (t.to == Screen::TeacherClass && v.state.screen == Screen::TeacherChild);
            if (CaptionTile({t.id}, t.emoji, t.msgid, v.T(t.msgid), ImVec2(tab_w, leave.y), here, body, tab))
                out.push_back(intent::ShowTeacher{t.to});
        }
        return bar_h;
    }

    // The title (the code screen): pictogram first in reading order.
    DrawTitledPicto(dl, v.fonts.large, emoji, v.T(title_msgid), ImVec2(display.x * 0.5f, bar_h * 0.5f), Em(2.4f), rtl);
    return bar_h;
}

}  // namespace kd::screens
