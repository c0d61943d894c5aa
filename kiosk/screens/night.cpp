// The night hours: the screen goes dark but for the time, large and dim, so a
// hallway is not lit by a kiosk nobody uses. A touch wakes it to home (that
// touch does nothing else).
#include "screens/screens.h"
#include "ui/sizes.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace kd::screens {

using namespace kd::ui;

void DrawNight(const KioskView& v, std::vector<Intent>&) {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(ImVec2(0, 0), display, colors::Rgb(0x141210));
    ImFont* huge = v.fonts.huge;
    ImFont* body = v.fonts.body;
    const char* time = v.night_clock.c_str();
    // Twice the huge font: readable across the hall, dim enough not to glare.
    const float size = huge->FontSize * 2.0f;
    const ImVec2 ts = huge->CalcTextSizeA(size, FLT_MAX, 0, time);
    const ImU32 dim = colors::Rgb(0x6B655E);
    dl->AddText(huge, size, ImVec2((display.x - ts.x) * 0.5f, display.y * 0.42f - ts.y * 0.5f), dim, time);
    DrawTextCentered(dl, body, display.x * 0.5f, display.y * 0.42f + ts.y * 0.6f, display.x,
                     v.data.today_label.c_str(), colors::Rgb(0x4A4540));
}

}  // namespace kd::screens
