// Teacher mode and a USB stick: noticed within a second of going in or out
// while the photo, stick or calendar screen is open (the mount table is read,
// nothing is polled elsewhere), its photos picked and imported, its calendar
// imported. The stick is only read: the kiosk's udev rule mounts it read-only.
#include "app/kiosk_controller.h"

#include "i18n/catalog.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>

namespace kd {

void KioskController::SetStickSource(std::vector<std::filesystem::path> roots, std::filesystem::path mountinfo) {
    m_stick_roots = std::move(roots);
    m_mountinfo = std::move(mountinfo);
    m_next_stick_check = 0;
}

bool KioskController::StickScreen() const {
    return m_state.screen == Screen::TeacherPhotos || m_state.screen == Screen::TeacherStick ||
           m_state.screen == Screen::TeacherCalendar;
}

// Returns true when what the screens show changed (a stick in, out, or another one).
bool KioskController::CheckStick(double now) {
    if (!StickScreen() || now < m_next_stick_check) return false;
    m_next_stick_check = now + kStickCheckSeconds;
    const std::vector<media::MountedStick> sticks = media::FindSticks(m_stick_roots, m_mountinfo);
    if (sticks.empty()) {
        if (!m_stick.present) return false;
        m_stick = media::StickPicker{};
        if (m_state.screen == Screen::TeacherStick) {
            m_state.screen = Screen::TeacherPhotos;
            m_admin.SetNotice(N_("The USB stick was taken out."));
        }
        return true;
    }
    const media::MountedStick& newest = sticks.back();  // the last one put in
    if (m_stick.present && m_stick.stick.mount_point == newest.mount_point) return false;
    m_stick = media::StickPicker{};
    m_stick.present = true;
    m_stick.stick = newest;
    m_stick.contents = media::ListStick(newest.mount_point);
    m_stick.picked.assign(m_stick.contents.photos.size(), 0);
    if (!m_stick.contents.error.empty())
        std::fprintf(stderr, "klasdeur: USB stick %s: %s\n", newest.mount_point.c_str(), m_stick.contents.error.c_str());
    if (m_state.screen == Screen::TeacherStick) m_state.screen = Screen::TeacherPhotos;  // another stick: start over
    return true;
}

void KioskController::ImportCalendarFile(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        m_admin.SetProblem(N_("The calendar file cannot be read: %s"), file.string());
        return;
    }
    std::ostringstream text;
    text << in.rdbuf();
    try {
        const CalendarImportResult r = ImportCalendar(m_db, text.str(), m_data.today, m_settings.time_zone, m_event_rules);
        if (!r.errors.empty()) m_admin.SetProblem(N_("The calendar was left as it was: %s"), r.errors.front());
        else if (r.skipped > 0)
            m_admin.SetNotice(N_("%d events imported; %d could not be read and were left out."), r.events, r.skipped);
        else m_admin.SetNotice(N_("%d events imported"), r.events);
    } catch (const std::exception& e) {
        m_admin.SetProblem(N_("The calendar could not be imported: %s"), e.what());
    }
    Reload();
    LoadTeacherEvents();
}

}  // namespace kd
