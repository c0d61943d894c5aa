#include "core/kiosk_controller.h"

#include "core/maintenance.h"
#include "core/retention.h"
#include "core/sealed_concerns.h"
#include "i18n/catalog.h"
#include "i18n/dates.h"
#include "i18n/display_text.h"
#include "store/children_repo.h"
#include "store/classes_repo.h"
#include "store/concerns_repo.h"
#include "store/events_repo.h"
#include "store/notices_repo.h"
#include "store/photos_repo.h"
#include "store/polls_repo.h"
#include "store/settings_repo.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <cmath>
#include <cstdio>
#include <random>

namespace kd {

namespace {
constexpr double kDayCheckInterval = 60.0;  // wake once a minute to notice midnight

// 128 random bits as hex: names one draft's submission, whatever happens to it.
std::string NewSubmissionId() {
    std::random_device rd;
    char buf[33];
    std::snprintf(buf, sizeof buf, "%08x%08x%08x%08x", rd(), rd(), rd(), rd());
    return buf;
}
}

KioskController::KioskController(SQLite::Database& db, const Clock& clock, Settings settings)
    : m_db(db), m_clock(clock), m_settings(std::move(settings)), m_idle(m_settings.idle_timeout_s),
      m_teacher(db, clock), m_admin(db) {
    m_state.lang = m_settings.default_lang;
    m_state.entrance = m_settings.mode == KioskMode::Entrance;
    m_idle.Touch(m_clock.MonotonicSeconds());
    Reload();
    CheckNight();
}

void KioskController::OnInput(InputKind kind) {
    m_idle.Touch(m_clock.MonotonicSeconds());
    // Any touch ends the slideshow at once; the touch itself does nothing else.
    if (kind == InputKind::Press && (m_state.screen == Screen::Slideshow || m_state.screen == Screen::Night)) {
        m_state.screen = Screen::Home;
        m_swallow_touch = true;
    }
}

void KioskController::Dispatch(const std::vector<Intent>& intents) {
    for (const Intent& in : intents) Dispatch(in);
}

void KioskController::Dispatch(const Intent& in) {
    if (DispatchTeacher(in)) return;
    if (std::holds_alternative<intent::Send>(in)) {
        Send();
        return;
    }
    if (const auto* a = std::get_if<intent::AnswerPoll>(&in)) {
        AnswerPoll(a->face);
        return;
    }
    const std::string lang_before = m_state.lang;
    const int week_before = m_state.week_offset;
    m_state.photo_count = static_cast<int>(m_data.photos.size());
    Apply(m_state, in);
    if (m_state.week_offset != week_before) {
        LoadWeek(m_data);
        RelabelDates();
    } else if (m_state.lang != lang_before) {
        RelabelDates();
    }
}

std::vector<Id> KioskController::TeacherClasses() const {
    // A classroom door's teacher reads that class; an entrance kiosk's teacher reads them all.
    std::vector<Id> ids;
    if (m_settings.mode == KioskMode::Entrance)
        for (const ClassInfo& c : m_data.classes) ids.push_back(c.id);
    else if (m_data.door_class.id != 0)
        ids.push_back(m_data.door_class.id);
    return ids;
}

bool KioskController::DispatchTeacher(const Intent& in) {
    const Screen screen = m_state.screen;
    if (std::holds_alternative<intent::OpenTeacher>(in)) {
        if (screen != Screen::Home || !m_state.draft.Empty()) return true;
        m_state.screen = Screen::TeacherLogin;
        m_state.lang = m_settings.teacher_lang;  // the teacher's language, whatever the last parent chose
        RelabelDates();
        m_idle.SetTimeout(m_settings.teacher_idle_timeout_s);
        m_teacher.Begin();
        return true;
    }
    if (!IsTeacherScreen(screen)) {
        // Teacher intents mean nothing outside teacher mode.
        return std::holds_alternative<intent::CodeKey>(in) || std::holds_alternative<intent::CodeErase>(in) ||
               std::holds_alternative<intent::CodeSubmit>(in) || std::holds_alternative<intent::ShowTeacher>(in) ||
               std::holds_alternative<intent::SetConcernStatus>(in);
    }
    if (std::holds_alternative<intent::GoHome>(in)) {
        EndTeacherMode();
    } else if (std::holds_alternative<intent::Back>(in)) {
        if (screen == Screen::TeacherChild) m_state.screen = Screen::TeacherClass;
        else if (screen != Screen::TeacherLogin && screen != Screen::TeacherInbox) m_state.screen = Screen::TeacherInbox;
        else EndTeacherMode();
    } else if (const auto* k = std::get_if<intent::CodeKey>(&in)) {
        if (screen == Screen::TeacherLogin) m_teacher.Key(k->c);
    } else if (std::holds_alternative<intent::CodeErase>(in)) {
        if (screen == Screen::TeacherLogin) m_teacher.Erase();
    } else if (std::holds_alternative<intent::CodeSubmit>(in)) {
        if (screen == Screen::TeacherLogin && m_teacher.Submit(TeacherClasses())) {
            m_teacher.Reload(m_data.today, m_settings.time_zone, m_settings.teacher_lang);
            LoadNotices();
            m_state.screen = Screen::TeacherInbox;
        }
    } else if (const auto* t = std::get_if<intent::ShowTeacher>(&in)) {
        if (m_teacher.Unlocked() && IsTeacherScreen(t->to) && t->to != Screen::TeacherLogin &&
            t->to != Screen::TeacherChild) {
            m_admin.ClearMessages();
            if (t->to == Screen::TeacherPolls) LoadTeacherLists();
            if (t->to == Screen::TeacherPhotos) LoadTeacherPhotos();
            if (t->to == Screen::TeacherCalendar) LoadTeacherEvents();
            m_open_event_types = 0;
            m_state.screen = t->to;
        }
    } else if (const auto* teach = std::get_if<intent::Teach>(&in)) {
        if (m_teacher.Unlocked()) DoTeach(*teach);
    } else if (const auto* st = std::get_if<intent::SetConcernStatus>(&in)) {
        if (screen == Screen::TeacherInbox && m_teacher.SetStatus(st->concern_id, st->status)) LoadChildStatus(m_data);
    }
    // Anything else (a language pill, a photo...) has no place in teacher mode.
    return true;
}

void KioskController::SetPictograms(const Pictograms* p) {
    m_pictos = p;
    m_admin.SetSymbols(p ? &p->symbols : nullptr);
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

void KioskController::LoadNotices() {
    try {
        m_notices = store::NoticesRepo(m_db).Unseen();
    } catch (const std::exception& e) {
        std::fprintf(stderr, "klasdeur: notices could not be read: %s\n", e.what());
        m_notices.clear();
    }
}

void KioskController::LoadTeacherLists() {
    try {
        m_polls = PollsOf(m_db, m_data.door_class.id);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "klasdeur: polls could not be read: %s\n", e.what());
        m_polls.clear();
    }
    // A poll is usually about something that just happened: the last two weeks' events, newest first.
    m_recent_events =
        store::EventsRepo(m_db).Between(m_data.door_class.id, m_data.today.AddDays(-14).Iso(), m_data.today.Iso());
    std::reverse(m_recent_events.begin(), m_recent_events.end());
}

void KioskController::RunPhotoImport() {
    m_import_pending = false;
    m_importing = true;
    try {
        m_last_import = m_import_photos(m_settings.photo_folder, [this](const PhotoImportReport& so_far) {
            m_last_import = so_far;
            m_idle.Touch(m_clock.MonotonicSeconds());  // a long import is not an idle teacher
            if (m_redraw) m_redraw();
        });
    } catch (const std::exception& e) {
        m_admin.SetProblem(std::string("The photos could not be imported: ") + e.what());
    }
    m_importing = false;
    Reload();
    LoadTeacherPhotos();
}

void KioskController::LoadTeacherPhotos() {
    try {
        const CivilDate from = m_data.today.AddDays(-m_settings.photo_retention_days + 1);
        m_teacher_photos = store::PhotosRepo(m_db).Since(m_data.door_class.id, from.Iso());
    } catch (const std::exception& e) {
        m_admin.SetProblem(e.what());
        m_teacher_photos.clear();
    }
}

void KioskController::LoadTeacherEvents() {
    const CivilDate monday = m_data.today.MondayOfWeek();
    try {
        m_teacher_events = store::EventsRepo(m_db).Between(m_data.door_class.id, m_data.today.Iso(),
                                                            monday.AddDays(7 * (kWeeksAhead + 1) - 1).Iso());
    } catch (const std::exception& e) {
        m_admin.SetProblem(e.what());
        m_teacher_events.clear();
    }
}

void KioskController::ChangeEventMeaning(Id id, const std::function<void(Event&)>& change) {
    try {
        store::EventsRepo events(m_db);
        std::optional<Event> e = events.Find(id);
        if (!e) return;
        change(*e);
        events.SetMeaning(*e);
        m_admin.ClearMessages();
    } catch (const std::exception& ex) {
        m_admin.SetProblem(ex.what());
    }
    Reload();
    LoadTeacherEvents();
}

void KioskController::ReimportCalendar() {
    if (m_settings.calendar_file.empty()) {
        m_admin.SetProblem(N_("No calendar file is set yet (ask for the setting calendar_file)."));
        return;
    }
    std::ifstream in(m_settings.calendar_file, std::ios::binary);
    if (!in) {
        m_admin.SetProblem("The calendar file cannot be read: " + m_settings.calendar_file);
        return;
    }
    std::ostringstream text;
    text << in.rdbuf();
    try {
        const CalendarImportResult r =
            ImportCalendar(m_db, text.str(), m_data.today, m_settings.time_zone, m_event_rules);
        if (!r.errors.empty()) m_admin.SetProblem("The calendar was left as it was: " + r.errors.front());
        else m_admin.SetNotice(std::to_string(r.events));
    } catch (const std::exception& e) {
        m_admin.SetProblem(std::string("The calendar could not be imported: ") + e.what());
    }
    Reload();
    LoadTeacherEvents();
}

void KioskController::DeletePhoto(Id id) {
    try {
        store::PhotosRepo photos(m_db);
        const std::optional<Photo> p = photos.Find(id);
        if (!p) return;
        // Files first, as the retention purge does: never files nobody knows about.
        if (!m_photo_dir.empty()) {
            std::error_code ec;
            std::filesystem::remove(m_photo_dir / p->screen_file, ec);
            std::filesystem::remove(m_photo_dir / p->thumb_file, ec);
        }
        photos.Remove(id);
    } catch (const std::exception& e) {
        m_admin.SetProblem(e.what());
    }
    Reload();
    LoadTeacherPhotos();
}

void KioskController::ReloadSettings() {
    std::vector<std::string> problems;
    m_settings = Settings::FromMap(store::SettingsRepo(m_db).All(), &problems);
    for (const std::string& p : problems) std::fprintf(stderr, "klasdeur: %s\n", p.c_str());
    m_state.entrance = m_settings.mode == KioskMode::Entrance;
    m_idle.SetTimeout(IsTeacherScreen(m_state.screen) ? m_settings.teacher_idle_timeout_s : m_settings.idle_timeout_s);
    CheckNight();
    ++m_settings_version;
}

void KioskController::DoTeach(const intent::Teach& t) {
    const Screen screen = m_state.screen;
    switch (t.what) {
        case TeachWhat::EditChild:
            for (const Child& c : m_data.all_children)
                if (c.id == t.id) {
                    m_admin.EditChild(c);
                    m_state.screen = Screen::TeacherChild;
                }
            break;
        case TeachWhat::ShowClass:
            for (const ClassInfo& c : m_data.classes)
                if (c.id == t.id && screen == Screen::TeacherClass) m_admin_class = c.id;
            break;
        case TeachWhat::NewChild:
            if (screen == Screen::TeacherClass) {
                m_admin.NewChild(AdminClass());
                m_state.screen = Screen::TeacherChild;
            }
            break;
        case TeachWhat::NameKey:
            if (screen == Screen::TeacherChild) m_admin.NameKey(t.text);
            break;
        case TeachWhat::NameErase:
            if (screen == Screen::TeacherChild) m_admin.NameErase();
            break;
        case TeachWhat::PickSymbol:
            if (screen == Screen::TeacherChild) m_admin.PickSymbol(t.text);
            break;
        case TeachWhat::ToggleConsent:
            if (screen == Screen::TeacherChild) m_admin.ToggleConsent();
            break;
        case TeachWhat::SaveChild:
            if (screen == Screen::TeacherChild && m_admin.SaveChild()) {
                Reload();
                m_state.screen = Screen::TeacherClass;
            }
            break;
        case TeachWhat::RemoveChild:
            if (screen == Screen::TeacherChild && m_admin.RemoveChild()) {
                Reload();
                m_state.screen = Screen::TeacherClass;
            }
            break;
        case TeachWhat::PollQuestion:
            if (screen == Screen::TeacherPolls && FindReadyQuestion(t.text)) m_admin.Poll().question = t.text;
            break;
        case TeachWhat::PollEvent:
            if (screen == Screen::TeacherPolls) {
                if (t.id == 0) m_admin.Poll().event_id.reset();
                else m_admin.Poll().event_id = t.id;
            }
            break;
        case TeachWhat::PollDays:
            if (screen == Screen::TeacherPolls && t.id >= 1 && t.id <= kMaxPollDays)
                m_admin.Poll().days = static_cast<int>(t.id);
            break;
        case TeachWhat::CreatePoll:
            if (screen == Screen::TeacherPolls && m_admin.CreatePoll(m_data.door_class.id, m_data.today)) {
                Reload();
                LoadTeacherLists();
            }
            break;
        case TeachWhat::ClosePoll:
            if (screen == Screen::TeacherPolls && m_admin.ClosePoll(t.id, m_data.today)) {
                Reload();
                LoadTeacherLists();
            }
            break;
        case TeachWhat::SetSetting: {
            const size_t eq = t.text.find('=');
            if (screen != Screen::TeacherSettings || eq == std::string::npos) break;
            if (m_admin.SetSetting(t.text.substr(0, eq), t.text.substr(eq + 1), m_known_langs)) {
                ReloadSettings();
                Reload();
                m_state.lang = m_settings.teacher_lang;
                RelabelDates();
            }
            break;
        }
        case TeachWhat::ImportPhotos:
            if (screen != Screen::TeacherPhotos) break;
            if (m_settings.photo_folder.empty()) {
                m_admin.SetProblem(N_("No photo folder is set yet (ask for the setting photo_folder)."));
            } else if (!m_import_photos) {
                m_admin.SetProblem("Photos cannot be imported on this kiosk.");
            } else if (!ImportingPhotos()) {
                m_last_import = PhotoImportReport{};
                m_admin.ClearMessages();
                m_import_pending = true;  // from the next Tick, after a frame that shows it started
            }
            break;
        case TeachWhat::HidePhoto:
        case TeachWhat::ShowPhoto:
            if (screen != Screen::TeacherPhotos) break;
            try {
                store::PhotosRepo(m_db).SetHidden(t.id, t.what == TeachWhat::HidePhoto);
            } catch (const std::exception& e) {
                m_admin.SetProblem(e.what());
            }
            Reload();
            LoadTeacherPhotos();
            break;
        case TeachWhat::DeletePhoto:
            if (screen == Screen::TeacherPhotos) DeletePhoto(t.id);
            break;
        case TeachWhat::ReimportCalendar:
            if (screen == Screen::TeacherCalendar) ReimportCalendar();
            break;
        case TeachWhat::OpenEventTypes:
            if (screen == Screen::TeacherCalendar) m_open_event_types = m_open_event_types == t.id ? 0 : t.id;
            break;
        case TeachWhat::SetEventType:
            if (screen == Screen::TeacherCalendar && m_pictos && m_pictos->event_types.Find(t.text)) {
                ChangeEventMeaning(t.id, [&](Event& e) { e.type = t.text; });
                m_open_event_types = 0;
            }
            break;
        case TeachWhat::ToggleEventFlag:
            if (screen != Screen::TeacherCalendar) break;
            ChangeEventMeaning(t.id, [&](Event& e) {
                if (t.text == "parents_welcome") e.parents_welcome = !e.parents_welcome;
                else if (t.text == "special_clothes") e.special_clothes = !e.special_clothes;
                else if (t.text == "pickup_changed") e.pickup_changed = !e.pickup_changed;
                else if (t.text == "no_school") e.no_school = !e.no_school;
            });
            break;
        case TeachWhat::Quit:
            if (screen == Screen::TeacherSettings) {
                EndTeacherMode();
                m_quit = true;
            }
            break;
        case TeachWhat::DismissNotice:
            if (screen == Screen::TeacherInbox) {
                store::NoticesRepo(m_db).MarkSeen(t.id, m_clock.UnixSeconds());
                LoadNotices();
            }
            break;
    }
}

void KioskController::EndTeacherMode() {
    m_teacher.End();
    m_notices.clear();
    m_idle.SetTimeout(m_settings.idle_timeout_s);
    ResetForNextParent(m_state, m_settings.default_lang);
    RelabelDates();
}

void KioskController::LoadChildStatus(KioskData& d) {
    d.child_status.clear();
    const std::int64_t since = m_clock.UnixSeconds() - static_cast<std::int64_t>(kStatusDays) * 86400;
    store::ConcernsRepo repo(m_db);
    std::vector<Id> classes;
    for (const ClassInfo& c : d.classes) classes.push_back(c.id);
    for (Id c : classes)
        for (const store::ChildStatus& s : repo.LatestPerChild(c, since))
            if (s.status != ConcernStatus::New) d.child_status[s.child_id] = s.status;
}

void KioskController::LoadWeek(KioskData& d) {
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
    MarkSent(m_state);
    m_done_until = m_clock.MonotonicSeconds() + kDoneSeconds;
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

bool KioskController::Tick() {
    const double now = m_clock.MonotonicSeconds();
    bool changed = false;
    if (m_state.screen == Screen::TellDone && now >= m_done_until) {
        // The check mark has been seen: home by itself, in the parent's language still.
        m_state.screen = Screen::Home;
        m_state.last_sent_child.reset();
        m_state.last_sent_about_class = false;
        changed = true;
    }
    // Once a minute: the night hours, and a new day (the date, the week, retention).
    if (now >= m_next_day_check) {
        m_next_day_check = now + kDayCheckInterval;
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
    }
    if (m_restart_pending && AtRest()) m_quit = true;
    if (m_import_pending && m_state.screen == Screen::TeacherPhotos) {
        RunPhotoImport();
        changed = true;
    }
    if (m_state.poll_thanks && now >= m_poll_thanks_until) {
        m_state.poll_thanks = false;
        changed = true;
    }
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
    if (m_state.screen == Screen::TellDone) next = std::min(next, m_done_until);
    if (m_state.poll_thanks) next = std::min(next, m_poll_thanks_until);
    if (m_import_pending) next = std::min(next, m_clock.MonotonicSeconds());
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
    store::PollsRepo polls(m_db);

    KioskData d;
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
        LoadChildStatus(d);
    }
    m_data = std::move(d);
    m_state.photo_count = static_cast<int>(m_data.photos.size());
    if (m_state.photo >= m_state.photo_count) m_state.photo = 0;
    if (m_state.slide >= m_state.photo_count) m_state.slide = 0;
    m_next_day_check = m_clock.MonotonicSeconds() + kDayCheckInterval;
    RelabelDates();
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
        if (!m_data.children.empty()) Dispatch(intent::Teach{TeachWhat::EditChild, m_data.children.front().id, {}});
        return true;
    }
    Dispatch(intent::ShowTeacher{screen});
    if (screen == Screen::TeacherCalendar && !m_teacher_events.empty())
        Dispatch(intent::Teach{TeachWhat::OpenEventTypes, m_teacher_events.front().id, {}});
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
    if (TellStep(screen) < 0 && screen != Screen::TellDone && screen != Screen::TellFailed) {
        Apply(m_state, intent::Navigate{screen});
        return;
    }
    // Walk the flow the way a parent would, up to the screen asked for.
    Apply(m_state, intent::Navigate{Screen::TellChild});
    if (m_state.screen == Screen::TellClass && screen != Screen::TellClass && !m_data.classes.empty())
        Apply(m_state, intent::PickClass{m_data.door_class.id});
    if (screen == Screen::TellClass || screen == Screen::TellChild) return;
    if (!m_data.children.empty()) Apply(m_state, intent::PickChild{m_data.children.front().id});
    else Apply(m_state, intent::PickWholeClass{});
    Apply(m_state, intent::ToggleTopic{"hurt"});
    Apply(m_state, intent::ToggleTopic{"question"});
    if (screen == Screen::TellTopic) return;
    Apply(m_state, intent::Next{});
    if (screen == Screen::TellFeeling) return;
    Apply(m_state, intent::PickFeeling{4});
    Apply(m_state, intent::PickWish{"talk_today"});
    if (screen == Screen::TellWish) return;
    if (screen == Screen::TellDone) MarkSent(m_state);
    else MarkSendFailed(m_state);
    m_done_until = m_clock.MonotonicSeconds() + kDoneSeconds;
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
