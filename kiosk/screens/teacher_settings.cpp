// Teacher mode: the kiosk's settings with touch only. Times and retention as
// − value + steppers, the door's mode, the kiosk's and the teacher's language,
// which languages the bar shows; and, for maintenance, closing the app. The
// rows, their labels, ranges and steps come from the settings table
// (domain/settings.h): a new number there is a new stepper here.
#include "i18n/catalog.h"
#include "screens/screens.h"
#include "ui/screen_pieces.h"
#include "ui/sizes.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>
#include <cfloat>
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

// Whether one line of `text` fits `w` in `font`, shrunk at most to kMinTextScale.
bool LineFits(ImFont* font, float w, const char* text) {
    return font->CalcTextSizeA(font->FontSize * kMinTextScale, FLT_MAX, 0, text).x <= w;
}

// A column of the page: its left edge and width; things in it start at its
// reading start (the right edge, right to left).
struct Column {
    float x, w;
    bool rtl;
    float Start(float width) const { return rtl ? x + w - width : x; }
    // Cell `i` of a row of cells `cell` wide and `gap` apart, from the reading start.
    float Cell(int i, float cell, float gap) const { return rtl ? x + w - (i + 1) * cell - i * gap : x + i * (cell + gap); }
};

// The page's rows, laid out from the room a column has and a finger's size.
struct Rows {
    ImDrawList* dl;
    ImFont* body;
    float row_h, btn, gap;

    // Words at the reading start of `c`, in the middle of a band `h` high from
    // `y`: on one line if they fit (shrunk a little at most), else wrapped at
    // words (centred in the band). Returns the height used.
    float Words(const Column& c, float y, float w, float h, const char* text, ImU32 color = colors::kText) const {
        if (LineFits(body, w, text)) {
            DrawTextLine(dl, body, ImVec2(c.Start(w), y + (h - body->FontSize) * 0.5f), w, text, color, c.rtl);
            return h;
        }
        const float th = CalcTextCenteredHeight(body, w, text);
        const float used = std::max(h, th);
        DrawTextCentered(dl, body, c.Start(w) + w * 0.5f, y + (used - th) * 0.5f, w, text, color);
        return used;
    }

    // "label   [less] value [more]": beside each other when the label fits
    // beside the controls, else the label over them. The less button at the
    // reading start when `mirror` (a stepper's −); else the caller's arrows
    // turn and the buttons stay where they are. Moves y past the row.
    Tapped Value(const Column& c, float& y, const char* label, const char* value, ImFont* value_font, WidgetId less,
                 const char* less_emoji, WidgetId more, const char* more_emoji, bool mirror) const {
        const float value_w = std::max(Em(7.0f), value_font->CalcTextSizeA(value_font->FontSize * kMinTextScale, FLT_MAX,
                                                                           0, value).x + Em(1.0f));
        float ctrl_w = std::max(c.w * 0.5f, 2 * btn + value_w + 2 * gap);
        const float label_w = c.w - ctrl_w - Em(0.8f);
        const bool beside = label_w > Em(6.0f) && LineFits(body, label_w, label);
        if (beside) {
            Words(c, y, label_w, row_h, label);
        } else {
            y += Words(c, y, c.w, body->FontSize * 1.3f, label) + Em(0.2f);
            ctrl_w = c.w;
        }
        // The controls at the reading end of the column (all of it when stacked).
        const float x0 = c.rtl ? c.x : c.x + c.w - ctrl_w;
        const float vw = ctrl_w - 2 * btn - 2 * gap;
        DrawTextCentered(dl, value_font, x0 + ctrl_w * 0.5f, y + (row_h - value_font->FontSize) * 0.5f, vw, value,
                         colors::kText);
        const float left = x0, right = x0 + ctrl_w - btn;
        Tapped tapped = Tapped::None;
        ImGui::SetCursorScreenPos(ImVec2(mirror ? right : left, y));
        if (IconButton(less, less_emoji, "", ImVec2(btn, row_h))) tapped = Tapped::Less;
        ImGui::SetCursorScreenPos(ImVec2(mirror ? left : right, y));
        if (IconButton(more, more_emoji, "", ImVec2(btn, row_h))) tapped = Tapped::More;
        y += row_h + gap;
        return tapped;
    }
};

}  // namespace

void DrawTeacherSettings(const KioskView& v, std::vector<Intent>& out) {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float top = DrawTeacherHeader(v, out, "⚙️", N_("Settings"));
    const Settings& s = v.settings;
    ImFont* large = v.fonts.large;
    ImFont* body = v.fonts.body;
    const bool rtl = v.rtl;
    const float margin = Em(1.5f);
    float y = top + Em(0.6f);
    // A refusal's line has its place kept even when there is none, so the rows
    // do not jump under a finger when one comes or goes.
    y += std::max(DrawTeacherProblem(v, y, Em(0.2f)), body->FontSize + Em(0.2f));
    // How the last import of voice recordings went, in the same place.
    if (const std::string notice = v.Say(v.admin.Notice()); !notice.empty())
        y += DrawTextCentered(ImGui::GetWindowDrawList(), body, display.x * 0.5f, y, display.x - 2 * margin,
                              notice.c_str(), colors::kText) +
             Em(0.2f);

    // The rest scrolls by dragging when it is taller than the screen (a 10"
    // panel, where a finger is 4 em). Two columns side by side when the screen
    // is wide (the kiosk's times, mode and night read first, its languages
    // beside them), else one under the other (an upright screen).
    const float page_w = display.x - 2 * margin;
    ImGui::SetCursorScreenPos(ImVec2(margin, y));
    BeginDragScroll("##teacher-settings", ImVec2(page_w, display.y - y - margin));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 base = ImGui::GetCursorScreenPos();
    const bool two = page_w >= Em(48.0f);
    const float cgap = Em(1.5f);
    const float w = two ? (page_w - cgap) * 0.5f : page_w;
    const Column first{two && rtl ? base.x + w + cgap : base.x, w, rtl};
    const Column second{two && !rtl ? base.x + w + cgap : base.x, w, rtl};
    const float finger = Finger();
    const float row_h = std::max(Em(2.2f), finger), gap = Em(0.4f);
    const Rows rows{dl, body, row_h, row_h, gap};
    const float line_h = body->FontSize * 1.3f;
    float ya = base.y;

    // Times and retention, one stepper a number: "label   [−] 60 seconds [+]".
    for (const SettingSpec& spec : SettingSpecs()) {
        if (spec.type != SettingType::Number) continue;
        const long long value = SettingNumber(s, spec);
        const std::string shown = std::to_string(value) + " " + v.T(spec.unit_msgid);
        const Tapped tap = rows.Value(first, ya, v.T(spec.label_msgid), shown.c_str(), body,
                                      {"setting-less", -1, spec.key}, "➖", {"setting-more", -1, spec.key}, "➕", rtl);
        if (tap != Tapped::None)
            out.push_back(Set(spec.key, std::to_string(StepSetting(spec, value, tap == Tapped::Less ? -1 : 1))));
    }

    // Where the kiosk hangs: one class's door, or the school's entrance (asks for
    // the class first). The mode's choices side by side in reading order when
    // their words fit, else one under the other.
    ya += Em(0.4f);
    {
        const SettingSpec& mode = Row("mode");
        const int n = static_cast<int>(mode.choices.size());
        const float cell = (w - gap * (n - 1)) / n;
        bool side_by_side = true;
        for (const SettingChoice& c : mode.choices)
            side_by_side = side_by_side && LineFits(body, cell - Em(4.0f), v.T(c.label_msgid));
        const long long chosen = SettingNumber(s, mode);
        for (int i = 0; i < n; ++i) {
            const SettingChoice& c = mode.choices[i];
            ImGui::SetCursorScreenPos(side_by_side ? ImVec2(first.Cell(i, cell, gap), ya)
                                                   : ImVec2(first.x, ya + i * (row_h + gap)));
            if (BarButton({"setting-mode", -1, c.word}, c.emoji, c.label_msgid, v.T(c.label_msgid),
                          ImVec2(side_by_side ? cell : w, row_h), chosen == i ? colors::kSelected : colors::kTile))
                out.push_back(Set(mode.key, c.word));
        }
        ya += (side_by_side ? 1 : n) * (row_h + gap) + Em(0.6f);
    }

    // Night hours: the screen dark but for the time. The moon switches them on
    // or off (filled, and saying so, when on); the hours move by one.
    ya += rows.Words(first, ya, w, line_h, v.T(Row("night_start").label_msgid)) + Em(0.2f);
    const bool night = !s.night_start.empty();
    const char* state_msgid = night ? N_("On") : N_("Off");
    const float toggle_w =
        std::max(finger, std::min(w, large->CalcTextSizeA(large->FontSize, FLT_MAX, 0, v.T(state_msgid)).x + Em(4.5f)));
    ImGui::SetCursorScreenPos(ImVec2(first.Start(toggle_w), ya));
    if (BarButton({"setting-night"}, "🌙", state_msgid, v.T(state_msgid), ImVec2(toggle_w, row_h),
                  night ? colors::kSelected : colors::kTile)) {
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
        // Each end: [−] 19:00 [+]. Beside the moon if both fit, else on the next row.
        const float block = 2 * row_h + std::max(Em(4.5f), body->CalcTextSizeA(body->FontSize, FLT_MAX, 0, "00:00").x + Em(1.0f));
        const bool beside = toggle_w + Em(1.0f) + 2 * block + Em(1.0f) <= w;
        const bool pair = 2 * block + Em(1.0f) <= w;
        float from = beside ? toggle_w + Em(1.0f) : 0.0f;
        if (!beside) ya += row_h + gap;
        for (int i = 0; i < 2; ++i) {
            const char* key = i == 0 ? "night_start" : "night_end";
            const int h = hour_of(i == 0 ? s.night_start : s.night_end);
            const float x0 = rtl ? first.x + w - from - block : first.x + from;
            ImGui::SetCursorScreenPos(ImVec2(rtl ? x0 + block - row_h : x0, ya));
            if (IconButton({"setting-less", -1, key}, "➖", "", ImVec2(row_h, row_h))) out.push_back(Set(key, hhmm(h - 1)));
            DrawTextCentered(dl, body, x0 + block * 0.5f, ya + (row_h - body->FontSize) * 0.5f, block - 2 * row_h,
                             hhmm(h).c_str(), colors::kText);
            ImGui::SetCursorScreenPos(ImVec2(rtl ? x0 : x0 + block - row_h, ya));
            if (IconButton({"setting-more", -1, key}, "➕", "", ImVec2(row_h, row_h))) out.push_back(Set(key, hhmm(h + 1)));
            if (pair) {
                from += block + Em(1.0f);
            } else if (i == 0) {
                ya += row_h + gap;
            }
        }
    }
    ya += row_h + gap + Em(0.4f);

    // The school's time zone, from the ones a Flemish school's neighbours use.
    // A row cycles with ◀️ and ▶️ (which turn right to left; the buttons stay where they are).
    const char* earlier = rtl ? "▶️" : "◀️";
    const char* later = rtl ? "◀️" : "▶️";
    {
        static constexpr const char* kZones[] = {"Europe/Brussels", "Europe/Amsterdam", "Europe/Luxembourg",
                                                 "Europe/Paris",    "Europe/Berlin",    "Europe/London", "UTC"};
        constexpr int n = sizeof kZones / sizeof kZones[0];
        int at = -1;
        for (int i = 0; i < n; ++i)
            if (s.time_zone == kZones[i]) at = i;
        const SettingSpec& zone = Row("time_zone");
        const Tapped tap = rows.Value(first, ya, v.T(zone.label_msgid), s.time_zone.c_str(), body,
                                      {"setting-prev", -1, zone.key}, earlier, {"setting-next", -1, zone.key}, later,
                                      false);
        if (tap != Tapped::None)
            out.push_back(Set(zone.key, kZones[at < 0 ? 0 : (tap == Tapped::Less ? at + n - 1 : at + 1) % n]));
    }

    // Languages: the kiosk's (after each parent), the teacher's, and which the bar offers.
    float yb = two ? base.y : ya + Em(1.0f);
    const auto& all = v.all_languages;
    for (const SettingSpec& spec : SettingSpecs()) {
        if (spec.type != SettingType::Language) continue;
        const std::string& current = s.*std::get<std::string Settings::*>(spec.field);
        const int n = static_cast<int>(all.size());
        int at = 0;
        for (int i = 0; i < n; ++i)
            if (all[i].code == current) at = i;
        if (n == 0) {
            yb += rows.Words(second, yb, w, row_h, v.T(spec.label_msgid)) + gap;
            continue;
        }
        const Tapped tap = rows.Value(second, yb, v.T(spec.label_msgid), all[at].endonym.c_str(),
                                      body, {"setting-prev", -1, spec.key}, earlier,
                                      {"setting-next", -1, spec.key}, later, false);
        if (tap != Tapped::None) out.push_back(Set(spec.key, all[(tap == Tapped::Less ? at + n - 1 : at + 1) % n].code));
    }

    // The bar's languages first, in the bar's order, then the others. A tap on
    // a language takes it off the bar or puts it on at the end; beside each on
    // the bar (but the kiosk's own, always first) an arrow pair moves it one
    // place earlier or later, as the line over them says.
    yb += Em(0.4f);
    yb += rows.Words(second, yb, w, line_h, v.T(Row("languages").label_msgid)) + Em(0.1f);
    yb += rows.Words(second, yb, w, line_h,
                     v.T(N_("Tap a language to put it on the bar or take it off. The arrows move it earlier or later.")),
                     colors::kTextSoft) +
          Em(0.3f);
    std::vector<std::string> on;
    for (const LanguageChoice& l : v.languages)
        if (l.code != s.default_lang) on.push_back(l.code);
    std::vector<const LanguageChoice*> order;
    for (const LanguageChoice& l : v.languages) order.push_back(&l);
    for (const LanguageChoice& l : all)
        if (std::find_if(order.begin(), order.end(), [&](const LanguageChoice* o) { return o->code == l.code; }) ==
            order.end())
            order.push_back(&l);
    auto join = [](const std::vector<std::string>& codes) {
        std::string list;
        for (const std::string& c : codes) list += (list.empty() ? "" : ",") + c;
        return list;
    };
    // A cell: the language's pill, then its two arrows, as many cells a row as fit.
    const float pill_h = row_h, arrow = row_h, agap = Em(0.2f), pgap = Em(0.5f);
    float pill_need = finger;
    for (const LanguageChoice* l : order) {
        ImFont* f = body;
        pill_need = std::max(pill_need, f->CalcTextSizeA(f->FontSize * kMinTextScale, FLT_MAX, 0, l->endonym.c_str()).x +
                                            pill_h * 0.5f + Em(0.6f));
    }
    const float cell_need = pill_need + 2 * (arrow + agap);
    const int per_row = std::max(1, static_cast<int>((w + pgap) / (cell_need + pgap)));
    const float cell = std::min(cell_need * 1.4f, (w - (per_row - 1) * pgap) / per_row);
    const float pw = cell - 2 * (arrow + agap);
    for (size_t i = 0; i < order.size(); ++i) {
        const LanguageChoice& l = *order[i];
        const int col = static_cast<int>(i) % per_row, row = static_cast<int>(i) / per_row;
        const float x = second.Cell(col, cell, pgap);
        const float yy = yb + row * (pill_h + pgap);
        const auto at = std::find(on.begin(), on.end(), l.code);
        const bool shown = l.code == s.default_lang || at != on.end();
        // The pill at the reading start of the cell, the arrows after it: earlier, later.
        ImGui::SetCursorScreenPos(ImVec2(rtl ? x + cell - pw : x, yy));
        if (TextPill({"setting-lang", -1, l.code.c_str()}, "", l.endonym.c_str(), ImVec2(pw, pill_h), shown,
                     body) &&
            l.code != s.default_lang) {
            std::vector<std::string> next = on;
            if (at != on.end()) next.erase(next.begin() + (at - on.begin()));
            else next.push_back(l.code);
            out.push_back(Set("languages", join(next)));
        }
        if (at == on.end()) continue;
        const size_t k = static_cast<size_t>(at - on.begin());
        for (int a = 0; a < 2; ++a) {
            const bool is_earlier = a == 0;
            if (is_earlier ? k == 0 : k + 1 == on.size()) continue;
            const float from = pw + agap + a * (arrow + agap);
            ImGui::SetCursorScreenPos(ImVec2(rtl ? x + cell - from - arrow : x + from, yy));
            if (IconButton({is_earlier ? "setting-lang-earlier" : "setting-lang-later", -1, l.code.c_str()},
                           is_earlier ? earlier : later, is_earlier ? N_("Earlier") : N_("Later"),
                           ImVec2(arrow, pill_h))) {
                std::vector<std::string> next = on;
                std::swap(next[k], next[is_earlier ? k - 1 : k + 1]);
                out.push_back(Set("languages", join(next)));
            }
        }
    }
    yb += ((order.size() + per_row - 1) / per_row) * (pill_h + pgap) + Em(0.6f);

    // At the foot of the languages: a school's voice recordings from the voice
    // folder (a USB stick), and closing the app for maintenance (it is behind
    // the code already). Side by side when their words fit, each a pictogram
    // over one line of words, like the tabs.
    const float foot_h = std::max(Em(3.2f), finger);
    const char* import_label = v.T(N_("Import voice recordings"));
    const char* quit_label = v.T(N_("Close the app (maintenance)"));
    const float half = (w - Em(0.8f)) * 0.5f;
    const bool halves = LineFits(body, half - Em(0.4f), import_label) && LineFits(body, half - Em(0.4f), quit_label);
    const float fw = halves ? half : w;
    const CaptionTileLook foot{.picto = std::min(foot_h - body->FontSize - Em(0.8f), Em(2.4f)),
                               .picto_top = Em(0.25f) + std::max(0.0f, foot_h - body->FontSize - Em(3.2f)) * 0.5f,
                               .selected_edge = 0};
    ImGui::SetCursorScreenPos(ImVec2(second.Start(fw), yb));
    if (CaptionTile({"setting.voice-import"}, "🎙️", N_("Import voice recordings"), import_label, ImVec2(fw, foot_h),
                    false, body, foot))
        out.push_back(intent::Teach{intent::teach::ImportVoice{}});
    ImGui::SetCursorScreenPos(halves ? ImVec2(second.Cell(1, half, Em(0.8f)), yb)
                                     : ImVec2(second.x, yb + foot_h + gap));
    if (CaptionTile({"setting.quit"}, "🔌", N_("Close the app (maintenance)"), quit_label, ImVec2(fw, foot_h), false,
                    body, foot))
        out.push_back(intent::Teach{intent::teach::Quit{}});
    yb += (halves ? 1 : 2) * (foot_h + gap);

    // The content's extent, so the page scrolls over all of it.
    ImGui::SetCursorScreenPos(ImVec2(base.x, std::max(ya, yb)));
    ImGui::Dummy(ImVec2(1, 1));
    ImGui::EndChild();
}

}  // namespace kd::screens
