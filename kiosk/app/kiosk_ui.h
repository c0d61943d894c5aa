#pragma once
// One kiosk frame: the full-screen window, the current screen, the intents it
// pushed applied to the controller. The GL app and the headless tests both call
// this between ImGui::NewFrame() and ImGui::Render().
#include "app/kiosk_controller.h"
#include "domain/pictogram_table.h"
#include "i18n/catalog.h"
#include "ui/kiosk_view.h"
#include "ui/automation_map.h"
#include "ui/widgets.h"

#include <string>
#include <vector>

namespace kd::ui {

class KioskUi {
public:
    KioskUi(KioskController& controller, const Pictograms& pictos, const i18n::Catalogs& catalogs,
            const Resources& resources, PhotoImages* images = nullptr);

    // Draws the current screen and applies what it asked for. Returns true when
    // the state changed, so the caller draws again to settle.
    bool Frame(AutomationMap* record_into = nullptr, bool apply_intents = true);

    // After the atlas was built again (a name in a new script): its fonts.
    void SetFonts(const Fonts& fonts) { m_resources.fonts = fonts; }

    const std::vector<LanguageChoice>& Languages() const { return m_languages; }
    // The last frame asked for more frames without input (a hold in progress).
    bool Animating() const { return m_animating; }

    // Raw pointer presses and releases, straight from the input events. A swipe
    // is read from these, not from frames: on a slow frame a quick swipe's
    // press, moves and release arrive together, and frame sampling sees a tap.
    void OnPointerPress(ImVec2 pos) { m_press = pos; m_pressed = true; }
    void OnPointerRelease(ImVec2 pos);

private:
    KioskController& m_controller;
    const Pictograms& m_pictos;
    const i18n::Catalogs& m_catalogs;
    Resources m_resources;
    PhotoImages* m_images;
    void BuildLanguages();
    std::vector<LanguageChoice> m_languages;      // the bar
    std::vector<LanguageChoice> m_all_languages;  // every catalog (teacher settings)
    int m_languages_for = -1;                     // the settings version they were built for
    std::vector<Intent> m_intents;  // reused each frame
    ImVec2 m_press{0, 0};
    bool m_pressed = false;
    float m_swipe = 0;  // horizontal swipe for the next frame, in pixels; 0: none
    bool m_animating = false;
    std::string m_rtl_for;  // the language m_resources.rtl was worked out for
};

}  // namespace kd::ui
