// One event, tapped in the week: its pictogram and what it means in the
// parent's language, the day and time, what it asks of parents as pictograms
// with a line each, and the school's own title, small (it stays in Dutch).
#include "i18n/catalog.h"
#include "screens/screens.h"
#include "ui/sizes.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <cstdio>

namespace kd::screens {

using namespace kd::ui;

void DrawEventCard(const KioskView& v, std::vector<Intent>& out) {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const bool rtl = v.rtl;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImFont* large = v.fonts.large;
    ImFont* body = v.fonts.body;

    const ImVec2 back(Em(9.0f), Touch(3.2f));
    dl->AddRectFilled(ImVec2(0, 0), ImVec2(display.x, back.y + Em(1.6f)), colors::kBar);
    ImGui::SetCursorScreenPos(ImVec2(rtl ? display.x - Em(1.2f) - back.x : Em(1.2f), Em(0.8f)));
    if (BarButton({"nav.back"}, rtl ? "➡️" : "⬅️", N_("Back"), v.T(N_("Back")), back, colors::kTile))
        out.push_back(intent::Back{});

    const Event* e = nullptr;
    const DayEvents* day = nullptr;
    for (const DayEvents& d : v.data.week)
        for (const Event& x : d.events)
            if (v.state.event_id == x.id && !e) e = &x, day = &d;
    if (!e) return;
    const Pictogram* type = v.pictos.event_types.Find(e->type);
    if (!type) type = v.pictos.event_types.Find("other");

    const float cx = display.x * 0.5f, wrap = display.x * 0.6f;
    float y = back.y + Em(2.6f);
    const float picto = Em(6.0f);
    dl->AddCircleFilled(ImVec2(cx, y + picto * 0.5f), picto * 0.62f, colors::kWeek, 64);
    if (type) DrawPicto(dl, type->emoji.c_str(), ImVec2(cx, y + picto * 0.5f), picto);
    y += picto + Em(1.2f);
    if (type) y += DrawTextCentered(dl, large, cx, y, wrap, v.T(type->msgid.c_str()), colors::kText);
    y += Em(0.3f);
    y += DrawTextCentered(dl, large, cx, y, wrap, day->date_label.c_str(), colors::kText);
    char time[32] = "";
    if (e->start_time && e->end_time) std::snprintf(time, sizeof time, "%s – %s", e->start_time->c_str(), e->end_time->c_str());
    else if (e->start_time) std::snprintf(time, sizeof time, "%s", e->start_time->c_str());
    if (time[0]) y += DrawTextCentered(dl, large, cx, y, wrap, time, colors::kTextSoft);

    // What it asks of parents: a pictogram and a line each.
    EventFlag flags[6];
    const int n = EventFlags(*e, flags);
    y += Em(1.0f);
    const float s = Em(2.6f);
    const float room = display.x - Em(4.0f) - s - Em(0.6f);
    for (int i = 0; i < n; ++i) {
        const char* line = v.T(flags[i].msgid);
        const float tw = std::min(room, large->CalcTextSizeA(FittedLineSize(large, room, line), FLT_MAX, 0, line).x);
        const float w = s + Em(0.6f) + tw;
        const float x0 = cx - w * 0.5f;
        const float py = y + s * 0.5f;
        DrawPicto(dl, flags[i].emoji, ImVec2(rtl ? x0 + w - s * 0.5f : x0 + s * 0.5f, py), s);
        DrawTextLine(dl, large, ImVec2(rtl ? x0 : x0 + s + Em(0.6f), py - large->FontSize * 0.55f), tw + 0.5f, line,
                     colors::kText);
        y += s + Em(0.4f);
    }
    // The school's own words (its calendar's title) only in the school's own
    // language: in any other they were a grey line a parent could not read,
    // and the type and pictures above already say it in theirs.
    if (v.state.lang == v.settings.default_lang)
        DrawTextCentered(dl, body, cx, y + Em(0.6f), display.x - Em(4.0f), v.Typed(e->title), colors::kTextSoft,
                         std::max(body->FontSize, display.y - y - Em(1.5f)));
}

}  // namespace kd::screens
