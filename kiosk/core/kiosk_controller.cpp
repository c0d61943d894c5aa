#include "core/kiosk_controller.h"

#include "i18n/dates.h"
#include "store/children_repo.h"
#include "store/classes_repo.h"
#include "store/events_repo.h"
#include "store/photos_repo.h"
#include "store/polls_repo.h"

#include <algorithm>
#include <cmath>

namespace kd {

namespace {
constexpr double kDayCheckInterval = 60.0;  // wake once a minute to notice midnight
}

KioskController::KioskController(SQLite::Database& db, const Clock& clock, Settings settings)
    : m_db(db), m_clock(clock), m_settings(std::move(settings)), m_idle(m_settings.idle_timeout_s) {
    m_state.lang = m_settings.default_lang;
    m_idle.Touch(m_clock.MonotonicSeconds());
    Reload();
}

void KioskController::OnInput() { m_idle.Touch(m_clock.MonotonicSeconds()); }

void KioskController::Dispatch(const std::vector<Intent>& intents) {
    for (const Intent& in : intents) Dispatch(in);
}

void KioskController::Dispatch(const Intent& in) {
    const std::string lang_before = m_state.lang;
    Apply(m_state, in);
    if (m_state.lang != lang_before) RelabelDates();
}

bool KioskController::AtRest() const {
    return m_state.screen == Screen::Home && m_state.draft.Empty() && m_state.lang == m_settings.default_lang;
}

bool KioskController::Tick() {
    const double now = m_clock.MonotonicSeconds();
    bool changed = false;
    if (!AtRest() && m_idle.Expired(now)) {
        const std::string lang_before = m_state.lang;
        ResetForNextParent(m_state, m_settings.default_lang);
        if (m_state.lang != lang_before) RelabelDates();
        changed = true;
    }
    if (now >= m_next_day_check) {
        m_next_day_check = now + kDayCheckInterval;
        if (i18n::LocalDate(m_clock.UnixSeconds(), m_settings.time_zone) != m_data.today) {
            Reload();
            changed = true;
        }
    }
    return changed;
}

double KioskController::NextDeadline() const {
    double next = m_next_day_check;
    if (!AtRest()) {
        const double now = m_clock.MonotonicSeconds();
        const double deadline = m_idle.Deadline();
        if (now < deadline - 10.0) {
            next = std::min(next, deadline - 10.0);
        } else {
            // The last ten seconds count down on screen: wake on each whole second left.
            const double left = deadline - now;
            const double frac = left - std::floor(left);
            next = std::min(next, now + (frac > 1e-3 ? frac : 1.0));
        }
    }
    return next;
}

void KioskController::Reload() {
    store::ClassesRepo classes(m_db);
    store::ChildrenRepo children(m_db);
    store::PhotosRepo photos(m_db);
    store::EventsRepo events(m_db);
    store::PollsRepo polls(m_db);

    KioskData d;
    d.today = i18n::LocalDate(m_clock.UnixSeconds(), m_settings.time_zone);
    d.classes = classes.All();
    if (!d.classes.empty()) {
        d.door_class = d.classes.front();
        for (const ClassInfo& c : d.classes)
            if (c.id == m_settings.class_id) d.door_class = c;
        d.children = children.InClass(d.door_class.id);

        const std::string today = d.today.Iso();
        d.photos_day = photos.LatestDayWithPhotos(d.door_class.id, today).value_or(today);
        d.photos = photos.OfDay(d.door_class.id, d.photos_day);

        const CivilDate monday = d.today.MondayOfWeek();
        const std::vector<Event> week = events.Between(d.door_class.id, monday.Iso(), monday.AddDays(4).Iso());
        for (int i = 0; i < 5; ++i) {
            d.week[i].date = monday.AddDays(i);
            const std::string iso = d.week[i].date.Iso();
            for (const Event& e : week)
                if (e.start_date <= iso && e.end_date >= iso) d.week[i].events.push_back(e);
        }
        d.poll = polls.OpenOn(d.door_class.id, today);
    }
    m_data = std::move(d);
    m_next_day_check = m_clock.MonotonicSeconds() + kDayCheckInterval;
    RelabelDates();
}

void KioskController::RelabelDates() {
    m_data.today_label = i18n::FormatLongDate(m_data.today, m_state.lang);
    if (auto d = CivilDate::Parse(m_data.photos_day)) m_data.photos_day_label = i18n::FormatLongDate(*d, m_state.lang);
    for (DayEvents& day : m_data.week) {
        day.weekday_label = i18n::FormatWeekday(day.date, m_state.lang);
        day.date_label = i18n::FormatLongDate(day.date, m_state.lang);
    }
}

}  // namespace kd
