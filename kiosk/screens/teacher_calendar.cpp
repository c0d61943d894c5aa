// Teacher mode: the calendar. Import the school's .ics from a USB stick or its
// file again; then the coming weeks' events, each with what it means for
// parents: its type (tap to choose another) and four flags to switch. A choice made here survives re-imports.
#include "i18n/catalog.h"
#include "screens/screens.h"
#include "ui/screen_pieces.h"
#include "ui/sizes.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>
#include <cfloat>
#include <string>

namespace kd::screens {

using namespace kd::ui;

namespace {

struct Flag {
    const char* key;  // the widget's id
    intent::teach::EventMark mark;
    const char* emoji;
    const char* msgid;
    bool Event::*member;
};
constexpr Flag kFlags[] = {
    {"parents_welcome", intent::teach::EventMark::ParentsWelcome, "👏", N_("Parents are welcome to come and watch"), &Event::parents_welcome},
    {"special_clothes", intent::teach::EventMark::SpecialClothes, "👗", N_("Special clothes"), &Event::special_clothes},
    {"pickup_changed", intent::teach::EventMark::PickupChanged, "🕒", N_("Pick-up time changes"), &Event::pickup_changed},
    {"no_school", intent::teach::EventMark::NoSchool, "🏖️", N_("No school: children stay home"), &Event::no_school},
};

}  // namespace

void DrawTeacherCalendar(const KioskView& v, std::vector<Intent>& out) {
    const TeacherPage page = BeginTeacherPage(v, out, "🗓️", N_("Calendar"));
    auto [display, body, rtl, margin, y] = page;
    const float finger = Finger();

    // Where the calendar comes from: the .ics files on a USB stick put in (newest first, up to
    // three), the school's calendar file again, or, with neither, a disabled stick button that says
    // to put one in. How the last import went stands beside the first row.
    const std::string notice = v.admin.Notice().Empty() ? "" : v.Say(v.admin.Notice());
    const std::string problem = TeacherProblem(v);
    const ImVec2 import_size(std::min(Em(18.0f), (display.x - 2 * margin) * 0.55f), std::max(Em(3.2f), finger));
    const auto& calendars = v.stick.contents.calendars;
    const int from_stick = v.stick.present ? std::min(3, static_cast<int>(calendars.size())) : 0;
    int rows = 0;
    auto row = [&](WidgetId id, const char* emoji, const char* msgid, const std::string& what, bool enabled) {
        const std::string status = rows == 0 && !notice.empty() ? notice : what;
        const bool tapped = DrawActionRow({.id = id,
                                           .emoji = emoji,
                                           .msgid = msgid,
                                           .label = v.T(msgid),
                                           .size = import_size,
                                           .fill = colors::kWeek,
                                           .enabled = enabled,
                                           .status = status.c_str(),
                                           .problem = rows == 0 ? problem.c_str() : "",
                                           .status_top = Em(0.5f)},
                                          y, margin, body, rtl);
        y += import_size.y + Em(0.6f);
        ++rows;
        return tapped;
    };
    for (int i = 0; i < from_stick; ++i)
        if (row({"calendar.stick", i}, "🔌", N_("Calendar from the USB stick"), calendars[i].shown, true))
            out.push_back(intent::Teach{intent::teach::ImportStickCalendar{i}});
    if (!v.settings.calendar_file.empty()) {
        if (row({"calendar.import"}, "🔁", N_("Import the calendar again"), v.settings.calendar_file, true))
            out.push_back(intent::Teach{intent::teach::ReimportCalendar{}});
    } else if (rows == 0) {
        row({"calendar.stick"}, "🔌", N_("Calendar from the USB stick"),
            v.T(N_("Put a USB stick with the school's calendar (.ics) into the kiosk.")), false);
    }
    y += Em(0.4f);

    const auto& events = v.teacher_events;
    if (!BeginTeacherList(v, page, y, "##teacher-calendar", events.empty(), N_("Nothing on the calendar."))) return;
    const float width = display.x - 2 * margin;
    ImDrawList* cdl = ImGui::GetWindowDrawList();
    const ImVec2 base = ImGui::GetCursorScreenPos();
    const float btn = std::max(Em(2.6f), finger), bgap = Em(0.35f), pad = Em(0.6f);
    const float when_w = Em(6.6f);
    const float buttons_w = btn + Em(1.0f) + 4 * btn + 3 * bgap;
    // The date and the title, then the type and the four flags: on one line when
    // the title has room beside them, else the buttons on a line of their own.
    const bool one_line = width - when_w - buttons_w - 2 * pad - Em(1.0f) >= Em(14.0f);
    const float title_w = one_line ? width - when_w - buttons_w - 2 * pad - Em(1.0f) : width - when_w - 2 * pad;
    float ry = base.y;
    // x of a block `w` wide starting `from` in from the reading start.
    auto X = [&](float from, float w) { return rtl ? base.x + width - from - w : base.x + from; };
    for (const Event& e : events) {
        // The title whole: on one line if it fits (shrunk a little at most), else wrapped at words.
        const bool title_line =
            body->CalcTextSizeA(body->FontSize * kMinTextScale, FLT_MAX, 0, e.title.c_str()).x <= title_w;
        const float title_h = title_line ? body->FontSize : CalcTextCenteredHeight(body, title_w, e.title.c_str());
        const float text_h = std::max(title_h, body->FontSize);
        const float row_h = one_line ? std::max(btn, text_h) + 2 * Em(0.4f) : text_h + btn + 3 * Em(0.4f);
        cdl->AddRectFilled(ImVec2(base.x, ry), ImVec2(base.x + width, ry + row_h), colors::kTile, Em(0.5f));
        const float text_y = one_line ? ry + (row_h - text_h) * 0.5f : ry + Em(0.4f);
        const std::string when = e.start_date.substr(5) + (e.start_time ? "  " + *e.start_time : std::string());
        DrawTextLine(cdl, body, ImVec2(X(pad, when_w - Em(0.4f)), text_y + (text_h - body->FontSize) * 0.5f),
                     when_w - Em(0.4f), when.c_str(), colors::kTextSoft, rtl);
        if (title_line)
            DrawTextLine(cdl, body, ImVec2(X(pad + when_w, title_w), text_y + (text_h - body->FontSize) * 0.5f), title_w,
                         e.title.c_str(), colors::kText, rtl);
        else
            DrawTextCentered(cdl, body, X(pad + when_w, title_w) + title_w * 0.5f, text_y, title_w, e.title.c_str(),
                             colors::kText);
        // The type: tap to choose another.
        float bx = one_line ? pad + when_w + title_w + Em(0.5f) : pad;
        const float by = one_line ? ry + (row_h - btn) * 0.5f : ry + text_h + 2 * Em(0.4f);
        const Pictogram* type = v.pictos.event_types.Find(e.type);
        ImGui::SetCursorScreenPos(ImVec2(X(bx, btn), by));
        if (IconButton({"event-type", e.id}, type ? type->emoji.c_str() : "📅", type ? type->msgid.c_str() : "",
                       ImVec2(btn, btn), v.open_event_types == e.id))
            out.push_back(intent::Teach{intent::teach::OpenEventTypes{e.id}});
        bx += btn + Em(1.0f);
        // The four flags: filled when on.
        for (const Flag& f : kFlags) {
            ImGui::SetCursorScreenPos(ImVec2(X(bx, btn), by));
            const std::string id = std::string(f.key) + "." + std::to_string(e.id);
            if (IconButton({"event-flag", -1, id.c_str()}, f.emoji, f.msgid, ImVec2(btn, btn), e.*f.member))
                out.push_back(intent::Teach{intent::teach::ToggleEventMark{e.id, f.mark}});
            bx += btn + bgap;
        }
        ry += row_h + Em(0.3f);
        if (v.open_event_types == e.id) {
            // Every type, as pictures with their words, to pick from: as many
            // across as their words fit, each a finger's size at least.
            const auto& types = v.pictos.event_types.Rows();
            auto words_fit = [&](float cw) {
                for (const auto& t : types)
                    if (!WordsFit(body, (cw - Em(1.2f)) / kMinTextScale, v.T(t.msgid.c_str()))) return false;
                return true;
            };
            int cols = std::max(1, std::min(7, static_cast<int>((width + bgap) / (std::max(finger, Em(6.0f)) + bgap))));
            auto cell_w = [&](int c) { return (width - (c - 1) * bgap) / c; };
            while (cols > 1 && !words_fit(cell_w(cols))) --cols;
            const float cw = cell_w(cols);
            float text_most = 0;
            for (const auto& t : types)
                text_most = std::max(text_most, CalcTextCenteredHeight(body, cw - Em(1.2f), v.T(t.msgid.c_str())));
            const float picto = std::min(Em(1.8f), cw - Em(1.2f));
            const float ch = std::max({finger, Em(4.4f), text_most + picto + 3 * Em(0.6f) + Em(0.2f), 2 * picto});
            for (size_t i = 0; i < types.size(); ++i) {
                const int c = static_cast<int>(i) % cols, r = static_cast<int>(i) / cols;
                ImGui::SetCursorScreenPos(ImVec2(X(c * (cw + bgap), cw), ry + r * (ch + bgap)));
                const std::string id = types[i].id + "." + std::to_string(e.id);
                if (PictoTile({"event-type-pick", -1, id.c_str()}, types[i].emoji.c_str(), types[i].msgid.c_str(),
                              v.T(types[i].msgid.c_str()), ImVec2(cw, ch), colors::kBar,
                              types[i].id == e.type ? TileState::Selected : TileState::Normal, 1.8f))
                    out.push_back(intent::Teach{intent::teach::SetEventType{e.id, types[i].id}});
            }
            ry += ((types.size() + cols - 1) / cols) * (ch + bgap) + Em(0.3f);
        }
    }
    ImGui::SetCursorScreenPos(ImVec2(base.x, ry));
    ImGui::Dummy(ImVec2(1, 1));
    ImGui::EndChild();
}

}  // namespace kd::screens
