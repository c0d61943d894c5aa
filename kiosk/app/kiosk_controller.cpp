// The controller's core: making it, routing intents, and what the screens show
// (read from the store when something changes, never per frame). Its other
// parts, by concern: controller_parent.cpp (the parent's flow and its timers),
// controller_teacher.cpp (teacher mode), controller_housekeeping.cpp (the new
// day, night, retention, backups), controller_preview.cpp (screenshots).
#include "app/kiosk_controller.h"

#include "i18n/catalog.h"
#include "i18n/dates.h"
#include "i18n/display_text.h"
#include "services/settings_store.h"
#include "store/children_repo.h"
#include "store/classes_repo.h"
#include "store/concerns_repo.h"
#include "store/events_repo.h"
#include "store/photos_repo.h"
#include "store/polls_repo.h"

#include <cstdio>

namespace kd {

KioskController::KioskController(SQLite::Database& db, const Clock& clock, Settings settings)
    : m_db(db), m_clock(clock), m_settings(std::move(settings)), m_idle(m_settings.idle_timeout_s),
      m_teacher(db, clock), m_admin(db) {
    m_state.lang = m_settings.default_lang;
    m_state.entrance = m_settings.mode == KioskMode::Entrance;
    m_idle.Touch(m_clock.MonotonicSeconds());
    Reload();
    CheckNight();
}

void KioskController::Dispatch(const std::vector<Intent>& intents) {
    for (const Intent& in : intents) Dispatch(in);
}

void KioskController::Dispatch(const Intent& in) {
    if (DispatchTeacher(in)) return;
    if (std::holds_alternative<intent::Send>(in)) {
        const Screen before = m_state.screen;
        Send();
        if (m_state.screen != before) OnScreenOpened(m_state.screen);
        return;
    }
    if (std::holds_alternative<intent::TakeBack>(in)) {
        const Screen before = m_state.screen;
        TakeBack();
        if (m_state.screen != before) OnScreenOpened(m_state.screen);  // not the thanks again when it failed
        return;
    }
    if (const auto* h = std::get_if<intent::Hear>(&in)) {
        // Only when asked, and only on the parent's screens: a door has other parents within earshot.
        if (!IsTeacherScreen(m_state.screen) && !h->msgid.empty()) Say({h->msgid}, m_state.lang);
        return;
    }
    const Screen screen_before = m_state.screen;
    if (const auto* a = std::get_if<intent::AnswerPoll>(&in)) {
        AnswerPoll(a->face);
        return;
    }
    const std::string lang_before = m_state.lang;
    const int week_before = m_state.week_offset;
    m_state.photo_count = static_cast<int>(m_data.photos.size());
    Apply(m_state, in);
    // The wish is the last choice: it sends. A second tap finds the check mark.
    if (std::holds_alternative<intent::PickWish>(in) && m_state.screen == Screen::TellWish) Send();
    if (std::holds_alternative<intent::SetLanguage>(in) && m_state.lang != lang_before)
        Say({N_("Hello! This screen now speaks your language.")}, m_state.lang);  // found by ear
    else if (m_state.screen != screen_before)
        OnScreenOpened(m_state.screen);
    if (m_state.week_offset != week_before) {
        LoadWeek(m_data);
        RelabelDates();
    } else if (m_state.lang != lang_before) {
        RelabelDates();
    }
}

void KioskController::SetPictograms(const Pictograms* p) {
    m_pictos = p;
    m_admin.SetSymbols(p ? &p->symbols : nullptr);
}

// The one place the idle time-out is chosen: the teacher's while a teacher screen
// is open, the parents' otherwise.
void KioskController::ApplyIdleTimeout() {
    m_idle.SetTimeout(IsTeacherScreen(m_state.screen) ? m_settings.teacher_idle_timeout_s : m_settings.idle_timeout_s);
}

void KioskController::ReloadSettings() {
    std::vector<std::string> problems;
    m_settings = LoadSettings(m_db, &problems);
    for (const std::string& p : problems) std::fprintf(stderr, "klasdeur: %s\n", p.c_str());
    m_state.entrance = m_settings.mode == KioskMode::Entrance;
    ApplyIdleTimeout();
    CheckNight();
    ++m_settings_version;
}

void KioskController::LoadChildStatus(ScreenData& d) {
    d.child_status.clear();
    store::ConcernsRepo repo(m_db);
    std::vector<Id> classes;
    for (const ClassInfo& c : d.classes) classes.push_back(c.id);
    // What waits for the teacher (the sign in home's corner): plain columns, no key needed.
    d.waiting = d.waiting_same_day = 0;
    const std::int64_t day_start = i18n::StartOfLocalDay(d.today, m_settings.time_zone);
    for (Id c : TeacherClasses(d)) {
        const store::WaitingCount w = repo.Waiting(c, day_start);
        d.waiting += w.unread;
        d.waiting_same_day += w.same_day_today;
    }
    if (!m_settings.show_heard) return;  // the school turned it off
    const std::int64_t since = m_clock.UnixSeconds() - static_cast<std::int64_t>(kStatusDays) * 86400;
    for (Id c : classes)
        for (const store::ChildStatus& s : repo.LatestPerChild(c, since))
            if (s.status != ConcernStatus::New) d.child_status[s.child_id] = s.status;
}

void KioskController::LoadWeek(ScreenData& d) {
    // Monday to Sunday of the week shown; a whole-school or class event on any of those days.
    const CivilDate monday = d.today.MondayOfWeek().AddDays(7 * m_state.week_offset);
    const std::vector<Event> week =
        store::EventsRepo(m_db).Between(d.door_class.id, monday.Iso(), monday.AddDays(6).Iso());
    for (int i = 0; i < 7; ++i) {
        d.week[i].date = monday.AddDays(i);
        d.week[i].events.clear();
        const std::string iso = d.week[i].date.Iso();
        for (const Event& e : week)
            if (e.start_date <= iso && e.end_date >= iso) d.week[i].events.push_back(e);
    }
}

void KioskController::Reload() {
    ++m_data_version;
    store::ClassesRepo classes(m_db);
    store::ChildrenRepo children(m_db);
    store::PhotosRepo photos(m_db);
    store::PollsRepo polls(m_db);

    ScreenData d;
    d.today = i18n::LocalDate(m_clock.UnixSeconds(), m_settings.time_zone);
    d.classes = classes.All();
    if (!d.classes.empty()) {
        d.door_class = d.classes.front();
        for (const ClassInfo& c : d.classes)
            if (c.id == m_settings.class_id) d.door_class = c;
        d.children = children.InClass(d.door_class.id);
        if (m_settings.mode == KioskMode::Entrance)
            for (const ClassInfo& c : d.classes) {
                const auto kids = children.InClass(c.id);
                d.all_children.insert(d.all_children.end(), kids.begin(), kids.end());
            }
        else
            d.all_children = d.children;

        const std::string today = d.today.Iso();
        d.photos_day = photos.LatestDayWithPhotos(d.door_class.id, today).value_or(today);
        d.photos = photos.OfDay(d.door_class.id, d.photos_day);

        LoadWeek(d);
        d.poll = polls.OpenOn(d.door_class.id, today);
        if (d.poll && d.poll->event_id) d.poll_event = store::EventsRepo(m_db).Find(*d.poll->event_id);
        if (d.poll_event) {
            // A photo of that day shows what the poll asks about better than any word.
            const auto of_day = photos.OfDay(d.door_class.id, d.poll_event->start_date);
            if (!of_day.empty()) d.poll_photo = of_day.front();
        }
        LoadChildStatus(d);
    }
    m_data = std::move(d);
    m_state.photo_count = static_cast<int>(m_data.photos.size());
    if (m_state.photo >= m_state.photo_count) m_state.photo = 0;
    if (m_state.slide >= m_state.photo_count) m_state.slide = 0;
    m_next_day_check = m_clock.MonotonicSeconds() + kDayCheckInterval;
    RelabelDates();
}

std::string KioskController::TypedText() const {
    std::string typed = TypedTextOf(m_data);
    for (const auto* events : {&m_teacher_events, &m_recent_events})
        for (const Event& e : *events) typed += e.title + '\n';
    return typed;
}

void KioskController::RelabelDates() {
    // In the parent's language, and in display form (shaped, visual order) for right-to-left ones.
    const std::string& lang = m_state.lang;
    auto shown = [&](std::string s) { return i18n::DisplayForm(s, lang); };
    m_data.today_label = shown(i18n::FormatLongDate(m_data.today, lang));
    if (auto d = CivilDate::Parse(m_data.photos_day)) m_data.photos_day_label = shown(i18n::FormatLongDate(*d, lang));
    for (DayEvents& day : m_data.week) {
        day.weekday_label = shown(i18n::FormatWeekday(day.date, lang));
        day.date_label = shown(i18n::FormatLongDate(day.date, lang));
        day.day_number = shown(i18n::FormatDayNumber(day.date, lang));
    }
}

}  // namespace kd
