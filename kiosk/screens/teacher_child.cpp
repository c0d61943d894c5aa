// Teacher mode: one child. The first name on a big keyboard (a plugged-in one
// works too), the picture symbol from the ones no other child of the class has,
// photo consent, and Save or Remove.
#include "i18n/catalog.h"
#include "screens/screens.h"
#include "ui/sizes.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <imgui_internal.h>

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
    const float margin = Em(1.5f);
    const float left_w = Em(34.0f);
    const float lx = rtl ? display.x - margin - left_w : margin;
    const float rx = rtl ? margin : margin + left_w + Em(1.5f);
    const float right_w = display.x - 2 * margin - left_w - Em(1.5f);
    float y = top + Em(0.8f);

    y += DrawTeacherProblem(v, y, Em(0.3f));
    const float content_top = y;

    // The name, as typed.
    const float box_h = Em(3.0f);
    dl->AddRectFilled(ImVec2(lx, y), ImVec2(lx + left_w, y + box_h), colors::kTile, Em(0.6f));
    dl->AddRect(ImVec2(lx, y), ImVec2(lx + left_w, y + box_h), colors::kTileBorder, Em(0.6f), 0, Em(0.1f));
    const std::string shown = d.name.empty() ? std::string(v.T(N_("First name"))) : d.name;
    DrawTextCentered(dl, large, lx + left_w * 0.5f, y + (box_h - large->FontSize) * 0.5f, left_w, shown.c_str(),
                     d.name.empty() ? colors::kTextSoft : colors::kText);
    y += box_h + Em(0.8f);

    // The keyboard.
    const float key_gap = Em(0.3f), key = (left_w - 9 * key_gap) / 10, key_h = Em(2.7f);
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
    ReadHardwareKeys(out);

    // The picture symbol: the ones still free in this class.
    y = content_top;
    dl->AddText(body, body->FontSize, ImVec2(rtl ? rx + right_w - body->CalcTextSizeA(body->FontSize, FLT_MAX, 0, v.T(N_("Picture symbol"))).x : rx, y),
                colors::kTextSoft, v.T(N_("Picture symbol")));
    y += Em(1.4f);
    const std::vector<std::string>& free = admin.FreeSymbols();
    const float bottom_h = Em(3.2f) * 2 + Em(0.8f);
    const Grid g = FitGrid(static_cast<int>(free.size()), ImVec2(rx, y), ImVec2(rx + right_w, display.y - margin - bottom_h - Em(0.8f)),
                           Em(0.3f), 1.0f, 9);
    for (size_t i = 0; i < free.size(); ++i) {
        ImGui::SetCursorScreenPos(g.CellPos(static_cast<int>(i), rtl));
        if (PictoTile({"symbol", -1, free[i].c_str()}, free[i].c_str(), "", nullptr, g.cell, colors::kBar,
                      free[i] == d.symbol ? TileState::Selected : TileState::Normal))
            out.push_back(intent::Teach{intent::teach::PickSymbol{free[i]}});
    }

    // Photo consent, then Save and Remove.
    const float by = display.y - margin - bottom_h;
    ImGui::SetCursorScreenPos(ImVec2(rx, by));
    if (BarButton({"child.consent"}, d.consent ? "📸" : "🚫", d.consent ? N_("Photos allowed") : N_("No photos"),
                  v.T(d.consent ? N_("Photos allowed") : N_("No photos")), ImVec2(right_w, Em(3.2f)),
                  d.consent ? colors::kSelected : colors::kTile))
        out.push_back(intent::Teach{intent::teach::ToggleConsent{}});
    const float half = (right_w - Em(0.8f)) * 0.5f;
    const bool can_save = !d.name.empty() && !d.symbol.empty();
    ImGui::SetCursorScreenPos(ImVec2(rtl ? rx + half + Em(0.8f) : rx, by + Em(4.0f)));
    if (BarButton({"child.save"}, "💾", N_("Save"), v.T(N_("Save")), ImVec2(half, Em(3.2f)), colors::kPhotos, can_save))
        out.push_back(intent::Teach{intent::teach::SaveChild{}});
    ImGui::SetCursorScreenPos(ImVec2(rtl ? rx : rx + half + Em(0.8f), by + Em(4.0f)));
    if (d.id) {
        if (BarButton({"child.remove"}, "🗑️", N_("Remove"), v.T(N_("Remove")),
                      ImVec2(half, Em(3.2f)), colors::kTile))
            out.push_back(intent::Teach{intent::teach::RemoveChild{}});
    } else if (BarButton({"child.cancel"}, "❌", N_("Cancel"), v.T(N_("Cancel")), ImVec2(half, Em(3.2f)), colors::kTile)) {
        out.push_back(intent::ShowTeacher{Screen::TeacherClass});
    }
}

}  // namespace kd::screens
