// Housekeeping: what happens without anyone touching the kiosk — a new day
// (retention of concerns and photos, only on a plausible clock; the nightly
// integrity check and backup) and the night screen's hours.
#include "app/kiosk_controller.h"
#include "i18n/dates.h"
#include "services/maintenance.h"
#include "services/retention.h"
#include "services/sealed_concerns.h"
#include "store/photos_repo.h"

#include <cstdio>

namespace kd {

// Once a minute: the night hours, and a new day (the date, the week, retention,
// the nightly check and backup). True when the screen must change.
bool KioskController::CheckDay(double now) {
    if (now < m_next_day_check) return false;
    m_next_day_check = now + kDayCheckInterval;
    bool changed = false;
    const bool was_night = m_night;
    const std::string clock_before = m_night_clock;
    CheckNight();
    if (m_night != was_night || (m_state.screen == Screen::Night && m_night_clock != clock_before)) changed = true;
    if (i18n::LocalDate(m_clock.UnixSeconds(), m_settings.time_zone) != m_data.today) {
        m_state.week_offset = 0;
        PurgeOldPhotos();
        PurgeOldConcerns();
        RunNightlyMaintenance();
        Reload();
        if (m_teacher.Unlocked()) m_teacher.Reload(m_data.today, m_settings.time_zone, m_settings.teacher_lang);
        changed = true;
    }
    return changed;
}

void KioskController::RunNightlyMaintenance() {
    if (m_data_dir.empty()) return;
    try {
        const MaintenanceReport r =
            RunMaintenance(m_db, m_data_dir, m_clock.UnixSeconds(), m_settings.concern_retention_days);
        if (r.backed_up) std::fprintf(stderr, "klasdeur: backup written to %s\n", r.backup.c_str());
        if (!r.backup_error.empty()) std::fprintf(stderr, "klasdeur: no backup tonight: %s\n", r.backup_error.c_str());
        if (r.damaged) {
            std::fprintf(stderr, "klasdeur: the nightly integrity check found damage (%s); restarting to restore "
                                 "the last good backup\n", r.problem.c_str());
            m_restart_pending = true;
            m_exit_code = kExitRestart;
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "klasdeur: the nightly maintenance failed: %s\n", e.what());
    }
}

bool KioskController::InNightHours(const Settings& s, int minute) {
    if (s.night_start.size() != 5 || s.night_end.size() != 5) return false;
    auto minutes = [](const std::string& hhmm) { return std::stoi(hhmm.substr(0, 2)) * 60 + std::stoi(hhmm.substr(3, 2)); };
    const int start = minutes(s.night_start), end = minutes(s.night_end);
    if (start == end) return false;
    return start < end ? (minute >= start && minute < end) : (minute >= start || minute < end);  // 19:00-07:00 spans midnight
}

void KioskController::CheckNight() {
    const i18n::LocalTime t = i18n::LocalDateTime(m_clock.UnixSeconds(), m_settings.time_zone);
    m_night = InNightHours(m_settings, t.hour * 60 + t.minute);
    m_night_clock = t.Hhmm();
}

bool KioskController::ClockPlausible(const char* what) {
    const ClockCheck c = CheckClock(m_db, m_clock.UnixSeconds());
    if (!c.plausible) std::fprintf(stderr, "klasdeur: not deleting old %s: %s\n", what, c.why.c_str());
    return c.plausible;
}

int KioskController::PurgeOldConcerns() {
    try {
        const PurgeResult r = kd::PurgeOldConcerns(m_db, m_clock.UnixSeconds(), m_settings.concern_retention_days);
        if (r.refused) std::fprintf(stderr, "klasdeur: not deleting old concerns: %s\n", r.why.c_str());
        else if (r.deleted > 0) LoadChildStatus(m_data);
        return r.deleted;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "klasdeur: old concerns could not be deleted: %s\n", e.what());
        return 0;
    }
}

int KioskController::PurgeOldPhotos() {
    if (m_photo_dir.empty() || !ClockPlausible("photos")) return 0;
    const CivilDate today = i18n::LocalDate(m_clock.UnixSeconds(), m_settings.time_zone);
    const std::string cutoff = today.AddDays(-m_settings.photo_retention_days + 1).Iso();
    store::PhotosRepo photos(m_db);
    int removed = 0;
    for (const Photo& p : photos.OlderThan(cutoff)) {
        // Files first: a plug pulled in between leaves a row without files (shown
        // as a placeholder, purged next time), never files nobody knows about.
        std::error_code ec;
        std::filesystem::remove(m_photo_dir / p.screen_file, ec);
        std::filesystem::remove(m_photo_dir / p.thumb_file, ec);
        photos.Remove(p.id);
        ++removed;
    }
    return removed;
}

}  // namespace kd
