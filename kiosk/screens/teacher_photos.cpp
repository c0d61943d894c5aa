// Teacher mode: photos. Import from the photo folder (a USB stick) with the
// result per file; then every photo of the retention window, today's live ones
// marked, each with Hide/Show and Delete.
#include "i18n/catalog.h"
#include "screens/screens.h"
#include "ui/screen_pieces.h"
#include "ui/sizes.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace kd::screens {

using namespace kd::ui;

void DrawTeacherPhotos(const KioskView& v, std::vector<Intent>& out) {
    const TeacherPage page = BeginTeacherPage(v, out, "📷", N_("Photos"));
    auto [display, body, rtl, margin, y] = page;

    // Import, and what the last import did (or which folder it reads).
    const bool busy = v.importing_photos;
    const auto& last = v.last_photo_import;
    std::string status = v.settings.photo_folder;
    if (busy || !last.lines.empty())
        status = std::to_string(last.imported) + " " + v.T(N_("imported")) + ", " + std::to_string(last.duplicates) +
                 " " + v.T(N_("already there")) + ", " + std::to_string(last.skipped) + " " + v.T(N_("skipped"));
    const std::string problem = TeacherProblem(v);
    StatusRoom room;
    if (DrawActionRow({.id = {"photos.import"},
                       .emoji = busy ? "⏳" : "📸",
                       .msgid = N_("Import from the photo folder"),
                       .label = v.T(N_("Import from the photo folder")),
                       .size = Em(22.0f, 3.2f),
                       .fill = colors::kPhotos,
                       .enabled = !busy,
                       .status = status.c_str(),
                       .problem = problem.c_str(),
                       .status_top = Em(0.2f)},
                      y, margin, body, rtl, &room))
        out.push_back(intent::Teach{intent::teach::ImportPhotos{}});
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
    y += Em(4.2f);

    // The school's record at a glance: whose parents did not agree to photos.
    int no_consent = 0;
    for (const Child& c : v.data.children) no_consent += !c.photo_consent;
    if (no_consent > 0) {
        const char* lead = v.T(N_("No photos of:"));
        const float lw = body->CalcTextSizeA(body->FontSize, FLT_MAX, 0, lead).x;
        float x = rtl ? display.x - margin - lw : margin;
        dl->AddText(body, body->FontSize, ImVec2(x, y + Em(0.3f)), colors::kWarning, lead);
        x = rtl ? x - Em(0.8f) : x + lw + Em(0.8f);
        for (const Child& c : v.data.children) {
            if (c.photo_consent) continue;
            const float nw = body->CalcTextSizeA(body->FontSize, FLT_MAX, 0, c.first_name.c_str()).x;
            const float item = Em(1.8f) + nw + Em(1.0f);
            if (rtl ? x - item < margin : x + item > display.x - margin) break;
            const float px = rtl ? x - Em(0.8f) : x + Em(0.8f);
            DrawPicto(dl, c.symbol.c_str(), ImVec2(px, y + Em(0.8f)), Em(1.5f));
            dl->AddText(body, body->FontSize, ImVec2(rtl ? x - Em(1.8f) - nw : x + Em(1.8f), y + Em(0.3f)), colors::kText,
                        c.first_name.c_str());
            x = rtl ? x - item : x + item;
        }
        y += Em(2.0f);
    }

    // The photos, newest day first, four across; scrolls by dragging.
    const auto& photos = v.teacher_photos;
    if (!BeginTeacherList(v, page, y, "##teacher-photos", photos.empty(), N_("No photos yet."))) return;
    const float list_w = display.x - 2 * margin;
    ImDrawList* cdl = ImGui::GetWindowDrawList();
    const ImVec2 base = ImGui::GetCursorScreenPos();
    const float gap = Em(0.8f);
    const float cw = std::floor((list_w - ImGui::GetStyle().ScrollbarSize - 3 * gap) / 4);
    const float ph = cw * 3 / 4, bh = Em(2.6f), ch = ph + Em(0.4f) + bh;
    const std::string today = v.data.today.Iso();
    for (size_t i = 0; i < photos.size(); ++i) {
        const Photo& p = photos[i];
        const int col = static_cast<int>(i % 4), row = static_cast<int>(i / 4);
        const float x = base.x + (rtl ? 3 - col : col) * (cw + gap);
        const float py = base.y + row * (ch + gap);
        const ImVec2 a(x, py), b(x + cw, py + ph);
        if (ImGui::IsRectVisible(a, ImVec2(b.x, py + ch))) {
            DrawPhotoFitted(cdl, v.images ? v.images->Thumbnail(p) : nullptr, p, a, b, Em(0.5f),
                            p.hidden ? IM_COL32(255, 255, 255, 90) : IM_COL32_WHITE);
            // Live today for parents: a green mark; hidden: a veil says it without words.
            if (!p.hidden && p.day == today)
                cdl->AddCircleFilled(ImVec2(a.x + Em(0.9f), a.y + Em(0.9f)), Em(0.5f), colors::Rgb(0x4CAF6A), 16);
            const std::string day = p.day.substr(5);
            cdl->AddText(body, body->FontSize, ImVec2(b.x - Em(0.4f) - body->CalcTextSizeA(body->FontSize, FLT_MAX, 0, day.c_str()).x,
                                                      b.y - body->FontSize - Em(0.3f)),
                         IM_COL32_WHITE, day.c_str());
        }
        const float half = (cw - Em(0.4f)) * 0.5f;
        ImGui::SetCursorScreenPos(ImVec2(x, py + ph + Em(0.4f)));
        const char* toggle = p.hidden ? N_("Show") : N_("Hide");
        if (BarButton({p.hidden ? "photo.show" : "photo.hide", p.id}, p.hidden ? "👀" : "🙈", toggle, v.T(toggle),
                      ImVec2(half, bh), colors::kTile))
            out.push_back(intent::Teach{intent::teach::SetPhotoHidden{p.id, !p.hidden}});
        ImGui::SetCursorScreenPos(ImVec2(x + half + Em(0.4f), py + ph + Em(0.4f)));
        if (BarButton({"photo.delete", p.id}, "🗑️", N_("Delete"), v.T(N_("Delete")), ImVec2(half, bh), colors::kTile))
            out.push_back(intent::Teach{intent::teach::DeletePhoto{p.id}});
    }
    ImGui::SetCursorScreenPos(ImVec2(base.x, base.y + ((photos.size() + 3) / 4) * (ch + gap)));
    ImGui::Dummy(ImVec2(1, 1));
    ImGui::EndChild();
}

}  // namespace kd::screens
