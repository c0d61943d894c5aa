// Teacher mode: today's pick-up list. Every child whose pick-up changes today,
// from the parents' messages (someone else picks up, stays home), in the order
// they came: the child's symbol and name large, what changes in a picture and
// words, when it was said, and Done (one tap, as on the inbox). Meant to be
// read at a glance at the door at 15:30; saved on a USB stick as a one-page
// PDF for a substitute (or `klasdeur pickup-list`).
#include "i18n/catalog.h"
#include "screens/screens.h"
#include "services/pickup_list.h"
#include "ui/screen_pieces.h"
#include "ui/sizes.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>
#include <string>

namespace kd::screens {

using namespace kd::ui;

void DrawTeacherPickup(const KioskView& v, std::vector<Intent>& out) {
    const TeacherPage page = BeginTeacherPage(v, out, "🚗", N_("Pick-up today"));
    auto [display, body, rtl, margin, y] = page;
    const TeacherInbox& box = v.teacher.Inbox();
    const std::vector<PickupChange> changes = PickupChanges(box, v.pictos);
    // To print for a substitute: a PDF of this list on the USB stick, when one is in.
    {
        const std::string notice = v.admin.Notice().Empty() ? "" : v.Say(v.admin.Notice());
        const std::string status = !notice.empty() ? notice
                                   : v.stick.present ? v.stick.stick.label
                                                     : v.T(N_("Put a USB stick into the kiosk to take the list to a printer."));
        const std::string problem = TeacherProblem(v);
        const ImVec2 size(std::min(Em(18.0f), (display.x - 2 * margin) * 0.55f), std::max(Em(3.2f), Finger()));
        if (DrawActionRow({.id = {"pickup.save"},
                           .emoji = "💾",
                           .msgid = N_("Save on the USB stick"),
                           .label = v.T(N_("Save on the USB stick")),
                           .size = size,
                           .fill = colors::kTile,
                           .enabled = v.stick.present,
                           .status = status.c_str(),
                           .problem = problem.c_str(),
                           .status_top = Em(0.5f)},
                          y, margin, body, rtl))
            out.push_back(intent::Teach{intent::teach::SavePickupList{}});
        y += size.y + Em(0.8f);
    }
    if (!BeginTeacherList(v, page, y, "##pickup", changes.empty(), N_("No changes to pick-up today."))) return;
    ImFont* large = v.fonts.large;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 base = ImGui::GetCursorScreenPos();
    const float width = display.x - 2 * margin, gap = Em(0.5f);
    const float done_w = std::max(Finger(), Em(7.0f)), row_h = std::max(Em(5.0f), Finger() + Em(1.0f));
    // x of a block `w` wide, `from` in from the reading start.
    auto X = [&](float from, float w) { return rtl ? base.x + width - from - w : base.x + from; };
    // Name and what changes share what the symbol, the time and Done leave.
    const float sym = Em(3.4f), when_w = Em(4.0f);
    const float rest = width - sym - when_w - done_w - Em(3.2f);
    const float name_w = std::min(Em(12.0f), rest * 0.42f), what_w = rest - name_w;
    float ry = base.y;
    for (const PickupChange& ch : changes) {
        const Concern& c = ch.concern;
        const bool done = c.status == ConcernStatus::Done;
        const ImVec2 a(base.x, ry), b(base.x + width, ry + row_h);
        dl->AddRectFilled(a, b, done ? colors::kBar : colors::kTile, Em(0.7f));
        const float cy = ry + row_h * 0.5f;
        const Child* child = c.child_id ? FindChild(v, *c.child_id) : nullptr;
        const char* symbol = child ? child->symbol.c_str() : v.data.door_class.symbol.c_str();
        const char* name = child ? v.Typed(child->first_name) : v.T(N_("The whole class"));
        DrawPicto(dl, symbol, ImVec2(X(Em(0.6f), sym) + sym * 0.5f, cy), sym);
        const float nx = Em(0.6f) + sym + Em(0.6f);
        DrawTextLine(dl, large, ImVec2(X(nx, name_w), cy - large->FontSize * 0.5f), name_w, name, colors::kText, rtl);
        // What changes: each topic's picture over its words.
        const float wx = nx + name_w + Em(0.6f);
        const int n = static_cast<int>(ch.topics.size());
        const float slot = what_w / std::max(1, n);
        for (int i = 0; i < n; ++i) {
            const Pictogram* t = v.pictos.topics.Find(ch.topics[i]);
            if (!t) continue;
            const float sx = X(wx + i * slot, slot) + slot * 0.5f;
            DrawPicto(dl, t->emoji.c_str(), ImVec2(sx, ry + Em(1.6f)), Em(2.2f));
            DrawTextCentered(dl, body, sx, ry + Em(2.9f), slot - Em(0.4f), v.T(t->msgid.c_str()), colors::kText);
        }
        const auto when = box.when.find(c.id);
        if (when != box.when.end())
            DrawTextCentered(dl, body, X(wx + what_w + Em(0.6f), when_w) + when_w * 0.5f, cy - body->FontSize * 0.5f,
                             when_w, when->second.c_str(), colors::kTextSoft);
        ImGui::SetCursorScreenPos(ImVec2(X(width - done_w - Em(0.4f), done_w), ry + (row_h - std::max(Finger(), Em(3.4f))) * 0.5f));
        if (BarButton({"pickup.done", static_cast<long long>(c.id)}, "✅", N_("Done"), v.T(N_("Done")),
                      ImVec2(done_w, std::max(Finger(), Em(3.4f))), done ? colors::kSelected : colors::kTile))
            out.push_back(intent::SetConcernStatus{c.id, ConcernStatus::Done});
        ry += row_h + gap;
    }
    ImGui::SetCursorScreenPos(ImVec2(base.x, ry));
    ImGui::Dummy(ImVec2(1, 1));
    ImGui::EndChild();
}

}  // namespace kd::screens
