#include "app/kiosk_ui.h"

#include "i18n/display_text.h"
#include "i18n/language_names.h"
#include "screens/screen_table.h"
#include "screens/screens.h"
#include "ui/sizes.h"

#include <algorithm>
#include <cmath>

namespace kd::ui {

KioskUi::KioskUi(KioskController& controller, const Pictograms& pictos, const i18n::Catalogs& catalogs,
                 const Resources& resources, PhotoImages* images)
    : m_controller(controller), m_pictos(pictos), m_catalogs(catalogs), m_resources(resources), m_images(images) {
    BuildLanguages();
}

void KioskUi::BuildLanguages() {
    // The school's language first, then the others in the order most often
    // needed at a Flemish school door; any other catalog after them. A school
    // may choose which appear on the bar, and in which order (setting `languages`).
    static constexpr const char* kOrder[] = {"nl", "fr", "en", "ar", "tr", "pl", "ro", "bg",
                                             "uk", "ru", "es", "pt", "so", "ti", "fa"};
    const Settings& settings = m_controller.GetSettings();
    const std::vector<std::string> have = m_catalogs.Languages();
    auto known = [&](const std::string& code) {
        return std::find(have.begin(), have.end(), code) != have.end() || code == settings.default_lang;
    };
    auto add = [&](std::vector<LanguageChoice>& list, const std::string& code) {
        for (const LanguageChoice& l : list)
            if (l.code == code) return;
        if (known(code))
            list.push_back({code, i18n::DisplayForm(i18n::Endonym(code), code)});
    };
    m_all_languages.clear();
    for (const char* code : kOrder) add(m_all_languages, code);
    for (const std::string& code : have) add(m_all_languages, code);
    m_languages.clear();
    add(m_languages, settings.default_lang);
    if (!settings.languages.empty()) {
        for (const std::string& code : settings.languages) add(m_languages, code);
    } else {
        for (const LanguageChoice& l : m_all_languages) add(m_languages, l.code);
    }
    m_languages_for = m_controller.SettingsVersion();
}

void KioskUi::OnPointerRelease(ImVec2 pos) {
    if (!m_pressed) return;
    m_pressed = false;
    const float dx = pos.x - m_press.x, dy = pos.y - m_press.y;
    // Mostly sideways and at least three finger-widths: a swipe, not a tap or a scroll.
    if (std::fabs(dx) > Em(3.0f) && std::fabs(dx) > 1.5f * std::fabs(dy)) m_swipe = dx;
}

bool KioskUi::Frame(AutomationMap* record_into, bool apply_intents) {
    if (m_languages_for != m_controller.SettingsVersion()) BuildLanguages();
    const AppState& st = m_controller.State();
    if (st.lang != m_rtl_for) {  // asked of ICU when the language changes, not every frame
        m_rtl_for = st.lang;
        m_resources.rtl = i18n::IsRightToLeft(st.lang);
    }
    SetResources(&m_resources);
    if (record_into) record_into->Clear();
    SetRecordingMap(record_into);

    // Screens draw with these as they are: a font the atlas lacks (a test without
    // one) falls back here, once, to the body font or else ImGui's own.
    const Fonts& loaded = m_resources.fonts;
    ImFont* body = loaded.body ? loaded.body : ImGui::GetFont();
    const Fonts fonts{.body = body, .large = loaded.large ? loaded.large : body, .huge = loaded.huge ? loaded.huge : body};

    const KioskController& c = m_controller;
    const KioskView view{.state = st,
                         .data = c.Data(),
                         .tr = m_catalogs.For(st.lang),
                         .pictos = m_pictos,
                         .fonts = fonts,
                         .rtl = m_resources.rtl,
                         .languages = m_languages,
                         .idle_seconds_left = c.IdleSecondsLeft(),
                         .at_rest = c.AtRest(),
                         .slide_fade = c.SlideFade(),
                         .take_back_left = c.TakeBackLeft(),
                         .swipe = m_swipe,
                         .images = m_images,
                         .teacher = c.Teacher(),
                         .all_languages = m_all_languages,
                         .settings = c.GetSettings(),
                         .night_clock = c.NightClock(),
                         .admin = c.Admin(),
                         .admin_class = c.AdminClass(),
                         .polls = c.Polls(),
                         .recent_events = c.RecentEvents(),
                         .teacher_events = c.TeacherEvents(),
                         .open_event_types = c.OpenEventTypes(),
                         .teacher_photos = c.TeacherPhotos(),
                         .importing_photos = c.ImportingPhotos(),
                         .last_photo_import = c.LastPhotoImport(),
                         .stick = c.Stick(),
                         .notices = c.Notices()};
    m_swipe = 0;  // a swipe is seen by one frame
    m_intents.clear();

    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::Begin("##kiosk", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse);
    ImGui::PopStyleVar();
    ImGui::PushFont(view.fonts.body);
    // The touch that woke the slideshow is only a wake-up: home ignores it until the finger lifts.
    const bool swallow = m_controller.SwallowingTouch();
    if (swallow && !ImGui::IsMouseDown(0) && !ImGui::IsMouseReleased(0)) m_controller.TouchReleased();
    if (swallow) ImGui::BeginDisabled();
    // Hold to hear, on the parent's screens only.
    std::vector<std::string> heard;
    CollectHeard(IsTeacherScreen(st.screen) ? nullptr : &heard);
    screens::RowOf(st.screen).draw(view, m_intents);
    CollectHeard(nullptr);
    for (std::string& msgid : heard) m_intents.push_back(intent::Hear{std::move(msgid)});
    if (swallow) ImGui::EndDisabled();
    screens::DrawIdleCountdown(view);
    ImGui::PopFont();
    ImGui::End();

    SetRecordingMap(nullptr);
    m_animating = TakeAnimationRequest();
    // A progress frame in the middle of long work shows, but takes no taps.
    if (!apply_intents) m_intents.clear();
    const bool changed = !m_intents.empty();
    m_controller.Dispatch(m_intents);
    return changed;
}

}  // namespace kd::ui
