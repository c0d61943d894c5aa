// This week: one column a day (Monday to Friday), one pictogram an event, with
// what it means for a parent: come and watch, bring something, no school. On
// an upright screen, one row a day instead: five columns there are too narrow
// for a day's name.
#include "i18n/catalog.h"
#include "screens/screens.h"
#include "ui/sizes.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>
#include <cstdio>

namespace kd::screens {

using namespace kd::ui;

int EventFlags(const Event& e, EventFlag out[6]) {
    int n = 0;
    if (e.parents_welcome) out[n++] = {"👏", N_("Parents are welcome to come and watch")};
    if (e.bring) out[n++] = {e.bring->c_str(), N_("Bring this")};
    if (e.special_clothes) out[n++] = {"👗", N_("Special clothes")};
    if (e.pickup_changed) out[n++] = {"🕒", N_("Pick-up time changes")};
    if (e.no_school) out[n++] = {"🏖️", N_("No school: children stay home")};
    return n;
}

namespace {

float DrawWeekEvent(const KioskView& v, std::vector<Intent>& out, const Event& e, ImVec2 pos, float width) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImFont* body = v.fonts.body;
    const Pictogram* type = v.pictos.event_types.Find(e.type);
    if (!type) type = v.pictos.event_types.Find("other");
    const float pad = Em(0.5f), picto = Em(3.2f);
    const float text_w = width - 2 * pad;
    const char* label = type ? v.T(type->msgid.c_str()) : v.Typed(e.title);
    char time[32] = "";
    if (e.start_time && e.end_time) std::snprintf(time, sizeof time, "%s – %s", e.start_time->c_str(), e.end_time->c_str());
    else if (e.start_time) std::snprintf(time, sizeof time, "%s", e.start_time->c_str());
    const float label_h = CalcTextCenteredHeight(body, text_w, label);
    EventFlag flags[6];
    const int nflags = EventFlags(e, flags);
    const float extras = nflags > 0 ? Em(2.4f) : 0.0f;
    const float h = pad + picto + Em(0.3f) + label_h + (time[0] ? body->FontSize : 0.0f) + extras + pad;

    const ImVec2 b(pos.x + width, pos.y + h);
    const bool no_school = e.type == "no_school";
    dl->AddRectFilled(pos, b, no_school ? colors::kBar : colors::kTile, Em(0.6f));
    dl->AddRect(pos, b, colors::kTileBorder, Em(0.6f), 0, Em(0.06f));
    const float cx = pos.x + width * 0.5f;
    float y = pos.y + pad;
    if (type) DrawPicto(dl, type->emoji.c_str(), ImVec2(cx, y + picto * 0.5f), picto);
    y += picto + Em(0.3f);
    y += DrawTextCentered(dl, body, cx, y, text_w, label, colors::kText);
    if (time[0]) y += DrawTextCentered(dl, body, cx, y, text_w, time, colors::kTextSoft);
    if (extras > 0) {
        // Small pictograms for what the parent should know: come and watch, bring this ...
        const float s = Em(2.0f), gap = Em(0.4f);
        float x = cx - (nflags * s + (nflags - 1) * gap) * 0.5f + s * 0.5f;
        for (int i = 0; i < nflags; ++i, x += s + gap) DrawPicto(dl, flags[i].emoji, ImVec2(x, y + Em(1.2f)), s);
    }
    ImGui::SetCursorScreenPos(pos);
    if (TouchArea({"event", e.id}, type ? type->msgid.c_str() : "", ImVec2(width, h))) out.push_back(intent::OpenEvent{e.id});
    return h;
}

// An upright screen: a band a day, its name at the reading start, its events side by side.
void DrawWeekRows(const KioskView& v, std::vector<Intent>& out, const int* days, int n, float y0) {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const bool rtl = v.rtl;
    const float margin = Em(1.2f), gap = Em(0.6f), head_w = Em(8.0f);
    const float row_h = (display.y - margin - y0 - (n - 1) * gap) / n;
    for (int r = 0; r < n; ++r) {
        const DayEvents& day = v.data.week[days[r]];
        const float y = y0 + r * (row_h + gap);
        const ImVec2 a(margin, y), b(display.x - margin, y + row_h);
        const bool today = day.date == v.data.today;
        dl->AddRectFilled(a, b, today ? colors::kSelected : colors::kBar, Em(0.8f));
        if (today) dl->AddRect(a, b, colors::kSelectedBorder, Em(0.8f), 0, Em(0.2f));
        const float hx = rtl ? b.x - head_w * 0.5f : a.x + head_w * 0.5f;
        float ty = y + Em(0.6f);
        ty += DrawTextCentered(dl, v.fonts.large, hx, ty, head_w - Em(1.0f), day.weekday_label.c_str(), colors::kText);
        DrawTextCentered(dl, v.fonts.body, hx, ty, head_w - Em(1.0f), day.day_number.c_str(), colors::kTextSoft);
        const float area_w = b.x - a.x - head_w - Em(0.5f);
        const int k = std::max<int>(1, static_cast<int>(day.events.size()));
        // A day's cards share its band: one event gets a wide card, not a small one in an empty row.
        const float card_w = std::min(Em(20.0f), (area_w - (k - 1) * Em(0.5f)) / k);
        // A busy day is cut at the band's end rather than running into the next.
        dl->PushClipRect(a, b, true);
        for (int i = 0; i < static_cast<int>(day.events.size()); ++i) {
            const float off = head_w + i * (card_w + Em(0.5f));
            const float x = rtl ? b.x - off - card_w : a.x + off;
            DrawWeekEvent(v, out, day.events[i], ImVec2(x, y + Em(0.5f)), card_w);
        }
        dl->PopClipRect();
    }
}

}  // namespace

void DrawWeek(const KioskView& v, std::vector<Intent>& out) {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float top = DrawScreenHeader(v, out, "🗓️", v.state.week_offset == 0 ? N_("This week") : N_("Coming weeks"));
    // Weeks ahead, and back: arrows at the reading end of the header.
    {
        const bool rtl_bar = v.rtl;
        const ImVec2 b(Touch(4.6f), Touch(3.2f));
        const float y = Em(0.8f), right = display.x - Em(1.2f);
        const float x_next = rtl_bar ? Em(1.2f) : right - b.x, x_prev = rtl_bar ? Em(1.2f) + b.x + Em(0.6f) : right - 2 * b.x - Em(0.6f);
        ImGui::SetCursorScreenPos(ImVec2(x_prev, y));
        if (BarButton({"week.prev"}, rtl_bar ? "➡️" : "⬅️", N_("Previous week"), nullptr, b, colors::kTile,
                      v.state.week_offset > 0))
            out.push_back(intent::PreviousWeek{});
        ImGui::SetCursorScreenPos(ImVec2(x_next, y));
        if (BarButton({"week.next"}, rtl_bar ? "⬅️" : "➡️", N_("Next week"), nullptr, b, colors::kTile,
                      v.state.week_offset < kWeeksAhead))
            out.push_back(intent::NextWeek{});
    }
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImFont* large = v.fonts.large;
    ImFont* body = v.fonts.body;
    // School days always; Saturday and Sunday only when something happens then.
    int days[7], cols = 0;
    for (int d = 0; d < 7; ++d)
        if (d < 5 || !v.data.week[d].events.empty()) days[cols++] = d;
    if (display.y > display.x) return DrawWeekRows(v, out, days, cols, top + Em(0.8f));
    const float margin = Em(1.2f), gap = Em(0.8f);
    const float col_w = (display.x - 2 * margin - (cols - 1) * gap) / cols;
    const bool rtl = v.rtl;
    const float y0 = top + Em(0.8f);
    for (int c = 0; c < cols; ++c) {
        const DayEvents& day = v.data.week[days[c]];
        const int slot = rtl ? cols - 1 - c : c;
        const float x = margin + slot * (col_w + gap);
        const bool today = day.date == v.data.today;
        dl->AddRectFilled(ImVec2(x, y0), ImVec2(x + col_w, display.y - margin),
                          today ? colors::kSelected : colors::kBar, Em(0.8f));
        if (today) dl->AddRect(ImVec2(x, y0), ImVec2(x + col_w, display.y - margin), colors::kSelectedBorder, Em(0.8f), 0, Em(0.2f));
        float y = y0 + Em(0.5f);
        y += DrawTextCentered(dl, large, x + col_w * 0.5f, y, col_w - Em(1.0f), day.weekday_label.c_str(), colors::kText);
        y += DrawTextCentered(dl, body, x + col_w * 0.5f, y, col_w - Em(1.0f), day.day_number.c_str(), colors::kTextSoft);
        y += Em(0.6f);
        // A busy day is cut at the column's end rather than running off the screen.
        dl->PushClipRect(ImVec2(x, y0), ImVec2(x + col_w, display.y - margin), true);
        for (const Event& e : day.events) {
            if (y > display.y - margin - Em(4.0f)) break;
            y += DrawWeekEvent(v, out, e, ImVec2(x + Em(0.5f), y), col_w - Em(1.0f)) + Em(0.5f);
        }
        dl->PopClipRect();
    }
}

}  // namespace kd::screens
