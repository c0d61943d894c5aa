// Teacher mode: photos. Import from a USB stick (picked on the stick screen)
// or the photo folder, with the result per file; then every photo of the retention window, today's live ones
// marked, each with Hide/Show and Delete.
#include "i18n/catalog.h"
#include "screens/screens.h"
#include "ui/screen_pieces.h"
#include "ui/sizes.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <string>

namespace kd::screens {

using namespace kd::ui;

void DrawTeacherPhotos(const KioskView& v, std::vector<Intent>& out) {
    const TeacherPage page = BeginTeacherPage(v, out, "📷", N_("Photos"));
    auto [display, body, rtl, margin, y] = page;

    // Where photos come from: a USB stick put in (its photos, to pick from), else the photo folder
    // if the school set one, else a disabled stick button that says to put one in. Beside it what
    // the import in progress or the last one did, or what the source holds.
    const bool busy = v.importing_photos;
    const auto& last = v.last_photo_import;
    const media::StickPicker& stick = v.stick;
    const bool from_stick = stick.present || v.settings.photo_folder.empty();
    std::string status = !stick.present ? (from_stick ? v.T(N_("Put a USB stick with photos into the kiosk."))
                                                      : v.settings.photo_folder)
                                        : stick.stick.label + ": " +
                                              v.Say(Message(N_("%d photos"), static_cast<int>(stick.contents.photos.size())));
    if (busy || !last.lines.empty())
        status = std::to_string(last.imported) + " " + v.T(N_("imported")) + ", " + std::to_string(last.duplicates) +
                 " " + v.T(N_("already there")) + ", " + std::to_string(last.skipped) + " " + v.T(N_("skipped"));
    const std::string problem = TeacherProblem(v);
    StatusRoom room;
    const float finger = Finger();
    const ImVec2 import_size(std::min(Em(22.0f), (display.x - 2 * margin) * 0.55f), std::max(Em(3.2f), finger));
    const char* import_msgid = from_stick ? N_("Photos from the USB stick") : N_("Import from the photo folder");
    if (DrawActionRow({.id = {from_stick ? "photos.stick" : "photos.import"},
                       .emoji = busy ? "⏳" : (from_stick ? "🔌" : "📸"),
                       .msgid = import_msgid,
                       .label = v.T(import_msgid),
                       .size = import_size,
                       .fill = colors::kPhotos,
                       .enabled = !busy && (!from_stick || !stick.contents.photos.empty()),
                       .status = status.c_str(),
                       .problem = problem.c_str(),
                       .status_top = Em(0.2f)},
                      y, margin, body, rtl, &room)) {
        if (from_stick) out.push_back(intent::Teach{intent::teach::OpenStick{}});
        else out.push_back(intent::Teach{intent::teach::ImportPhotos{}});
    }
    // The files that were skipped, and why (the first few).
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float ly = y + Em(1.5f);
    int shown = 0;
    for (const std::string& line : last.problems) {
        if (shown == 2) break;
        DrawTextCentered(dl, body, room.center_x, ly, room.width, line.c_str(), colors::kTextSoft);
        ly += body->FontSize * 1.1f;
        ++shown;
    }
    y += std::max(import_size.y + Em(1.0f), ly - y);

    // The school's record at a glance: whose parents did not agree to photos.
    int no_consent = 0;
    for (const Child& c : v.data.children) no_consent += !c.photo_consent;
    if (no_consent > 0) {
        const char* lead = v.T(N_("No photos of:"));
        const float lw = std::min(display.x - 2 * margin, body->CalcTextSizeA(body->FontSize, FLT_MAX, 0, lead).x);
        float x = rtl ? display.x - margin - lw : margin;
        DrawTextLine(dl, body, ImVec2(x, y + Em(0.3f)), lw + 0.5f, lead, colors::kWarning);
        x = rtl ? x - Em(0.8f) : x + lw + Em(0.8f);
        for (const Child& c : v.data.children) {
            if (c.photo_consent) continue;
            const float nw = body->CalcTextSizeA(body->FontSize, FLT_MAX, 0, c.first_name.c_str()).x;
            const float item = Em(1.8f) + nw + Em(1.0f);
            if (rtl ? x - item < margin : x + item > display.x - margin) break;
            const float px = rtl ? x - Em(0.8f) : x + Em(0.8f);
            DrawPicto(dl, c.symbol.c_str(), ImVec2(px, y + Em(0.8f)), Em(1.5f));
            DrawTextLine(dl, body, ImVec2(rtl ? x - Em(1.8f) - nw : x + Em(1.8f), y + Em(0.3f)), nw + 0.5f,
                         c.first_name.c_str(), colors::kText);
            x = rtl ? x - item : x + item;
        }
        y += Em(2.0f);
    }

    // The photos, newest day first, up to four across: as many as leave Hide
    // and Delete a finger's size with their words (fewer on an upright
    // screen); scrolls by dragging.
    const auto& photos = v.teacher_photos;
    if (!BeginTeacherList(v, page, y, "##teacher-photos", photos.empty(), N_("No photos yet."))) return;
    const float list_w = display.x - 2 * margin;
    ImDrawList* cdl = ImGui::GetWindowDrawList();
    const ImVec2 base = ImGui::GetCursorScreenPos();
    const float gap = Em(0.8f), bgap = Em(0.4f);
    // A button's width for its pictogram and words, shrunk at most to the least size.
    auto button_need = [&](const char* msgid) {
        return std::max(finger, body->CalcTextSizeA(body->FontSize * kMinTextScale, FLT_MAX, 0, v.T(msgid)).x + Em(4.2f));
    };
    const float half_need = std::max({button_need(N_("Hide")), button_need(N_("Show")), button_need(N_("Delete"))});
    int cols = 4;
    auto cell_w = [&](int c) { return std::floor((list_w - (c - 1) * gap) / c); };
    while (cols > 1 && cell_w(cols) < std::max(2 * half_need + bgap, Em(9.0f))) --cols;
    const float cw = cell_w(cols);
    // The buttons side by side under the photo when they fit, else one over the other.
    const bool side_by_side = cw >= 2 * half_need + bgap;
    const float ph = cw * 3 / 4, bh = std::max(Em(2.6f), finger);
    const float ch = ph + Em(0.4f) + (side_by_side ? bh : 2 * bh + bgap);
    const std::string today = v.data.today.Iso();
    for (size_t i = 0; i < photos.size(); ++i) {
        const Photo& p = photos[i];
        const int col = static_cast<int>(i % cols), row = static_cast<int>(i / cols);
        const float x = base.x + (rtl ? cols - 1 - col : col) * (cw + gap);
        const float py = base.y + row * (ch + gap);
        const ImVec2 a(x, py), b(x + cw, py + ph);
        if (ImGui::IsRectVisible(a, ImVec2(b.x, py + ch))) {
            DrawPhotoFitted(cdl, v.images ? v.images->Thumbnail(p) : nullptr, p, a, b, Em(0.5f),
                            p.hidden ? IM_COL32(255, 255, 255, 90) : IM_COL32_WHITE);
            // Live today for parents: a green mark; hidden: a veil says it without words.
            if (!p.hidden && p.day == today)
                cdl->AddCircleFilled(ImVec2(a.x + Em(0.9f), a.y + Em(0.9f)), Em(0.5f), colors::Rgb(0x4CAF6A), 16);
            const std::string day = p.day.substr(5);
            DrawTextLine(cdl, body, ImVec2(a.x + Em(0.4f), b.y - body->FontSize - Em(0.3f)), cw - Em(0.8f), day.c_str(),
                         IM_COL32_WHITE, true);
        }
        const float bw = side_by_side ? (cw - bgap) * 0.5f : cw;
        const float by = py + ph + Em(0.4f);
        // Hide (or Show) at the reading start, Delete after it.
        ImGui::SetCursorScreenPos(ImVec2(side_by_side && rtl ? x + bw + bgap : x, by));
        const char* toggle = p.hidden ? N_("Show") : N_("Hide");
        if (BarButton({p.hidden ? "photo.show" : "photo.hide", p.id}, p.hidden ? "👀" : "🙈", toggle, v.T(toggle),
                      ImVec2(bw, bh), colors::kTile))
            out.push_back(intent::Teach{intent::teach::SetPhotoHidden{p.id, !p.hidden}});
        ImGui::SetCursorScreenPos(side_by_side ? ImVec2(rtl ? x : x + bw + bgap, by) : ImVec2(x, by + bh + bgap));
        if (BarButton({"photo.delete", p.id}, "🗑️", N_("Delete"), v.T(N_("Delete")), ImVec2(bw, bh), colors::kTile))
            out.push_back(intent::Teach{intent::teach::DeletePhoto{p.id}});
    }
    ImGui::SetCursorScreenPos(ImVec2(base.x, base.y + ((photos.size() + cols - 1) / cols) * (ch + gap)));
    ImGui::Dummy(ImVec2(1, 1));
    ImGui::EndChild();
}

}  // namespace kd::screens
