// Teacher mode and a USB stick: noticed within a second of going in or out
// while the photo, stick, calendar or pick-up screen is open (the mount table is read,
// nothing is polled elsewhere), its photos picked and imported, its calendar
// imported, today's pick-up list saved on it as a PDF to print.
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
           m_state.screen == Screen::TeacherCalendar || m_state.screen == Screen::TeacherPickup;
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

void KioskController::SavePickupListOnStick() {
    if (!m_stick.present) {
        m_admin.SetProblem(N_("Put a USB stick into the kiosk to take the list to a printer."));
        return;
    }
    if (!m_save_pickup) {
        m_admin.SetProblem(N_("The pick-up list cannot be saved on this kiosk."));
        return;
    }
    const std::string name = "klasdeur-pickup-" + m_data.today.Iso() + ".pdf";
    const std::string why = m_save_pickup(m_stick.stick.mount_point / name);
    if (why.empty()) m_admin.SetNotice(N_("Saved on the USB stick: %s"), name);
    else m_admin.SetProblem(N_("The pick-up list could not be saved on the USB stick: %s"), why);
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
