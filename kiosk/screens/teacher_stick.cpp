// Teacher mode: the photos on a USB stick, newest first, to pick from. A tap
// picks or unpicks a photo (a check mark in its corner); All and None do the
// lot; Import takes the picked ones and goes back to the photos screen, which
// shows the import file by file. Previews load in the background, a few a frame.
#include "i18n/catalog.h"
#include "screens/screens.h"
#include "ui/sizes.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace kd::screens {

using namespace kd::ui;

namespace {

// A preview cropped to fill the square cell from its middle, as phone galleries show them.
void DrawSquarePreview(ImDrawList* dl, ImTextureID tex, ImVec2 size, ImVec2 a, ImVec2 b, float rounding) {
    if (!tex || size.x <= 0 || size.y <= 0) {
        dl->AddRectFilled(a, b, colors::kBar, rounding);  // still loading (or not a picture after all)
        return;
    }
    const float cell = (b.x - a.x) / (b.y - a.y), img = size.x / size.y;
    ImVec2 uv0(0, 0), uv1(1, 1);
    if (img > cell) {
        const float keep = cell / img;
        uv0.x = (1 - keep) * 0.5f, uv1.x = 1 - uv0.x;
    } else {
        const float keep = img / cell;
        uv0.y = (1 - keep) * 0.5f, uv1.y = 1 - uv0.y;
    }
    dl->AddImageRounded(tex, a, b, uv0, uv1, IM_COL32_WHITE, rounding);
}

}  // namespace

void DrawTeacherStick(const KioskView& v, std::vector<Intent>& out) {
    const TeacherPage page = BeginTeacherPage(v, out, "📥", N_("Photos on the USB stick"));
    auto [display, body, rtl, margin, y] = page;
    const media::StickPicker& stick = v.stick;
    const auto& photos = stick.contents.photos;
    const int total = static_cast<int>(photos.size());
    const float finger = Finger();

    // Import the picked ones (the main action), then All and None; what is picked beside them.
    const std::string status =
        stick.stick.label + ": " + v.Say(Message(N_("%d of %d photos chosen"), stick.picked_count, total));
    const std::string problem = !stick.contents.error.empty() && total == 0
                                    ? v.T(N_("The USB stick could not be read."))
                                : stick.contents.truncated ? v.T(N_("Only part of the stick was read: it holds too many files."))
                                                           : TeacherProblem(v);
    const float bh = std::max(Em(3.2f), finger);
    const ImVec2 import_size(std::min(Em(18.0f), (display.x - 2 * margin) * 0.45f), bh);
    StatusRoom room;
    if (DrawActionRow({.id = {"stick.import"},
                       .emoji = "📥",
                       .msgid = N_("Import the chosen photos"),
                       .label = v.T(N_("Import the chosen photos")),
                       .size = import_size,
                       .fill = colors::kPhotos,
                       .enabled = stick.picked_count > 0,
                       .status = status.c_str(),
                       .problem = problem.c_str(),
                       .status_top = Em(0.2f)},
                      y, margin, body, rtl, &room))
        out.push_back(intent::Teach{intent::teach::ImportStickPhotos{}});
    y += bh + Em(0.6f);
    // All and None in a row of their own at the reading start.
    if (total > 0) {
        const ImVec2 small(std::max(finger, Em(8.0f)), std::max(finger, Em(2.6f)));
        const float gap = Em(0.6f);
        ImGui::SetCursorScreenPos(ImVec2(rtl ? display.x - margin - small.x : margin, y));
        if (BarButton({"stick.all"}, "✅", N_("All"), v.T(N_("All")), small, colors::kTile, stick.picked_count < total))
            out.push_back(intent::Teach{intent::teach::PickAllStickPhotos{true}});
        ImGui::SetCursorScreenPos(ImVec2(rtl ? display.x - margin - 2 * small.x - gap : margin + small.x + gap, y));
        if (BarButton({"stick.none"}, "⬜", N_("None"), v.T(N_("None")), small, colors::kTile, stick.picked_count > 0))
            out.push_back(intent::Teach{intent::teach::PickAllStickPhotos{false}});
        y += small.y + Em(0.8f);
    }

    if (!BeginTeacherList(v, page, y, "##stick-photos", photos.empty(), N_("There are no photos on this USB stick.")))
        return;
    // Square cells about a thumb's width and a half: as many across as fit, at least two.
    const float list_w = display.x - 2 * margin, gap = Em(0.6f);
    const int cols = std::max(2, static_cast<int>((list_w + gap) / (std::max(Em(8.0f), 2.5f * finger) + gap)));
    const float cell = std::floor((list_w - (cols - 1) * gap) / cols);
    const ImGuiIO& io = ImGui::GetIO();
    ImDrawList* cdl = ImGui::GetWindowDrawList();
    const ImVec2 base = ImGui::GetCursorScreenPos();
    for (int i = 0; i < total; ++i) {
        const int col = i % cols, row = i / cols;
        const ImVec2 a(base.x + (rtl ? cols - 1 - col : col) * (cell + gap), base.y + row * (cell + gap));
        const ImVec2 b(a.x + cell, a.y + cell);
        ImGui::SetCursorScreenPos(a);
        // A drag that scrolls is not a tap on the photo under it.
        const bool tapped =
            TouchArea({"stick.photo", i}, "", ImVec2(cell, cell)) && io.MouseDragMaxDistanceSqr[0] < Em(1.0f) * Em(1.0f);
        if (ImGui::IsItemVisible()) {
            ImVec2 size(0, 0);
            const ImTextureID tex = v.images ? v.images->StickPreview(photos[i].path, &size) : nullptr;
            const bool picked = stick.picked[i] != 0;
            DrawSquarePreview(cdl, tex, size, a, b, Em(0.5f));
            // Picked: edged and a filled check; not picked: an empty ring says a tap picks it.
            const ImVec2 mark(rtl ? a.x + Em(1.4f) : b.x - Em(1.4f), a.y + Em(1.4f));
            if (picked) {
                cdl->AddRect(a, b, colors::kPick, Em(0.5f), 0, Em(0.35f));
                cdl->AddCircleFilled(mark, Em(1.0f), colors::kPick, 24);
                const float u = Em(0.22f);  // a white tick, drawn: any size, no glyph needed
                const ImVec2 tick[3] = {ImVec2(mark.x - 2.2f * u, mark.y + 0.1f * u), ImVec2(mark.x - 0.6f * u, mark.y + 1.7f * u),
                                        ImVec2(mark.x + 2.3f * u, mark.y - 1.6f * u)};
                cdl->AddPolyline(tick, 3, IM_COL32_WHITE, 0, Em(0.3f));
            } else {
                cdl->AddCircleFilled(mark, Em(1.0f), IM_COL32(0, 0, 0, 70), 24);
                cdl->AddCircle(mark, Em(1.0f), IM_COL32_WHITE, 24, Em(0.18f));
            }
        }
        if (tapped) out.push_back(intent::Teach{intent::teach::PickStickPhoto{i}});
    }
    ImGui::SetCursorScreenPos(ImVec2(base.x, base.y + ((total + cols - 1) / cols) * (cell + gap)));
    ImGui::Dummy(ImVec2(1, 1));
    ImGui::EndChild();
}

}  // namespace kd::screens
