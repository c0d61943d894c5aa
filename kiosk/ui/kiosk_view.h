#pragma once
// What a screen gets: a read-only view of the state and data, the catalog of
// the current language, and where photo textures come from. Screens push
// intents; they never touch the store, the clock or GL.
#include "core/app_state.h"
#include "core/kiosk_data.h"
#include "core/kiosk_controller.h"
#include "core/pictogram_table.h"
#include "core/teacher_session.h"
#include "i18n/catalog.h"

#include <imgui.h>

#include <string>
#include <vector>

namespace kd::ui {

// Photo textures, loaded by the app off the frame loop. Null while not ready.
class PhotoImages {
public:
    virtual ~PhotoImages() = default;
    virtual ImTextureID Thumbnail(const Photo& p) = 0;
    virtual ImTextureID FullSize(const Photo& p) = 0;  // the screen-size image
};

struct LanguageChoice {
    std::string code;     // "ar"
    std::string endonym;  // "العربية", in display form
    bool small_script = false;  // Arabic script reads small at the Latin size: drawn a size up
};

struct KioskView {
    const AppState& state;
    const KioskData& data;
    const i18n::Catalog& tr;
    const Pictograms& pictos;
    const std::vector<LanguageChoice>& languages;
    double idle_seconds_left;
    bool at_rest;
    float slide_fade;     // 0..1 through the slideshow's cross-fade
    float swipe;          // a horizontal swipe that ended this frame, in pixels (0: none)
    PhotoImages* images;  // may be null (headless tests)
    const TeacherSession& teacher;  // teacher mode: the code screen, the inbox, the counts
    const KioskController& ctl;     // teacher mode's lists and drafts (read-only; cached, never the store)
    const std::vector<LanguageChoice>& all_languages;  // every catalog, for the teacher's settings

    const char* T(const char* msgid) const { return tr.Tr(msgid); }
};

}  // namespace kd::ui
