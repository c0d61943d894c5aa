// Attract mode: today's photos, one at a time, with a gentle cross-fade. Any
// touch ends it at once (the controller handles the touch; it does nothing else).
#include "i18n/catalog.h"
#include "screens/screens.h"
#include "ui/sizes.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace kd::screens {

using namespace kd::ui;

void DrawSlideshow(const KioskView& v, std::vector<Intent>& out) {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(ImVec2(0, 0), display, colors::Rgb(0x1E1B18));
    const int n = static_cast<int>(v.data.photos.size());
    if (n == 0) return;
    const int cur = v.state.slide % n;
    const int prev = (cur + n - 1) % n;
    const ImVec2 a(0, 0), b = display;
    auto image = [&](const Photo& p) {
        ImTextureID t = v.images ? v.images->FullSize(p) : nullptr;
        return t ? t : (v.images ? v.images->Thumbnail(p) : nullptr);
    };
    const float fade = v.slide_fade;
    if (fade < 1.0f && n > 1)
        DrawPhotoFitted(dl, image(v.data.photos[prev]), v.data.photos[prev], a, b, 0,
                        IM_COL32(255, 255, 255, static_cast<int>(255 * (1.0f - fade))));
    DrawPhotoFitted(dl, image(v.data.photos[cur]), v.data.photos[cur], a, b, 0,
                    IM_COL32(255, 255, 255, static_cast<int>(255 * fade)));

    // A hand in the corner: touch to start.
    const float s = Em(3.0f);
    const ImVec2 c(v.rtl ? Em(1.5f) + s * 0.6f : display.x - Em(1.5f) - s * 0.6f, display.y - Em(1.5f) - s * 0.6f);
    dl->AddCircleFilled(c, s * 0.62f, IM_COL32(255, 255, 255, 210), 48);
    DrawPicto(dl, "👆", c, s);
    ImGui::SetCursorScreenPos(ImVec2(0, 0));
    TouchArea({"slideshow.wake"}, "", display);  // in the UI map: tests tap it like anything else
}

}  // namespace kd::screens
