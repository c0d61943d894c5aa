// For `klasdeur screenshot`: any screen as a person would see it midway
// through its flow, without committing anything.
#include "app/kiosk_controller.h"

namespace kd {

bool KioskController::PreviewTeacher(Screen screen, const std::string& code, const std::string& lang) {
    EndTeacherMode();
    const std::string teacher_lang = m_settings.teacher_lang;
    if (!lang.empty()) m_settings.teacher_lang = lang;
    Dispatch(intent::OpenTeacher{});
    m_settings.teacher_lang = teacher_lang;
    if (!lang.empty()) m_state.lang = lang;
    if (screen == Screen::TeacherLogin) {
        for (char c : std::string("klas")) Dispatch(intent::CodeKey{c});
        return true;
    }
    for (char c : code) Dispatch(intent::CodeKey{c});
    Dispatch(intent::CodeSubmit{});
    if (!m_teacher.Unlocked()) return false;
    m_teacher.Reload(m_data.today, m_settings.time_zone, m_state.lang);
    if (screen == Screen::TeacherChild) {
        // A child as the teacher opens them from the class list.
        Dispatch(intent::ShowTeacher{Screen::TeacherClass});
        if (!m_data.children.empty()) Dispatch(intent::Teach{intent::teach::EditChild{m_data.children.front().id}});
        return true;
    }
    Dispatch(intent::ShowTeacher{screen});
    if (screen == Screen::TeacherCalendar && !m_teacher_events.empty())
        Dispatch(intent::Teach{intent::teach::OpenEventTypes{m_teacher_events.front().id}});
    return true;
}

void KioskController::Preview(Screen screen, const std::string& lang) {
    if (IsTeacherScreen(screen)) {
        // Without the code only the code screen can be shown.
        PreviewTeacher(Screen::TeacherLogin, {});
        return;
    }
    EndTeacherMode();
    ResetForNextParent(m_state, m_settings.default_lang);
    Apply(m_state, intent::SetLanguage{lang});
    RelabelDates();
    m_state.photo_count = static_cast<int>(m_data.photos.size());
    if (screen == Screen::PhotoView || screen == Screen::Slideshow) {
        m_state.screen = m_data.photos.empty() ? Screen::Photos : screen;
        m_state.photo = m_state.slide = 0;
        m_slide_started = m_clock.MonotonicSeconds() - kFadeSeconds;  // a still, not mid-fade
        return;
    }
    if (screen == Screen::Night) {
        CheckNight();
        m_state.screen = Screen::Night;
        return;
    }
    if (screen == Screen::EventCard) {
        // The busiest day's first event, as a parent might tap it.
        Apply(m_state, intent::Navigate{Screen::Week});
        const DayEvents* busiest = &m_data.week[0];
        for (const DayEvents& d : m_data.week)
            if (d.events.size() > busiest->events.size()) busiest = &d;
        if (!busiest->events.empty()) Apply(m_state, intent::OpenEvent{busiest->events.front().id});
        return;
    }
    if (TellStep(screen) < 0 && screen != Screen::TellDone && screen != Screen::TellFailed &&
        screen != Screen::TellTakenBack) {
        Apply(m_state, intent::Navigate{screen});
        return;
    }
    // Walk the flow the way a parent would, up to the screen asked for.
    Apply(m_state, intent::Navigate{Screen::TellChild});
    if (m_state.screen == Screen::TellClass && screen != Screen::TellClass && !m_data.classes.empty())
        Apply(m_state, intent::PickClass{m_data.door_class.id});
    if (screen == Screen::TellClass || screen == Screen::TellChild) return;
    // A child whose last message the teacher answered, if there is one: the screenshot shows the card.
    Id child = m_data.children.empty() ? 0 : m_data.children.front().id;
    for (const Child& c : m_data.children)
        if (m_data.child_status.count(c.id)) {
            child = c.id;
            break;
        }
    if (child) Apply(m_state, intent::PickChild{child});
    else Apply(m_state, intent::PickWholeClass{});
    if (screen == Screen::TellTopic) return;
    Apply(m_state, intent::PickTopic{"hurt"});
    if (screen == Screen::TellFeeling) return;
    Apply(m_state, intent::PickFeeling{4});
    if (screen == Screen::TellWish) return;
    Apply(m_state, intent::PickWish{"talk_today"});
    if (screen == Screen::TellDone || screen == Screen::TellTakenBack) MarkSent(m_state);
    else MarkSendFailed(m_state);
    if (screen == Screen::TellTakenBack) MarkTakenBack(m_state);
    m_sent_at = m_clock.MonotonicSeconds();
    m_done_until = m_sent_at + kDoneSeconds;
}

}  // namespace kd
