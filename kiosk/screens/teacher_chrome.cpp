// The bar over the teacher screens: leave (Home before the code, Log out after),
// the title, and once unlocked the switch between the inbox and the team week.
#include "screens/screens.h"

#include "i18n/catalog.h"
#include "ui/sizes.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace kd::screens {

using namespace kd::ui;

float DrawTeacherHeader(const KioskView& v, std::vector<Intent>& out, const char* emoji, const char* title_msgid) {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const bool rtl = Res().rtl;
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

    // The two teacher views, side by side at the far end.
    float title_end = rtl ? margin + leave.x : display.x - margin;
    if (unlocked) {
        const ImVec2 tab = Em(10.5f, 3.2f);
        struct Tab {
            const char* id;
            const char* emoji;
            const char* msgid;
            Screen to;
        };
        static constexpr Tab kTabs[] = {{"teacher.inbox", "📥", N_("Inbox"), Screen::TeacherInbox},
                                        {"teacher.week", "📊", N_("Team week"), Screen::TeacherWeek}};
        for (int i = 0; i < 2; ++i) {
            const Tab& t = kTabs[rtl ? i : 1 - i];
            const float x = rtl ? margin + i * (tab.x + Em(0.5f)) : display.x - margin - (i + 1) * tab.x - i * Em(0.5f);
            ImGui::SetCursorScreenPos(ImVec2(x, pad));
            const bool here = v.state.screen == t.to;
            if (BarButton({t.id}, t.emoji, t.msgid, v.T(t.msgid), tab, here ? colors::kSelected : colors::kTile))
                out.push_back(intent::ShowTeacher{t.to});
        }
        title_end = rtl ? margin + 2 * tab.x + Em(0.5f) : display.x - margin - 2 * tab.x - Em(0.5f);
    }

    // The title between them, pictogram first in reading order.
    ImFont* font = Res().fonts.large ? Res().fonts.large : ImGui::GetFont();
    const char* title = v.T(title_msgid);
    const float tw = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, title).x;
    const float picto = Em(2.4f), gap = Em(0.5f);
    const float left = rtl ? title_end : margin + leave.x;
    const float right = rtl ? display.x - margin - leave.x : title_end;
    const float x0 = (left + right) * 0.5f - (picto + gap + tw) * 0.5f;
    const float cy = bar_h * 0.5f;
    if (rtl) {
        dl->AddText(font, font->FontSize, ImVec2(x0, cy - font->FontSize * 0.55f), colors::kText, title);
        DrawPicto(dl, emoji, ImVec2(x0 + tw + gap + picto * 0.5f, cy), picto);
    } else {
        DrawPicto(dl, emoji, ImVec2(x0 + picto * 0.5f, cy), picto);
        dl->AddText(font, font->FontSize, ImVec2(x0 + picto + gap, cy - font->FontSize * 0.55f), colors::kText, title);
    }
    return bar_h;
}

}  // namespace kd::screens
