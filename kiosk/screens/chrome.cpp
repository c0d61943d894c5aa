#include "domain/idle_timer.h"
#include "i18n/catalog.h"
#include "screens/screens.h"
#include "ui/screen_pieces.h"
#include "ui/sizes.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace kd::screens {

namespace {
constexpr float kPi = 3.14159265f;
}

using namespace kd::ui;

std::vector<std::string> ChromeEmoji() {
    return {"🏠", "💬", "📷", "🗓️", "⏳", "👀", "⬅️", "➡️", "✅", "❌", "⚠️", "🔁", "🚪", "🙋", "🏫", "💭", "👆", "👗", "🕒", "🏖️",
            "🔒", "📥", "📊", "🗣️", "🌐", "🧒", "🗳️", "⚙️", "➕", "💾", "🗑️", "📸", "🔌", "🔤", "🛑", "🚫", "💭", "📅", "🙈", "➖", "◀️", "▶️", "🔁", "🌙", "🛠️", "↩️", "🌐", "👏", "🏖️", "🧑‍🏫", "🔊", "🔇", "🎙️", "✔️", "⬜"};
}

void DrawMuteButton(const KioskView& v, std::vector<Intent>& out, ImVec2 at, float size) {
    if (!v.settings.voice || v.settings.voice_volume <= 0) return;  // the school has it off: nothing to mute
    ImGui::SetCursorScreenPos(at);
    if (IconButton({"voice.mute"}, v.state.muted ? "🔇" : "🔊", "", ImVec2(size, size), v.state.muted))
        out.push_back(intent::ToggleMute{});
}

const char* StatusEmoji(ConcernStatus s) {
    switch (s) {
        case ConcernStatus::Seen: return "👀";
        case ConcernStatus::WillTalk: return "🗣️";
        case ConcernStatus::Done: return "✅";
        case ConcernStatus::New: break;
    }
    return "";
}

float DrawScreenHeader(const KioskView& v, std::vector<Intent>& out, const char* emoji, const char* title_msgid) {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const bool rtl = v.rtl;
    const ImVec2 button(Em(9.0f), Touch(3.2f));
    const float margin = Em(1.2f);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(ImVec2(0, 0), ImVec2(display.x, button.y + 2 * Em(0.8f)), colors::kBar);

    ImGui::SetCursorScreenPos(ImVec2(rtl ? display.x - margin - button.x : margin, Em(0.8f)));
    if (BarButton({"nav.home"}, "🏠", N_("Home"), v.T(N_("Home")), button, colors::kTile)) out.push_back(intent::GoHome{});

    // Title in the middle: pictogram and words.
    DrawTitledPicto(dl, v.fonts.large, emoji, v.T(title_msgid), ImVec2(display.x * 0.5f, Em(0.8f) + button.y * 0.5f),
                    Em(2.6f), rtl);
    return button.y + 2 * Em(0.8f);
}

void BeginDragScroll(const char* id, ImVec2 size, bool scrolls) { BeginTouchScroll(id, size, scrolls); }

void DrawIdleCountdown(const KioskView& v) {
    if (v.at_rest || v.idle_seconds_left > kCountdownSeconds) return;
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    ImDrawList* dl = ImGui::GetForegroundDrawList();
    const float frac = static_cast<float>(v.idle_seconds_left / kCountdownSeconds);
    if (IsTeacherScreen(v.state.screen)) {
        // The teacher's bar is all tabs: a strip along the screen's top edge, above them, runs down instead.
        const float w = display.x * frac;
        dl->AddRectFilled(ImVec2(v.rtl ? display.x - w : 0.0f, 0), ImVec2(v.rtl ? display.x : w, Em(0.5f)),
                          colors::kSelectedBorder);
        return;
    }
    // In the middle of the top bar, over the step dots or the title: never on
    // a button (the corners of the foot hold Next and Home).
    const float bar = Touch(3.2f) + Em(1.6f);
    const float r = (bar - Em(0.4f)) * 0.5f;
    // Home's bar has the speaker in its middle: the ring stands beside it, at the reading end.
    const float beside = v.state.screen == Screen::Home ? Touch(2.6f) * 0.5f + Em(0.6f) + r : 0.0f;
    const ImVec2 c(display.x * 0.5f + (v.rtl ? -beside : beside), bar * 0.5f);
    if (ui::AutomationMap* map = ui::RecordingMap())
        map->Add({"idle.countdown"}, "", ImVec2(c.x - r, c.y - r), ImVec2(c.x + r, c.y + r));
    dl->AddCircleFilled(c, r, colors::kTile, 48);
    // The ring empties as the seconds run out: time is visible without digits too.
    dl->PathArcTo(c, r - Em(0.25f), -kPi * 0.5f, -kPi * 0.5f + 2 * kPi * frac, 48);
    dl->PathStroke(colors::kSelectedBorder, 0, Em(0.4f));
    char digits[8];
    std::snprintf(digits, sizeof digits, "%d", static_cast<int>(std::ceil(v.idle_seconds_left)));
    ImFont* font = v.fonts.huge;
    const float size = std::min(font->FontSize, r * 1.2f);
    const ImVec2 ts = font->CalcTextSizeA(size, FLT_MAX, 0, digits);
    dl->AddText(font, size, ImVec2(c.x - ts.x * 0.5f, c.y - ts.y * 0.5f), colors::kText, digits);
}

ImVec2 Grid::CellPos(int i, bool rtl) const {
    int col = i % cols;
    const int row = i / cols;
    if (rtl) col = cols - 1 - col;
    return ImVec2(origin.x + col * (cell.x + gap), origin.y + row * (cell.y + gap));
}

Grid FitGrid(int n, ImVec2 min, ImVec2 max, float gap, float cell_aspect, int max_cols) {
    Grid best;
    best.gap = gap;
    float best_area = -1;
    const float aw = max.x - min.x, ah = max.y - min.y;
    for (int cols = 1; cols <= std::max(1, max_cols); ++cols) {
        const int rows = std::max(1, (n + cols - 1) / cols);
        float w = (aw - (cols - 1) * gap) / cols;
        float h = (ah - (rows - 1) * gap) / rows;
        if (w <= 0 || h <= 0) continue;  // too many rows or columns for the room
        // Keep the cells' shape: shrink the longer side.
        if (w / h > cell_aspect) w = h * cell_aspect;
        else h = w / cell_aspect;
        if (w * h > best_area) {
            best_area = w * h;
            best.cols = cols;
            best.rows = rows;
            best.cell = ImVec2(std::floor(w), std::floor(h));
        }
    }
    // Centre the grid in the rectangle.
    const float gw = best.cols * best.cell.x + (best.cols - 1) * gap;
    const float gh = best.rows * best.cell.y + (best.rows - 1) * gap;
    best.origin = ImVec2(std::floor(min.x + (aw - gw) * 0.5f), std::floor(min.y + (ah - gh) * 0.5f));
    return best;
}

}  // namespace kd::screens
