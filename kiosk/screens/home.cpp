// Home: three huge tiles that need no reading, today's date, the language bar.
#include "screens/screens.h"

#include "i18n/catalog.h"
#include "ui/sizes.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace kd::screens {

using namespace kd::ui;

namespace {

void DrawClassAndDate(const KioskView& v, float bar_h) {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const bool rtl = Res().rtl;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImFont* large = Res().fonts.large ? Res().fonts.large : ImGui::GetFont();
    ImFont* body = Res().fonts.body ? Res().fonts.body : ImGui::GetFont();
    const float margin = Em(1.5f), cy = bar_h * 0.5f;

    // The class: its symbol, name and teacher, so a parent knows it is their door.
    const ClassInfo& c = v.data.door_class;
    const float picto = Em(2.8f);
    const float name_w = large->CalcTextSizeA(large->FontSize, FLT_MAX, 0, c.name.c_str()).x;
    const float teacher_w = body->CalcTextSizeA(body->FontSize, FLT_MAX, 0, c.teacher.c_str()).x;
    const float text_w = std::max(name_w, teacher_w);
    const float px = rtl ? display.x - margin - picto * 0.5f : margin + picto * 0.5f;
    const float tx = rtl ? display.x - margin - picto - Em(0.6f) - text_w : margin + picto + Em(0.6f);
    if (!c.symbol.empty()) DrawPicto(dl, c.symbol.c_str(), ImVec2(px, cy), picto);
    dl->AddText(large, large->FontSize, ImVec2(tx, cy - large->FontSize * 0.95f), colors::kText, c.name.c_str());
    dl->AddText(body, body->FontSize, ImVec2(tx, cy + Em(0.15f)), colors::kTextSoft, c.teacher.c_str());

    // Today's date in the parent's language.
    const char* date = v.data.today_label.c_str();
    const float dw = large->CalcTextSizeA(large->FontSize, FLT_MAX, 0, date).x;
    dl->AddText(large, large->FontSize, ImVec2(rtl ? margin : display.x - margin - dw, cy - large->FontSize * 0.5f),
                colors::kText, date);
}

void DrawLanguageBar(const KioskView& v, std::vector<Intent>& out, float top) {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(0, top), display, colors::kBar);
    if (v.languages.size() < 2) return;
    ImFont* font = Res().fonts.body ? Res().fonts.body : ImGui::GetFont();
    const float h = Em(2.4f), gap = Em(0.6f), pad = Em(1.4f);
    float total = 0;
    for (const LanguageChoice& l : v.languages)
        total += std::max(Em(6.0f), font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, l.endonym.c_str()).x + 2 * pad);
    total += gap * (v.languages.size() - 1);
    float x = std::max(Em(1.0f), (display.x - total) * 0.5f);
    const float y = top + (display.y - top - h) * 0.5f;
    for (size_t i = 0; i < v.languages.size(); ++i) {
        const LanguageChoice& l = v.languages[i];
        const float w = std::max(Em(6.0f), font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, l.endonym.c_str()).x + 2 * pad);
        ImGui::SetCursorScreenPos(ImVec2(x, y));
        // The id is the language code, so tests and the UI map stay stable across catalogs.
        if (TextPill({"lang", -1, l.code.c_str()}, l.code.c_str(), l.endonym.c_str(), ImVec2(w, h),
                     l.code == v.state.lang))
            out.push_back(intent::SetLanguage{l.code});
        x += w + gap;
    }
}

}  // namespace

void DrawHome(const KioskView& v, std::vector<Intent>& out) {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float top_h = Em(4.6f);
    const float lang_h = Em(4.0f);
    DrawClassAndDate(v, top_h);
    DrawLanguageBar(v, out, display.y - lang_h);

    struct TileDef {
        const char* id;
        const char* emoji;
        const char* msgid;
        ImU32 accent;
        Screen to;
    };
    static constexpr TileDef kTiles[] = {
        {"home.tell", "💬", N_("Tell the teacher"), colors::kTell, Screen::TellChild},
        {"home.photos", "📷", N_("Today's photos"), colors::kPhotos, Screen::Photos},
        {"home.week", "🗓️", N_("This week"), colors::kWeek, Screen::Week},
    };
    const float margin = Em(1.5f), gap = Em(1.5f);
    const float y0 = top_h + Em(0.5f), y1 = display.y - lang_h - Em(1.2f);
    const float w = (display.x - 2 * margin - 2 * gap) / 3;
    const bool rtl = Res().rtl;
    for (int i = 0; i < 3; ++i) {
        const int slot = rtl ? 2 - i : i;
        ImGui::SetCursorScreenPos(ImVec2(margin + slot * (w + gap), y0));
        const TileDef& t = kTiles[i];
        if (PictoTile({t.id}, t.emoji, t.msgid, v.T(t.msgid), ImVec2(w, y1 - y0), t.accent, TileState::Tinted, 6.0f))
            out.push_back(intent::Navigate{t.to});
    }
}

}  // namespace kd::screens
