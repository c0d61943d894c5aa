// Teacher mode: the kiosk's settings with touch only. Times and retention as
// − value + steppers, the door's mode, the kiosk's and the teacher's language,
// which languages the bar shows; and, for maintenance, closing the app. The
// rows, their labels, ranges and steps come from the settings table
// (domain/settings.h): a new number there is a new stepper here.
#include "i18n/catalog.h"
#include "screens/screens.h"
#include "ui/screen_pieces.h"
#include "ui/columns.h"
#include "ui/sizes.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>
#include <cstdio>
#include <string>
#include <variant>

namespace kd::screens {

using namespace kd::ui;

namespace {

Intent Set(const std::string& key, const std::string& value) {
    return intent::Teach{intent::teach::SetSetting{key, value}};
}

const SettingSpec& Row(const char* key) { return *FindSetting(key); }

// Which of a row's two buttons was tapped.
enum class Tapped { None, Less, More };

// "label   [less] value [more]" in the column at x: the label at the reading
// start, the value centred in the other half between its two buttons. The
// buttons swap sides right to left when `mirror` (a stepper's − stays at the
// reading start); else only the caller's arrows turn.
struct ValueRow {
    const TwoColumns& cols;
    ImDrawList* dl;
    ImFont* body;
    float row_h, btn;

    Tapped Draw(float x, float y, const char* label, const char* value, ImFont* value_font, WidgetId less,
                const char* less_emoji, WidgetId more, const char* more_emoji, bool mirror) const {
        const float w = cols.width, text_y = y + (row_h - body->FontSize) * 0.5f;
        cols.Text(dl, body, x, text_y, label, colors::kText);
        const float cx = cols.rtl ? x + w * 0.25f : x + w * 0.75f;
        DrawTextCentered(dl, value_font, cx, text_y, w * 0.5f - 2 * btn, value, colors::kText);
        const float left = cx - w * 0.25f, right = cx + w * 0.25f - btn;
        Tapped tapped = Tapped::None;
        ImGui::SetCursorScreenPos(ImVec2(mirror ? right : left, y));
        if (IconButton(less, less_emoji, "", ImVec2(btn, row_h))) tapped = Tapped::Less;
        ImGui::SetCursorScreenPos(ImVec2(mirror ? left : right, y));
        if (IconButton(more, more_emoji, "", ImVec2(btn, row_h))) tapped = Tapped::More;
        return tapped;
    }
};

}  // namespace

void DrawTeacherSettings(const KioskView& v, std::vector<Intent>& out) {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float top = DrawTeacherHeader(v, out, "⚙️", N_("Settings"));
    const Settings& s = v.settings;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImFont* large = v.fonts.large;
    ImFont* body = v.fonts.body;
    // The kiosk's times, retention, mode and night read first; its languages beside them.
    const TwoColumns cols(display.x);
    const bool rtl = cols.rtl;
    const float w = cols.width, ax = cols.first, bx = cols.second;
    float y = top + Em(0.6f);
    y += DrawTeacherProblem(v, y, Em(0.2f));
    // How the last import of voice recordings went, in the same place.
    if (const std::string notice = v.Say(v.admin.Notice()); !notice.empty())
        y += DrawTextCentered(dl, body, display.x * 0.5f, y, display.x - 2 * cols.margin, notice.c_str(), colors::kText) +
             Em(0.2f);
    const float y0 = y;
    const float row_h = Em(2.6f), btn = Em(2.6f);
    const ValueRow value_row{cols, dl, body, row_h, btn};
    // A label at the reading start of the column at x, in the middle of a row.
    auto label = [&](float x, float yy, const char* text) {
        cols.Text(dl, body, x, yy + (row_h - body->FontSize) * 0.5f, text, colors::kText);
    };

    // Times and retention, one stepper a number: "label   [−] 60 seconds [+]".
    for (const SettingSpec& spec : SettingSpecs()) {
        if (spec.type != SettingType::Number) continue;
        const long long value = SettingNumber(s, spec);
        const std::string shown = std::to_string(value) + " " + v.T(spec.unit_msgid);
        const Tapped tap = value_row.Draw(ax, y, v.T(spec.label_msgid), shown.c_str(), body,
                                          {"setting-less", -1, spec.key}, "➖", {"setting-more", -1, spec.key}, "➕", rtl);
        if (tap != Tapped::None)
            out.push_back(Set(spec.key, std::to_string(StepSetting(spec, value, tap == Tapped::Less ? -1 : 1))));
        y += row_h + Em(0.5f);
    }

    // Where the kiosk hangs: one class's door, or the school's entrance (asks for
    // the class first). The mode's choices side by side in reading order.
    y += Em(0.4f);
    {
        const SettingSpec& mode = Row("mode");
        const int n = static_cast<int>(mode.choices.size());
        const float cell = (w - Em(0.5f) * (n - 1)) / n;
        const long long chosen = SettingNumber(s, mode);
        for (int i = 0; i < n; ++i) {
            const SettingChoice& c = mode.choices[i];
            const int slot = rtl ? n - 1 - i : i;
            ImGui::SetCursorScreenPos(ImVec2(ax + slot * cell + slot * Em(0.5f), y));
            if (BarButton({"setting-mode", -1, c.word}, c.emoji, c.label_msgid, v.T(c.label_msgid),
                          ImVec2(cell, Em(3.0f)), chosen == i ? colors::kSelected : colors::kTile))
                out.push_back(Set(mode.key, c.word));
        }
    }
    y += Em(3.0f) + Em(1.2f);

    // Night hours: the screen dark but for the time. A moon switches them on or off;
    // the hours move by one.
    label(ax, y, v.T(Row("night_start").label_msgid));
    y += row_h;
    const bool night = !s.night_start.empty();
    ImGui::SetCursorScreenPos(ImVec2(cols.Start(ax, btn), y));
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

    // At the foot of the languages' column, side by side: a school's voice
    // recordings from the voice folder (a USB stick), and closing the app for
    // maintenance (it is behind the code already).
    // Half a column each: a pictogram over one line of words, like the tabs.
    const float foot_h = Em(3.2f), foot_y = display.y - cols.margin - foot_h, half = (w - Em(0.8f)) * 0.5f;
    const CaptionTileLook foot{.picto = foot_h - body->FontSize - Em(0.8f), .picto_top = Em(0.25f), .selected_edge = 0};
    ImGui::SetCursorScreenPos(ImVec2(cols.Start(bx, half), foot_y));
    if (CaptionTile({"setting.voice-import"}, "🎙️", N_("Import voice recordings"), v.T(N_("Import voice recordings")),
                    ImVec2(half, foot_h), false, body, foot))
        out.push_back(intent::Teach{intent::teach::ImportVoice{}});
    ImGui::SetCursorScreenPos(ImVec2(cols.Start(bx, half) + (rtl ? -1.0f : 1.0f) * (half + Em(0.8f)), foot_y));
    if (CaptionTile({"setting.quit"}, "🔌", N_("Close the app (maintenance)"), v.T(N_("Close the app (maintenance)")),
                    ImVec2(half, foot_h), false, body, foot))
        out.push_back(intent::Teach{intent::teach::Quit{}});

    // Languages: the kiosk's (after each parent), the teacher's, and which the bar
    // offers. A language row cycles through the catalogs with ◀️ and ▶️ (which
    // turn right to left; the buttons stay where they are).
    y = y0;
    const char* earlier = rtl ? "▶️" : "◀️";
    const char* later = rtl ? "◀️" : "▶️";
    const auto& all = v.all_languages;
    for (const SettingSpec& spec : SettingSpecs()) {
        if (spec.type != SettingType::Language) continue;
        const std::string& current = s.*std::get<std::string Settings::*>(spec.field);
        const int n = static_cast<int>(all.size());
        int at = 0;
        for (int i = 0; i < n; ++i)
            if (all[i].code == current) at = i;
        if (n == 0) {
            label(bx, y, v.T(spec.label_msgid));
        } else {
            const Tapped tap = value_row.Draw(bx, y, v.T(spec.label_msgid), all[at].endonym.c_str(),
                                              all[at].small_script ? large : body, {"setting-prev", -1, spec.key},
                                              earlier, {"setting-next", -1, spec.key}, later, false);
            if (tap != Tapped::None)
                out.push_back(Set(spec.key, all[(tap == Tapped::Less ? at + n - 1 : at + 1) % n].code));
        }
        y += row_h + Em(0.5f);
    }

    // The school's time zone, from the ones a Flemish school's neighbours use.
    {
        static constexpr const char* kZones[] = {"Europe/Brussels", "Europe/Amsterdam", "Europe/Luxembourg",
                                                 "Europe/Paris",    "Europe/Berlin",    "Europe/London", "UTC"};
        constexpr int n = sizeof kZones / sizeof kZones[0];
        int at = -1;
        for (int i = 0; i < n; ++i)
            if (s.time_zone == kZones[i]) at = i;
        const SettingSpec& zone = Row("time_zone");
        const Tapped tap = value_row.Draw(bx, y, v.T(zone.label_msgid), s.time_zone.c_str(), body,
                                          {"setting-prev", -1, zone.key}, earlier, {"setting-next", -1, zone.key},
                                          later, false);
        if (tap != Tapped::None)
            out.push_back(Set(zone.key, kZones[at < 0 ? 0 : (tap == Tapped::Less ? at + n - 1 : at + 1) % n]));
        y += row_h + Em(0.5f);
    }

    y += Em(0.4f);
    label(bx, y, v.T(Row("languages").label_msgid));
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
    const int per_row = 3;
    const float cell = (w - (per_row - 1) * pgap) / per_row;
    for (size_t i = 0; i < order.size(); ++i) {
        const LanguageChoice& l = *order[i];
        const int col = static_cast<int>(i) % per_row, row = static_cast<int>(i) / per_row;
        const float x = cols.Cell(bx, col, cell, pgap);
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
            if (IconButton({"setting-lang-earlier", -1, l.code.c_str()}, earlier, "", ImVec2(arrow, pill_h))) {
                std::vector<std::string> next = on;
                const size_t k = static_cast<size_t>(at - on.begin());
                std::swap(next[k], next[k - 1]);
                out.push_back(Set("languages", join(next)));
            }
        }
    }
}

}  // namespace kd::screens
