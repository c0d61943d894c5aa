// The parent's side of the controller: input, sending a concern, the poll
// band, and the timers of the parent's screens (the check mark, the slideshow,
// the idle reset that drops a draft).
#include "app/kiosk_controller.h"
#include "i18n/dates.h"
#include "services/retention.h"
#include "services/sealed_concerns.h"
#include "store/concerns_repo.h"
#include "store/polls_repo.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>

namespace kd {

namespace {
// 128 random bits as hex: names one draft's submission, whatever happens to it.
std::string NewSubmissionId() {
    std::random_device rd;
    char buf[33];
    std::snprintf(buf, sizeof buf, "%08x%08x%08x%08x", rd(), rd(), rd(), rd());
    return buf;
}
}  // namespace

void KioskController::OnInput(InputKind kind) {
    m_idle.Touch(m_clock.MonotonicSeconds());
    // Any touch ends the slideshow at once; the touch itself does nothing else.
    if (kind == InputKind::Press && (m_state.screen == Screen::Slideshow || m_state.screen == Screen::Night)) {
        m_state.screen = Screen::Home;
        m_swallow_touch = true;
    }
}

float KioskController::SlideFade() const {
    if (m_state.screen != Screen::Slideshow) return 1.0f;
    const double t = (m_clock.MonotonicSeconds() - m_slide_started) / kFadeSeconds;
    return static_cast<float>(std::clamp(t, 0.0, 1.0));
}

void KioskController::Send() {
    // Only from the last step (or its retry screen), only a complete draft: a
    // second tap on Send finds the check mark screen and does nothing.
    if ((m_state.screen != Screen::TellWish && m_state.screen != Screen::TellFailed) || !m_state.draft.Complete())
        return;
    Draft& d = m_state.draft;
    if (d.submission_id.empty()) d.submission_id = NewSubmissionId();
    Concern c;
    c.submission_id = d.submission_id;
    c.class_id = d.class_id.value_or(m_data.door_class.id);
    c.child_id = d.child_id;
    c.topics = d.topics;
    c.feeling = d.feeling;
    c.wish = d.wish;
    c.interpreter = d.interpreter;
    c.lang = m_state.lang;
    c.kiosk_id = m_settings.kiosk_id;
    c.same_day = m_pictos && m_pictos->SameDay(c.topics, c.wish);
    try {
        c.created_at = PlausibleNow(m_db, m_clock.UnixSeconds());
        c.id = CommitConcern(m_db, c);
    } catch (const std::exception& e) {
        m_last_send_error = e.what();
        std::fprintf(stderr, "klasdeur: a concern could not be saved: %s\n", e.what());
        MarkSendFailed(m_state);
        return;
    }
    m_last_send_error.clear();
    if (m_on_confirmed) m_on_confirmed(c);
    MarkSent(m_state, c.same_day && AfterLastLook());
    LoadChildStatus(m_data);  // the newest message about the child is this one, not yet seen
    m_last_sent = c;
    m_sent_at = m_clock.MonotonicSeconds();
    m_done_until = m_sent_at + kDoneSeconds;
}

// Whether the school's clock is past the teacher's last look at messages before
// pick-up (the last_look setting; empty: never).
bool KioskController::AfterLastLook() const {
    const std::string& at = m_settings.last_look;
    if (at.size() != 5) return false;
    const int look = std::stoi(at.substr(0, 2)) * 60 + std::stoi(at.substr(3, 2));
    const i18n::LocalTime t = i18n::LocalDateTime(m_clock.UnixSeconds(), m_settings.time_zone);
    return t.hour * 60 + t.minute >= look;
}

// A parent who tapped the wrong thing takes it back: the row is deleted (a
// durable commit, secure_delete on) before "taken back" is shown.
void KioskController::TakeBack() {
    const double now = m_clock.MonotonicSeconds();
    if (m_state.screen != Screen::TellDone || m_last_sent.id == 0 || now < m_sent_at + kTakeBackArmSeconds ||
        now >= m_done_until)
        return;
    try {
        if (!store::ConcernsRepo(m_db).Remove(m_last_sent.id, m_last_sent.submission_id))
            throw std::runtime_error("the concern is no longer there");
    } catch (const std::exception& e) {
        std::fprintf(stderr, "klasdeur: a concern could not be taken back: %s\n", e.what());
        m_state.take_back_failed = true;  // it stays, and the teacher will see it: the screen says so
        return;
    }
    if (m_on_taken_back) m_on_taken_back(m_last_sent);
    m_last_sent = Concern{};
    LoadChildStatus(m_data);
    MarkTakenBack(m_state);
    m_done_until = now + kTakenBackSeconds;
}

float KioskController::TakeBackLeft() const {
    if (m_state.screen != Screen::TellDone) return 0.0f;
    const double t = (m_done_until - m_clock.MonotonicSeconds()) / kDoneSeconds;
    return static_cast<float>(std::clamp(t, 0.0, 1.0));
}

void KioskController::AnswerPoll(int face) {
    if (m_state.screen != Screen::Home || !m_data.poll || face < 1 || face > 5 || m_state.poll_thanks) return;
    const double now = m_clock.MonotonicSeconds();
    // The thank-you is instant either way; a press within the gate's interval is not counted again.
    if (m_poll_gate.TryPass(now)) {
        try {
            store::PollsRepo(m_db).Answer(m_data.poll->id, face, m_clock.UnixSeconds());
        } catch (const std::exception& e) {
            std::fprintf(stderr, "klasdeur: a poll answer could not be saved: %s\n", e.what());
        }
    }
    m_state.poll_thanks = true;
    m_poll_thanks_until = now + m_poll_gate.Interval();
}

bool KioskController::AtRest() const {
    return (m_state.screen == Screen::Home || m_state.screen == Screen::Slideshow || m_state.screen == Screen::Night) &&
           m_state.draft.Empty() &&
           m_state.lang == m_settings.default_lang;
}

// Timers: the check mark, the new day and night (controller_housekeeping.cpp),
// a pending photo import, the poll's thank-you, the idle reset, the slideshow.
bool KioskController::Tick() {
    const double now = m_clock.MonotonicSeconds();
    bool changed = false;
    if ((m_state.screen == Screen::TellDone || m_state.screen == Screen::TellTakenBack) && now >= m_done_until) {
        // The check mark has been seen: home by itself, in the parent's language still.
        m_state.screen = Screen::Home;
        m_state.last_sent_child.reset();
        m_state.last_sent_about_class = false;
        m_state.take_back_failed = false;
        m_state.sent_late = false;
        m_last_sent = Concern{};
        changed = true;
    }  // (meanwhile NextDeadline's wakes redraw the take-back bar as it runs down)
    if (CheckDay(now)) changed = true;
    if (m_restart_pending && AtRest()) m_quit = true;
    if (CheckStick(now)) changed = true;
    if (m_import_pending && m_state.screen == Screen::TeacherPhotos) {
        RunPhotoImport();
        changed = true;
    }
    if (m_state.poll_thanks && now >= m_poll_thanks_until) {
        m_state.poll_thanks = false;
        changed = true;
    }
    CountdownBeep(now);
    if (IsTeacherScreen(m_state.screen) && m_idle.Expired(now)) {
        EndTeacherMode();  // the keys are wiped; the next parent finds home
        changed = true;
    } else if (!AtRest() && m_idle.Expired(now)) {
        const std::string lang_before = m_state.lang;
        ResetForNextParent(m_state, m_settings.default_lang);
        if (m_state.lang != lang_before) RelabelDates();
        changed = true;
    }
    // Night: home untouched for the idle time-out goes dark; the morning brings it back.
    if (m_night && (m_state.screen == Screen::Home || m_state.screen == Screen::Slideshow) && AtRest() &&
        now - m_idle.LastTouch() >= m_settings.idle_timeout_s) {
        m_state.screen = Screen::Night;
        changed = true;
    } else if (!m_night && m_state.screen == Screen::Night) {
        m_state.screen = Screen::Home;
        changed = true;
    }
    // Attract mode: home untouched for a while, and photos to show (not at night).
    if (!m_night && m_state.screen == Screen::Home && AtRest() && !m_data.photos.empty() &&
        now - m_idle.LastTouch() >= m_settings.attract_delay_s) {
        m_state.screen = Screen::Slideshow;
        m_state.slide = 0;
        m_slide_started = now;
        changed = true;
    }
    if (m_state.screen == Screen::Slideshow && now - m_slide_started >= kSlideSeconds) {
        m_state.slide = (m_state.slide + 1) % std::max<int>(1, static_cast<int>(m_data.photos.size()));
        m_slide_started = now;
        changed = true;
    }
    return changed;
}

double KioskController::NextDeadline() const {
    double next = m_next_day_check;
    if (m_state.screen == Screen::TellDone)  // a few frames a second for the take-back bar running down
        next = std::min(next, std::min(m_done_until, m_clock.MonotonicSeconds() + 0.25));
    if (m_state.screen == Screen::TellTakenBack) next = std::min(next, m_done_until);
    if (m_state.poll_thanks) next = std::min(next, m_poll_thanks_until);
    if (m_import_pending) next = std::min(next, m_clock.MonotonicSeconds());
    if (StickScreen()) next = std::min(next, m_next_stick_check);
    if (m_state.screen == Screen::Home && AtRest() && !m_data.photos.empty())
        next = std::min(next, m_idle.LastTouch() + m_settings.attract_delay_s);
    if (m_state.screen == Screen::Slideshow) {
        const double now = m_clock.MonotonicSeconds();
        // A few frames a second during the cross-fade, then asleep until the next photo.
        next = std::min(next, now - m_slide_started < kFadeSeconds ? now + 1.0 / kFadeFramesPerSecond
                                                                  : m_slide_started + kSlideSeconds);
    }
    if (!AtRest()) {
        const double now = m_clock.MonotonicSeconds();
        const double deadline = m_idle.Deadline();
        if (now < deadline - kCountdownSeconds) {
            next = std::min(next, deadline - kCountdownSeconds);
        } else {
            // The last ten seconds count down on screen: wake on each whole second left.
            const double left = deadline - now;
            const double frac = left - std::floor(left);
            next = std::min(next, now + (frac > 1e-3 ? frac : 1.0));
        }
    }
    return next;
}

}  // namespace kd
