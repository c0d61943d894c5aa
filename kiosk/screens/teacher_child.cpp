// Teacher mode: one child. The first name on a big keyboard (a plugged-in one
// works too), the picture symbol from the ones no other child of the class has,
// photo consent, and Save or Remove.
#include "i18n/catalog.h"
#include "screens/screens.h"
#include "ui/sizes.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cfloat>
#include <string>

namespace kd::screens {

using namespace kd::ui;

namespace {

// Letters of the names at a Flemish school door, then the accents they carry.
constexpr const char* kKeyRows[][11] = {
    {"q", "w", "e", "r", "t", "y", "u", "i", "o", "p", nullptr},
    {"a", "s", "d", "f", "g", "h", "j", "k", "l", nullptr},
    {"z", "x", "c", "v", "b", "n", "m", "-", "'", nullptr},
    {"é", "è", "ë", "ï", "ö", "ü", "ç", "ş", "ñ", nullptr},
};

void ReadHardwareKeys(std::vector<Intent>& out) {
    const ImGuiIO& io = ImGui::GetIO();
    for (int i = 0; i < io.InputQueueCharacters.Size; ++i) {
        const ImWchar c = io.InputQueueCharacters[i];
        if (c < 0x20 || c == 0x7f) continue;
        char utf8[5] = {};
        ImTextCharToUtf8(utf8, c);
        out.push_back(intent::Teach{intent::teach::NameKey{utf8}});
    }
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Backspace))) out.push_back(intent::Teach{intent::teach::NameErase{}});
}

}  // namespace

void DrawTeacherChild(const KioskView& v, std::vector<Intent>& out) {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float top = DrawTeacherHeader(v, out, "🧒", N_("Class list"));
    const TeacherEdits& admin = v.admin;
    const ChildDraft& d = admin.Child();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImFont* large = v.fonts.large;
    ImFont* body = v.fonts.body;
    const bool rtl = v.rtl;
    const float margin = Em(1.5f), finger = Finger(), key_gap = Em(0.3f), col_gap = Em(1.5f);
    float y = top + Em(0.8f);
    y += DrawTeacherProblem(v, y, Em(0.3f));
    const float content_top = y;

    // The name and its keyboard at the reading start; the symbols, consent and
    // Save beside them on a wide screen, under them on an upright one. Keys a
    // finger wide at least: ten across.
    const bool beside = display.x > display.y;
    const float box_h = std::max(Em(2.6f), large->FontSize * 1.5f);
    const float avail_w = beside ? display.x * 0.62f - margin : display.x - 2 * margin;
    const float key = std::max(finger, std::min(Em(3.4f), (avail_w - 9 * key_gap) / 10));
    const float left_w = 10 * key + 9 * key_gap;
    const float keys_room = display.y - margin - (y + box_h + Em(0.6f)) - 4 * key_gap;
    const float key_h = std::max(finger, std::min(Em(2.7f), beside ? keys_room / 5 : Em(2.7f)));
    const float lx = beside ? (rtl ? display.x - margin - left_w : margin) : (display.x - left_w) * 0.5f;

    // The name, as typed.
    dl->AddRectFilled(ImVec2(lx, y), ImVec2(lx + left_w, y + box_h), colors::kTile, Em(0.6f));
    dl->AddRect(ImVec2(lx, y), ImVec2(lx + left_w, y + box_h), colors::kTileBorder, Em(0.6f), 0, Em(0.1f));
    const std::string shown = d.name.empty() ? std::string(v.T(N_("First name"))) : d.name;
    DrawTextLine(dl, large, ImVec2(lx + Em(0.6f), y + (box_h - large->FontSize) * 0.5f), left_w - Em(1.2f),
                 shown.c_str(), d.name.empty() ? colors::kTextSoft : colors::kText);
    y += box_h + Em(0.6f);

    // The keyboard.
    for (const auto& row : kKeyRows) {
        int n = 0;
        while (n < 11 && row[n]) ++n;
        float x = lx + (left_w - (n * key + (n - 1) * key_gap)) * 0.5f;
        for (int i = 0; i < n; ++i, x += key + key_gap) {
            ImGui::SetCursorScreenPos(ImVec2(x, y));
            if (TextPill({"name-key", -1, row[i]}, "", row[i], ImVec2(key, key_h), false, large))
                out.push_back(intent::Teach{intent::teach::NameKey{row[i]}});
        }
        y += key_h + key_gap;
    }
    const ImVec2 wide(key * 4 + key_gap * 3, key_h);
    ImGui::SetCursorScreenPos(ImVec2(lx + left_w * 0.5f - wide.x - key_gap, y));
    if (TextPill({"name-key.space"}, N_("Space"), v.T(N_("Space")), wide, false, large))
        out.push_back(intent::Teach{intent::teach::NameKey{" "}});
    ImGui::SetCursorScreenPos(ImVec2(lx + left_w * 0.5f + key_gap, y));
    if (BarButton({"name-key.erase"}, "⬅️", N_("Erase"), v.T(N_("Erase")), wide, colors::kTile))
        out.push_back(intent::Teach{intent::teach::NameErase{}});
    y += key_h + Em(1.0f);
    ReadHardwareKeys(out);

    // The other column: beside the keyboard, or the full width under it.
    const float rx = beside ? (rtl ? margin : lx + left_w + col_gap) : margin;
    const float right_w = beside ? display.x - 2 * margin - left_w - col_gap : display.x - 2 * margin;
    float ry = beside ? content_top : y;

    // At its foot: photo consent, then Save and Remove (or Cancel), side by
    // side when their words fit, else one under the other.
    const float bh = std::max(Em(3.0f), finger), bgap = Em(0.5f);
    const float half = (right_w - bgap) * 0.5f;
    auto fits = [&](float w, const char* msgid) {
        const char* t = v.T(msgid);
        return body->CalcTextSizeA(body->FontSize * kMinTextScale, FLT_MAX, 0, t).x <= w - Em(4.0f);
    };
    const bool pair = fits(half, N_("Save")) && fits(half, d.id ? N_("Remove") : N_("Cancel"));
    const float bottom_h = (pair ? 2 : 3) * bh + (pair ? 1 : 2) * bgap;
    const float by = display.y - margin - bottom_h;

    // The picture symbol: the ones still free in this class, as large as fit;
    // a finger's size at least, scrolling by dragging if they do not all fit.
    ry += DrawTextLine(dl, body, ImVec2(rx, ry), right_w, v.T(N_("Picture symbol")), colors::kTextSoft, rtl) > 0
              ? body->FontSize * 1.4f
              : 0.0f;
    const std::vector<std::string>& free = admin.FreeSymbols();
    const ImVec2 gmin(rx, ry), gmax(rx + right_w, by - Em(0.8f));
    const float sgap = Em(0.3f);
    const Grid g = FitGrid(static_cast<int>(free.size()), gmin, gmax, sgap, 1.0f, 9);
    if (std::min(g.cell.x, g.cell.y) >= finger) {
        for (size_t i = 0; i < free.size(); ++i) {
            ImGui::SetCursorScreenPos(g.CellPos(static_cast<int>(i), rtl));
            if (PictoTile({"symbol", -1, free[i].c_str()}, free[i].c_str(), "", nullptr, g.cell, colors::kBar,
                          free[i] == d.symbol ? TileState::Selected : TileState::Normal))
                out.push_back(intent::Teach{intent::teach::PickSymbol{free[i]}});
        }
    } else if (gmax.y - gmin.y > 0) {
        const int cols = std::max(1, static_cast<int>((right_w + sgap) / (finger + sgap)));
        const float cell = (right_w - (cols - 1) * sgap) / cols;
        ImGui::SetCursorScreenPos(gmin);
        BeginDragScroll("##child-symbols", ImVec2(right_w, gmax.y - gmin.y));
        const ImVec2 base = ImGui::GetCursorScreenPos();
        for (size_t i = 0; i < free.size(); ++i) {
            int c = static_cast<int>(i) % cols;
            const int r = static_cast<int>(i) / cols;
            if (rtl) c = cols - 1 - c;
            ImGui::SetCursorScreenPos(ImVec2(base.x + c * (cell + sgap), base.y + r * (cell + sgap)));
            if (PictoTile({"symbol", -1, free[i].c_str()}, free[i].c_str(), "", nullptr, ImVec2(cell, cell),
                          colors::kBar, free[i] == d.symbol ? TileState::Selected : TileState::Normal))
                out.push_back(intent::Teach{intent::teach::PickSymbol{free[i]}});
        }
        ImGui::SetCursorScreenPos(ImVec2(base.x, base.y + ((free.size() + cols - 1) / cols) * (cell + sgap)));
        ImGui::Dummy(ImVec2(1, 1));
        ImGui::EndChild();
    }

    // Photo consent, then Save and Remove.
    ImGui::SetCursorScreenPos(ImVec2(rx, by));
    if (BarButton({"child.consent"}, d.consent ? "📸" : "🚫", d.consent ? N_("Photos allowed") : N_("No photos"),
                  v.T(d.consent ? N_("Photos allowed") : N_("No photos")), ImVec2(right_w, bh),
                  d.consent ? colors::kSelected : colors::kTile))
        out.push_back(intent::Teach{intent::teach::ToggleConsent{}});
    const float sw = pair ? half : right_w;
    const float row2 = by + bh + bgap;
    const bool can_save = !d.name.empty() && !d.symbol.empty();
    ImGui::SetCursorScreenPos(ImVec2(pair && rtl ? rx + half + bgap : rx, row2));
    if (BarButton({"child.save"}, "💾", N_("Save"), v.T(N_("Save")), ImVec2(sw, bh), colors::kPhotos, can_save))
        out.push_back(intent::Teach{intent::teach::SaveChild{}});
    ImGui::SetCursorScreenPos(pair ? ImVec2(rtl ? rx : rx + half + bgap, row2) : ImVec2(rx, row2 + bh + bgap));
    if (d.id) {
        if (BarButton({"child.remove"}, "🗑️", N_("Remove"), v.T(N_("Remove")), ImVec2(sw, bh), colors::kTile))
            out.push_back(intent::Teach{intent::teach::RemoveChild{}});
    } else if (BarButton({"child.cancel"}, "❌", N_("Cancel"), v.T(N_("Cancel")), ImVec2(sw, bh), colors::kTile)) {
        out.push_back(intent::ShowTeacher{Screen::TeacherClass});
    }
}

}  // namespace kd::screens
