// Teacher mode: the calendar. Re-import the school's .ics now; then the coming
// weeks' events, each with what it means for parents: its type (tap to choose
// another) and four flags to switch. A choice made here survives re-imports.
#include "i18n/catalog.h"
#include "screens/screens.h"
#include "ui/screen_pieces.h"
#include "ui/sizes.h"
#include "ui/theme.h"
#include "ui/widgets.h"

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

    // Import again, and how the last import went (or which file it reads).
    const std::string status = v.admin.Notice().Empty() ? v.settings.calendar_file : v.Say(v.admin.Notice());
    const std::string problem = TeacherProblem(v);
    if (DrawActionRow({.id = {"calendar.import"},
                       .emoji = "🔁",
                       .msgid = N_("Import the calendar again"),
                       .label = v.T(N_("Import the calendar again")),
                       .size = Em(18.0f, 3.2f),
                       .fill = colors::kWeek,
                       .status = status.c_str(),
                       .problem = problem.c_str(),
                       .status_top = Em(0.9f)},
                      y, margin, body, rtl))
        out.push_back(intent::Teach{intent::teach::ReimportCalendar{}});
    y += Em(4.2f);

    const auto& events = v.teacher_events;
    if (!BeginTeacherList(v, page, y, "##teacher-calendar", events.empty(), N_("Nothing on the calendar."))) return;
    const float list_w = display.x - 2 * margin;
    ImDrawList* cdl = ImGui::GetWindowDrawList();
    const ImVec2 base = ImGui::GetCursorScreenPos();
    const float width = list_w - ImGui::GetStyle().ScrollbarSize - Em(0.4f);
    const float row_h = Em(3.4f), btn = Em(2.6f), bgap = Em(0.35f);
    float ry = base.y;
    // x of a block `w` wide starting `from` in from the reading start.
    auto X = [&](float from, float w) { return rtl ? base.x + width - from - w : base.x + from; };
    for (const Event& e : events) {
        cdl->AddRectFilled(ImVec2(base.x, ry), ImVec2(base.x + width, ry + row_h), colors::kTile, Em(0.5f));
        const std::string when = e.start_date.substr(5) + (e.start_time ? "  " + *e.start_time : std::string());
        cdl->AddText(body, body->FontSize, ImVec2(X(Em(0.6f), Em(6.0f)), ry + (row_h - body->FontSize) * 0.5f),
                     colors::kTextSoft, when.c_str());
        const float buttons_w = btn + Em(1.0f) + 4 * (btn + bgap);
        const float title_w = width - Em(7.2f) - buttons_w - Em(1.0f);
        cdl->PushClipRect(ImVec2(X(Em(7.2f), title_w), ry), ImVec2(X(Em(7.2f), title_w) + title_w, ry + row_h), true);
        cdl->AddText(body, body->FontSize, ImVec2(X(Em(7.2f), title_w), ry + (row_h - body->FontSize) * 0.5f),
                     colors::kText, e.title.c_str());
        cdl->PopClipRect();
        // The type: tap to choose another.
        float bx = Em(7.2f) + title_w + Em(0.5f);
        const Pictogram* type = v.pictos.event_types.Find(e.type);
        ImGui::SetCursorScreenPos(ImVec2(X(bx, btn), ry + (row_h - btn) * 0.5f));
        if (IconButton({"event-type", e.id}, type ? type->emoji.c_str() : "📅", type ? type->msgid.c_str() : "",
                       ImVec2(btn, btn), v.open_event_types == e.id))
            out.push_back(intent::Teach{intent::teach::OpenEventTypes{e.id}});
        bx += btn + Em(1.0f);
        // The four flags: filled when on.
        for (const Flag& f : kFlags) {
            ImGui::SetCursorScreenPos(ImVec2(X(bx, btn), ry + (row_h - btn) * 0.5f));
            const std::string id = std::string(f.key) + "." + std::to_string(e.id);
            if (IconButton({"event-flag", -1, id.c_str()}, f.emoji, f.msgid, ImVec2(btn, btn), e.*f.member))
                out.push_back(intent::Teach{intent::teach::ToggleEventMark{e.id, f.mark}});
            bx += btn + bgap;
        }
        ry += row_h + Em(0.3f);
        if (v.open_event_types == e.id) {
            // Every type, as pictures with their words, to pick from.
            const auto& types = v.pictos.event_types.Rows();
            const int cols = 7;
            const float cw = (width - (cols - 1) * bgap) / cols, ch = Em(4.4f);
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
