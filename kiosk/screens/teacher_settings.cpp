// Teacher mode: the kiosk's settings with touch only. Times and retention as
// − value + steppers, the door's mode, the kiosk's and the teacher's language,
// which languages the bar shows; and, for maintenance, closing the app.
#include "screens/screens.h"

#include "i18n/catalog.h"
#include "ui/sizes.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>
#include <cstdio>
#include <string>

namespace kd::screens {

using namespace kd::ui;

namespace {

struct Stepper {
    const char* key;
    const char* msgid;
    const char* unit_msgid;
    int step, lo, hi;
};

constexpr Stepper kSteppers[] = {
    {"idle_timeout_s", N_("Back to the start screen after"), N_("seconds"), 10, 10, 3600},
    {"attract_delay_s", N_("Photos as a slideshow after"), N_("seconds"), 30, 10, 86400},
    {"teacher_idle_timeout_s", N_("Teacher mode closes after"), N_("seconds"), 30, 30, 3600},
    {"photo_retention_days", N_("Keep photos for"), N_("days"), 1, 1, 3650},
    {"concern_retention_days", N_("Keep parents' messages for"), N_("days"), 5, 1, 3650},
};

int Value(const Settings& s, const std::string& key) {
    if (key == "idle_timeout_s") return s.idle_timeout_s;
    if (key == "attract_delay_s") return s.attract_delay_s;
    if (key == "teacher_idle_timeout_s") return s.teacher_idle_timeout_s;
    if (key == "photo_retention_days") return s.photo_retention_days;
    return s.concern_retention_days;
}

Intent Set(const std::string& key, const std::string& value) {
    return intent::Teach{intent::teach::SetSetting{key, value}};
}

}  // namespace

void DrawTeacherSettings(const KioskView& v, std::vector<Intent>& out) {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float top = DrawTeacherHeader(v, out, "⚙️", N_("Settings"));
    const Settings& s = v.settings;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImFont* large = Res().fonts.large ? Res().fonts.large : ImGui::GetFont();
    ImFont* body = Res().fonts.body ? Res().fonts.body : ImGui::GetFont();
    const bool rtl = Res().rtl;
    const float margin = Em(1.5f), gap = Em(1.5f);
    const float w = (display.x - 2 * margin - gap) * 0.5f;
    const float ax = rtl ? margin + w + gap : margin, bx = rtl ? margin : margin + w + gap;
    float y = top + Em(0.6f);
    y += DrawTeacherProblem(v, y, Em(0.2f));
    const float y0 = y;
    const float row_h = Em(2.6f), btn = Em(2.6f);
    // A label at the reading start of a column `w` wide starting at x (right-aligned right to left).
    auto label = [&](float x, float yy, float /*share of the column, for reading*/, const char* text) {
        const float tw = body->CalcTextSizeA(body->FontSize, FLT_MAX, 0, text).x;
        dl->AddText(body, body->FontSize, ImVec2(rtl ? x + w - tw : x, yy + (row_h - body->FontSize) * 0.5f),
                    colors::kText, text);
    };

    // Times and retention: "label   [−] 60 seconds [+]".
    for (const Stepper& st : kSteppers) {
        const int value = Value(s, st.key);
        label(ax, y, w * 0.5f, v.T(st.msgid));
        const float cx = rtl ? ax + w * 0.25f : ax + w * 0.75f;
        const std::string shown = std::to_string(value) + " " + v.T(st.unit_msgid);
        DrawTextCentered(dl, body, cx, y + (row_h - body->FontSize) * 0.5f, w * 0.5f - 2 * btn, shown.c_str(),
                         colors::kText);
        const float minus_x = rtl ? cx + w * 0.25f - btn : cx - w * 0.25f;
        const float plus_x = rtl ? cx - w * 0.25f : cx + w * 0.25f - btn;
        ImGui::SetCursorScreenPos(ImVec2(minus_x, y));
        if (IconButton({"setting-less", -1, st.key}, "➖", "", ImVec2(btn, row_h)))
            out.push_back(Set(st.key, std::to_string(std::max(st.lo, value - st.step))));
        ImGui::SetCursorScreenPos(ImVec2(plus_x, y));
        if (IconButton({"setting-more", -1, st.key}, "➕", "", ImVec2(btn, row_h)))
            out.push_back(Set(st.key, std::to_string(std::min(st.hi, value + st.step))));
        y += row_h + Em(0.5f);
    }

    // Where the kiosk hangs: one class's door, or the school's entrance (asks for the class first).
    y += Em(0.4f);
    const float half = (w - Em(0.5f)) * 0.5f;
    ImGui::SetCursorScreenPos(ImVec2(rtl ? ax + half + Em(0.5f) : ax, y));
    if (BarButton({"setting-mode.classroom"}, "🚪", N_("Classroom door"), v.T(N_("Classroom door")),
                  ImVec2(half, Em(3.0f)), s.mode == KioskMode::ClassroomDoor ? colors::kSelected : colors::kTile))
        out.push_back(Set("mode", "classroom"));
    ImGui::SetCursorScreenPos(ImVec2(rtl ? ax : ax + half + Em(0.5f), y));
    if (BarButton({"setting-mode.entrance"}, "🏫", N_("School entrance"), v.T(N_("School entrance")),
                  ImVec2(half, Em(3.0f)), s.mode == KioskMode::Entrance ? colors::kSelected : colors::kTile))
        out.push_back(Set("mode", "entrance"));
    y += Em(3.0f) + Em(1.2f);

    // Night hours: the screen dark but for the time. A moon switches them on or off;
    // the hours move by one.
    label(ax, y, w, v.T(N_("Night: a dark screen with the time")));
    y += row_h;
    const bool night = !s.night_start.empty();
    ImGui::SetCursorScreenPos(ImVec2(rtl ? ax + w - btn : ax, y));
    if (IconButton({"setting-night"}, "🌙", "", ImVec2(btn, row_h), night)) {
        out.push_back(Set("night_start", night ? "" : "19:00"));
        out.push_back(Set("night_end", night ? "" : "07:00"));
    }
    if (night) {
        auto hour_of = [](const std::string& hhmm) { return std::stoi(hhmm.substr(0, 2)); };
        auto hhmm = [](int h) {
            char b[8];
            std::snprintf(b, sizeof b, "%02d:00", (h + 24) % 24);
            return std::string(b);
        };
        const float block = (w - btn - Em(1.0f)) * 0.5f;
        for (int i = 0; i < 2; ++i) {
            const char* key = i == 0 ? "night_start" : "night_end";
            const int h = hour_of(i == 0 ? s.night_start : s.night_end);
            const float bx0 = btn + Em(1.0f) + i * block;
            const float x0 = rtl ? ax + w - bx0 - block : ax + bx0;
            ImGui::SetCursorScreenPos(ImVec2(x0, y));
            if (IconButton({"setting-less", -1, key}, "➖", "", ImVec2(btn, row_h))) out.push_back(Set(key, hhmm(h - 1)));
            DrawTextCentered(dl, body, x0 + block * 0.5f, y + (row_h - body->FontSize) * 0.5f, block - 2 * btn,
                             hhmm(h).c_str(), colors::kText);
            ImGui::SetCursorScreenPos(ImVec2(x0 + block - btn - Em(0.5f), y));
            if (IconButton({"setting-more", -1, key}, "➕", "", ImVec2(btn, row_h))) out.push_back(Set(key, hhmm(h + 1)));
        }
    }
    y += row_h + Em(0.6f);

    // Maintenance: close the app (it is behind the code already).
    ImGui::SetCursorScreenPos(ImVec2(ax, display.y - margin - Em(3.0f)));
    if (BarButton({"setting.quit"}, "🔌", N_("Close the app (maintenance)"), v.T(N_("Close the app (maintenance)")),
                  ImVec2(w, Em(3.0f)), colors::kTile))
        out.push_back(intent::Teach{intent::teach::Quit{}});

    // Languages: the kiosk's (after each parent), the teacher's, and which the bar offers.
    y = y0;
    auto cycle = [&](const char* key, const char* msgid, const std::string& current) {
        label(bx, y, w * 0.5f, v.T(msgid));
        const auto& all = v.all_languages;
        int at = 0;
        for (size_t i = 0; i < all.size(); ++i)
            if (all[i].code == current) at = static_cast<int>(i);
        const float cx = rtl ? bx + w * 0.25f : bx + w * 0.75f;
        if (!all.empty())
            DrawTextCentered(dl, all[at].small_script ? large : body, cx, y + (row_h - body->FontSize) * 0.5f,
                             w * 0.5f - 2 * btn, all[at].endonym.c_str(), colors::kText);
        const int n = static_cast<int>(all.size());
        ImGui::SetCursorScreenPos(ImVec2(cx - w * 0.25f, y));
        if (n > 0 && IconButton({"setting-prev", -1, key}, rtl ? "▶️" : "◀️", "", ImVec2(btn, row_h)))
            out.push_back(Set(key, all[(at + n - 1) % n].code));
        ImGui::SetCursorScreenPos(ImVec2(cx + w * 0.25f - btn, y));
        if (n > 0 && IconButton({"setting-next", -1, key}, rtl ? "◀️" : "▶️", "", ImVec2(btn, row_h)))
            out.push_back(Set(key, all[(at + 1) % n].code));
        y += row_h + Em(0.5f);
    };
    cycle("default_lang", N_("The kiosk's language"), s.default_lang);
    cycle("teacher_lang", N_("Teacher mode's language"), s.teacher_lang);

    // The school's time zone, from the ones a Flemish school's neighbours use.
    {
        static constexpr const char* kZones[] = {"Europe/Brussels", "Europe/Amsterdam", "Europe/Luxembourg",
                                                 "Europe/Paris",    "Europe/Berlin",    "Europe/London", "UTC"};
        constexpr int n = sizeof kZones / sizeof kZones[0];
        int at = -1;
        for (int i = 0; i < n; ++i)
            if (s.time_zone == kZones[i]) at = i;
        label(bx, y, w * 0.5f, v.T(N_("Time zone")));
        const float cx = rtl ? bx + w * 0.25f : bx + w * 0.75f;
        DrawTextCentered(dl, body, cx, y + (row_h - body->FontSize) * 0.5f, w * 0.5f - 2 * btn, s.time_zone.c_str(),
                         colors::kText);
        ImGui::SetCursorScreenPos(ImVec2(cx - w * 0.25f, y));
        if (IconButton({"setting-prev", -1, "time_zone"}, rtl ? "▶️" : "◀️", "", ImVec2(btn, row_h)))
            out.push_back(Set("time_zone", kZones[at < 0 ? 0 : (at + n - 1) % n]));
        ImGui::SetCursorScreenPos(ImVec2(cx + w * 0.25f - btn, y));
        if (IconButton({"setting-next", -1, "time_zone"}, rtl ? "◀️" : "▶️", "", ImVec2(btn, row_h)))
            out.push_back(Set("time_zone", kZones[at < 0 ? 0 : (at + 1) % n]));
        y += row_h + Em(0.5f);
    }

    y += Em(0.4f);
    label(bx, y, w, v.T(N_("Languages on the language bar")));
    y += row_h;
    // The bar's languages first, in the bar's order, each (but the kiosk's own,
    // always first) with an arrow to move it one place earlier; then the others.
    // A tap on a pill takes it off the bar or puts it on at the end.
    std::vector<std::string> on;
    for (const LanguageChoice& l : v.languages)
        if (l.code != s.default_lang) on.push_back(l.code);
    std::vector<const LanguageChoice*> order;
    for (const LanguageChoice& l : v.languages) order.push_back(&l);
    for (const LanguageChoice& l : v.all_languages)
        if (std::find_if(order.begin(), order.end(), [&](const LanguageChoice* o) { return o->code == l.code; }) ==
            order.end())
            order.push_back(&l);
    auto join = [](const std::vector<std::string>& codes) {
        std::string list;
        for (const std::string& c : codes) list += (list.empty() ? "" : ",") + c;
        return list;
    };
    const float pill_h = Em(2.4f), pgap = Em(0.4f), arrow = Em(2.4f);
    const int cols = 3;
    const float cell = (w - (cols - 1) * pgap) / cols;
    for (size_t i = 0; i < order.size(); ++i) {
        const LanguageChoice& l = *order[i];
        const int col = static_cast<int>(i) % cols, row = static_cast<int>(i) / cols;
        const float x = rtl ? bx + w - (col + 1) * cell - col * pgap : bx + col * (cell + pgap);
        const float yy = y + row * (pill_h + pgap);
        const auto at = std::find(on.begin(), on.end(), l.code);
        const bool shown = l.code == s.default_lang || at != on.end();
        const bool movable = at != on.end() && at != on.begin();
        const float pw = cell - arrow - Em(0.3f);
        ImGui::SetCursorScreenPos(ImVec2(rtl ? x : x + arrow + Em(0.3f), yy));
        if (TextPill({"setting-lang", -1, l.code.c_str()}, "", l.endonym.c_str(), ImVec2(pw, pill_h), shown,
                     l.small_script ? large : body) &&
            l.code != s.default_lang) {
            std::vector<std::string> next = on;
            if (at != on.end()) next.erase(next.begin() + (at - on.begin()));
            else next.push_back(l.code);
            out.push_back(Set("languages", join(next)));
        }
        if (movable) {
            ImGui::SetCursorScreenPos(ImVec2(rtl ? x + pw + Em(0.3f) : x, yy));
            if (IconButton({"setting-lang-earlier", -1, l.code.c_str()}, rtl ? "▶️" : "◀️", "", ImVec2(arrow, pill_h))) {
                std::vector<std::string> next = on;
                const size_t k = static_cast<size_t>(at - on.begin());
                std::swap(next[k], next[k - 1]);
                out.push_back(Set("languages", join(next)));
            }
        }
    }
}

}  // namespace kd::screens
