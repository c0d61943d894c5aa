#pragma once
// What a screen gets: a read-only view of the state and data, the catalog of
// the current language, the fonts and direction to draw in, and where photo
// textures come from. Screens push
// intents; they never touch the store, the clock or GL.
#include "domain/app_state.h"
#include "domain/screen_data.h"
#include "domain/pictogram_table.h"
#include "domain/settings.h"
#include "i18n/catalog.h"
#include "i18n/display_text.h"
#include "services/polls.h"
#include "services/teacher_edits.h"
#include "services/teacher_session.h"
#include "media/usb_stick.h"
#include "ui/fonts.h"

#include <imgui.h>

#include <filesystem>
#include <string>
#include <vector>

namespace kd::ui {

// Photo textures, loaded by the app off the frame loop. Null while not ready.
class PhotoImages {
public:
    virtual ~PhotoImages() = default;
    virtual ImTextureID Thumbnail(const Photo& p) = 0;
    virtual ImTextureID FullSize(const Photo& p) = 0;  // the screen-size image
    // A USB stick's photo, small; `size` gets the texture's pixels (0 while it loads).
    virtual ImTextureID StickPreview(const std::filesystem::path& file, ImVec2* size) = 0;
};

struct LanguageChoice {
    std::string code;     // "ar"
    std::string endonym;  // "العربية", in display form
};

struct KioskView {
    const AppState& state;
    const ScreenData& data;
    const i18n::Catalog& tr;
    const Pictograms& pictos;
    Fonts fonts;  // never null: the frame fills in any the atlas lacks
    bool rtl;     // right to left: mirror the layout
    const std::vector<LanguageChoice>& languages;
    double idle_seconds_left;
    bool at_rest;
    float slide_fade;     // 0..1 through the slideshow's cross-fade
    float take_back_left; // 0..1 of the check mark's take-back time left
    float swipe;          // a horizontal swipe that ended this frame, in pixels (0: none)
    PhotoImages* images;  // may be null (headless tests)
    const TeacherSession& teacher;  // teacher mode: the code screen, the inbox, the counts
    const std::vector<LanguageChoice>& all_languages;  // every catalog, for the teacher's settings
    const Settings& settings;
    const std::string& night_clock;  // "21:34" on the night screen

    // Teacher mode's lists and drafts, as the controller cached them (never the store).
    const TeacherEdits& admin;
    Id admin_class;                   // the class whose list teacher mode shows
    const std::vector<PollSummary>& polls;
    const std::vector<Event>& recent_events;   // what a new poll can be about
    const std::vector<Event>& teacher_events;  // the calendar screen's weeks
    Id open_event_types;              // the event whose type choice is open (0: none)
    const std::vector<Photo>& teacher_photos;
    bool importing_photos;
    const PhotoImportReport& last_photo_import;
    const media::StickPicker& stick;  // the USB stick in the kiosk (teacher mode)
    const std::vector<Notice>& notices;

    const char* T(const char* msgid) const { return tr.Tr(msgid); }
    // What the school typed (a name, a title), as it is drawn: see i18n::TypedForDisplay.
    const char* Typed(const std::string& typed) const { return i18n::TypedForDisplay(typed).c_str(); }
    // A message (a problem, a notice) in words: its msgid translated, its values filled in.
    std::string Say(const Message& m) const { return i18n::Format(tr, m); }
};

}  // namespace kd::ui
