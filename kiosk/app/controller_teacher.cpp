// Teacher mode in the controller: the code, the inbox's statuses, and the
// teacher's changes to the kiosk (class list, polls, settings, photos,
// calendar, notices), one handler per typed intent.
#include "app/kiosk_controller.h"
#include "i18n/catalog.h"
#include "media/voice.h"
#include "services/paths.h"
#include "store/events_repo.h"
#include "store/notices_repo.h"
#include "store/photos_repo.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>

namespace kd {

std::vector<Id> KioskController::TeacherClasses(const ScreenData& d) const {
    // A classroom door's teacher reads that class; an entrance kiosk's teacher reads them all.
    std::vector<Id> ids;
    if (m_settings.mode == KioskMode::Entrance)
        for (const ClassInfo& c : d.classes) ids.push_back(c.id);
    else if (d.door_class.id != 0)
        ids.push_back(d.door_class.id);
    return ids;
}

bool KioskController::DispatchTeacher(const Intent& in) {
    const Screen screen = m_state.screen;
    if (std::holds_alternative<intent::OpenTeacher>(in)) {
        if (screen != Screen::Home || !m_state.draft.Empty()) return true;
        m_state.screen = Screen::TeacherLogin;
        m_state.lang = m_settings.teacher_lang;  // the teacher's language, whatever the last parent chose
        RelabelDates();
        ApplyIdleTimeout();
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
        else if (screen == Screen::TeacherStick) m_state.screen = Screen::TeacherPhotos;
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
            if (t->to == Screen::TeacherInbox || t->to == Screen::TeacherPickup)  // what came since, and where it now belongs
                m_teacher.Reload(m_data.today, m_settings.time_zone, m_settings.teacher_lang);
            if (t->to == Screen::TeacherPolls) LoadTeacherLists();
            if (t->to == Screen::TeacherPhotos) LoadTeacherPhotos();
            if (t->to == Screen::TeacherCalendar) LoadTeacherEvents();
            m_next_stick_check = 0;  // a stick put in meanwhile shows at once
            m_open_event_types = 0;
            m_state.screen = t->to;
        }
    } else if (const auto* teach = std::get_if<intent::Teach>(&in)) {
        if (m_teacher.Unlocked()) Teach(*teach);
    } else if (const auto* st = std::get_if<intent::SetConcernStatus>(&in)) {
        if ((screen == Screen::TeacherInbox || screen == Screen::TeacherPickup) && m_teacher.SetStatus(st->concern_id, st->status))
            LoadChildStatus(m_data);  // the parent's tile, and the sign on home
    }
    // Anything else (a language pill, a photo...) has no place in teacher mode.
    return true;
}

// One handler per change, each allowed only on the screen that offers it.
struct KioskController::TeachHandler {
    KioskController& c;
    const Screen screen;

    void operator()(const intent::teach::EditChild& t) {
        for (const Child& child : c.m_data.all_children)
            if (child.id == t.child_id) {
                c.m_admin.EditChild(child);
                c.m_state.screen = Screen::TeacherChild;
            }
    }
    void operator()(const intent::teach::ShowClass& t) {
        for (const ClassInfo& k : c.m_data.classes)
            if (k.id == t.class_id && screen == Screen::TeacherClass) c.m_admin_class = k.id;
    }
    void operator()(const intent::teach::NewChild&) {
        if (screen != Screen::TeacherClass) return;
        c.m_admin.NewChild(c.AdminClass());
        c.m_state.screen = Screen::TeacherChild;
    }
    void operator()(const intent::teach::NameKey& t) {
        if (screen == Screen::TeacherChild) c.m_admin.NameKey(t.utf8);
    }
    void operator()(const intent::teach::NameErase&) {
        if (screen == Screen::TeacherChild) c.m_admin.NameErase();
    }
    void operator()(const intent::teach::PickSymbol& t) {
        if (screen == Screen::TeacherChild) c.m_admin.PickSymbol(t.emoji);
    }
    void operator()(const intent::teach::ToggleConsent&) {
        if (screen == Screen::TeacherChild) c.m_admin.ToggleConsent();
    }
    void operator()(const intent::teach::SaveChild&) {
        if (screen == Screen::TeacherChild && c.m_admin.SaveChild()) BackToClass();
    }
    void operator()(const intent::teach::RemoveChild&) {
        if (screen == Screen::TeacherChild && c.m_admin.RemoveChild()) BackToClass();
    }
    void operator()(const intent::teach::PollQuestion& t) {
        if (screen == Screen::TeacherPolls && FindReadyQuestion(t.key)) c.m_admin.Poll().question = t.key;
    }
    void operator()(const intent::teach::PollEvent& t) {
        if (screen != Screen::TeacherPolls) return;
        if (t.event_id == 0) c.m_admin.Poll().event_id.reset();
        else c.m_admin.Poll().event_id = t.event_id;
    }
    void operator()(const intent::teach::PollDays& t) {
        if (screen == Screen::TeacherPolls && t.days >= 1 && t.days <= kMaxPollDays) c.m_admin.Poll().days = t.days;
    }
    void operator()(const intent::teach::CreatePoll&) {
        if (screen == Screen::TeacherPolls && c.m_admin.CreatePoll(c.m_data.door_class.id, c.m_data.today)) PollsChanged();
    }
    void operator()(const intent::teach::ClosePoll& t) {
        if (screen == Screen::TeacherPolls && c.m_admin.ClosePoll(t.poll_id, c.m_data.today)) PollsChanged();
    }
    void operator()(const intent::teach::SetSetting& t) {
        if (screen != Screen::TeacherSettings || !c.m_admin.SetSetting(t.key, t.value, c.m_known_langs)) return;
        c.ReloadSettings();
        c.Reload();
        c.m_state.lang = c.m_settings.teacher_lang;
        c.RelabelDates();
    }
    // A school's recordings from the voice folder: each subfolder named after a
    // language of the kiosk is that language's pack (docs/VOICE.md). A few
    // seconds for a few dozen files; the details go to the log, the counts on screen.
    void operator()(const intent::teach::ImportVoice&) {
        if (screen != Screen::TeacherSettings) return;
        c.m_admin.ClearMessages();
        const std::filesystem::path folder = c.m_settings.voice_folder;
        if (folder.empty()) {
            c.m_admin.SetProblem(N_("No folder for voice recordings is set yet (ask for the setting voice_folder)."));
            return;
        }
        if (c.m_data_dir.empty()) {
            c.m_admin.SetProblem(N_("Voice recordings cannot be imported on this kiosk."));
            return;
        }
        const media::VoiceLibrary lib(FindShareDir() / "voice", c.m_data_dir / "voice");
        int imported = 0, skipped = 0;
        std::string langs, first_problem;
        for (const std::string& lang : c.m_known_langs) {
            std::error_code ec;
            if (!std::filesystem::is_directory(folder / lang, ec)) continue;
            const media::PackImportReport r = media::ImportVoicePack(lib, lang, folder / lang);
            imported += r.imported;
            skipped += static_cast<int>(r.problems.size());
            langs += (langs.empty() ? "" : ", ") + lang;
            for (const std::string& p : r.problems) {
                std::fprintf(stderr, "klasdeur: voice %s: skipped %s\n", lang.c_str(), p.c_str());
                if (first_problem.empty()) first_problem = p;
            }
        }
        if (langs.empty())
            c.m_admin.SetProblem(N_("%s has no folder named after a language (so, ti, ...)."), folder.string());
        else if (skipped == 0)
            c.m_admin.SetNotice(N_("Voice recordings imported: %d (%s)."), imported, langs);
        else
            c.m_admin.SetNotice(N_("Voice recordings imported: %d (%s). Files skipped: %d, for example %s"), imported,
                                langs, skipped, first_problem);
    }
    void operator()(const intent::teach::ImportPhotos&) {
        if (screen != Screen::TeacherPhotos) return;
        if (c.m_settings.photo_folder.empty()) {
            c.m_admin.SetProblem(N_("No photo folder is set yet (ask for the setting photo_folder)."));
        } else if (!c.m_import_photos) {
            c.m_admin.SetProblem(N_("Photos cannot be imported on this kiosk."));
        } else if (!c.ImportingPhotos()) {
            c.StartPhotoImport({c.m_settings.photo_folder});
        }
    }
    void operator()(const intent::teach::OpenStick&) {
        if (screen != Screen::TeacherPhotos || !c.m_stick.present || c.ImportingPhotos()) return;
        c.m_admin.ClearMessages();
        c.m_state.screen = Screen::TeacherStick;
    }
    void operator()(const intent::teach::PickStickPhoto& t) {
        auto& s = c.m_stick;
        if (screen != Screen::TeacherStick || t.index < 0 || t.index >= static_cast<int>(s.picked.size())) return;
        s.picked[t.index] = !s.picked[t.index];
        s.picked_count += s.picked[t.index] ? 1 : -1;
    }
    void operator()(const intent::teach::PickAllStickPhotos& t) {
        auto& s = c.m_stick;
        if (screen != Screen::TeacherStick) return;
        std::fill(s.picked.begin(), s.picked.end(), t.all ? 1 : 0);
        s.picked_count = t.all ? static_cast<int>(s.picked.size()) : 0;
    }
    void operator()(const intent::teach::ImportStickPhotos&) {
        auto& s = c.m_stick;
        if (screen != Screen::TeacherStick || s.picked_count == 0 || c.ImportingPhotos()) return;
        if (!c.m_import_photos) {
            c.m_admin.SetProblem(N_("Photos cannot be imported on this kiosk."));
            return;
        }
        std::vector<std::filesystem::path> files;
        for (size_t i = 0; i < s.picked.size(); ++i)
            if (s.picked[i]) files.push_back(s.contents.photos[i].path);
        std::fill(s.picked.begin(), s.picked.end(), 0);
        s.picked_count = 0;
        c.m_state.screen = Screen::TeacherPhotos;  // the import's progress and result show there
        c.StartPhotoImport(std::move(files));
    }
    void operator()(const intent::teach::SavePickupList&) {
        if (screen == Screen::TeacherPickup) c.SavePickupListOnStick();
    }
    void operator()(const intent::teach::ImportStickCalendar& t) {
        const auto& cals = c.m_stick.contents.calendars;
        if (screen != Screen::TeacherCalendar || t.index < 0 || t.index >= static_cast<int>(cals.size())) return;
        c.ImportCalendarFile(cals[t.index].path);
    }
    void operator()(const intent::teach::SetPhotoHidden& t) {
        if (screen != Screen::TeacherPhotos) return;
        try {
            store::PhotosRepo(c.m_db).SetHidden(t.photo_id, t.hidden);
        } catch (const std::exception& e) {
            c.m_admin.SetProblem(N_("The photo could not be changed: %s"), e.what());
        }
        c.Reload();
        c.LoadTeacherPhotos();
    }
    void operator()(const intent::teach::DeletePhoto& t) {
        if (screen == Screen::TeacherPhotos) c.DeletePhoto(t.photo_id);
    }
    void operator()(const intent::teach::ReimportCalendar&) {
        if (screen == Screen::TeacherCalendar) c.ReimportCalendar();
    }
    void operator()(const intent::teach::OpenEventTypes& t) {
        if (screen == Screen::TeacherCalendar) c.m_open_event_types = c.m_open_event_types == t.event_id ? 0 : t.event_id;
    }
    void operator()(const intent::teach::SetEventType& t) {
        if (screen != Screen::TeacherCalendar || !c.m_pictos || !c.m_pictos->event_types.Find(t.type)) return;
        c.ChangeEventMeaning(t.event_id, [&](Event& e) { e.type = t.type; });
        c.m_open_event_types = 0;
    }
    void operator()(const intent::teach::ToggleEventMark& t) {
        if (screen != Screen::TeacherCalendar) return;
        c.ChangeEventMeaning(t.event_id, [&](Event& e) {
            using intent::teach::EventMark;
            switch (t.mark) {
                case EventMark::ParentsWelcome: e.parents_welcome = !e.parents_welcome; break;
                case EventMark::SpecialClothes: e.special_clothes = !e.special_clothes; break;
                case EventMark::PickupChanged: e.pickup_changed = !e.pickup_changed; break;
                case EventMark::NoSchool: e.no_school = !e.no_school; break;
            }
        });
    }
    void operator()(const intent::teach::Quit&) {
        if (screen != Screen::TeacherSettings) return;
        c.EndTeacherMode();
        c.m_quit = true;
    }
    void operator()(const intent::teach::DismissNotice& t) {
        if (screen != Screen::TeacherInbox) return;
        store::NoticesRepo(c.m_db).MarkSeen(t.notice_id, c.m_clock.UnixSeconds());
        c.LoadNotices();
    }

private:
    void BackToClass() {
        c.Reload();
        c.m_state.screen = Screen::TeacherClass;
    }
    void PollsChanged() {
        c.Reload();
        c.LoadTeacherLists();
    }
};

void KioskController::Teach(const intent::Teach& t) { std::visit(TeachHandler{*this, m_state.screen}, t.change); }

void KioskController::EndTeacherMode() {
    m_teacher.End();
    m_notices.clear();
    m_stick = media::StickPicker{};  // the next session lists the stick afresh, nothing picked
    ResetForNextParent(m_state, m_settings.default_lang);
    ApplyIdleTimeout();
    RelabelDates();
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
    ++m_data_version;
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

void KioskController::StartPhotoImport(std::vector<std::filesystem::path> paths) {
    m_last_import = PhotoImportReport{};
    m_admin.ClearMessages();
    m_import_paths = std::move(paths);
    m_import_pending = true;  // from the next Tick, after a frame that shows it started
}

void KioskController::RunPhotoImport() {
    m_import_pending = false;
    m_importing = true;
    try {
        m_last_import = m_import_photos(m_import_paths, [this](const PhotoImportReport& so_far) {
            m_last_import = so_far;
            m_idle.Touch(m_clock.MonotonicSeconds());  // a long import is not an idle teacher
            if (m_redraw) m_redraw();
        });
    } catch (const std::exception& e) {
        m_admin.SetProblem(N_("The photos could not be imported: %s"), e.what());
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
        m_admin.SetProblem(N_("The photos could not be read: %s"), e.what());
        m_teacher_photos.clear();
    }
}

void KioskController::LoadTeacherEvents() {
    ++m_data_version;
    const CivilDate monday = m_data.today.MondayOfWeek();
    try {
        m_teacher_events = store::EventsRepo(m_db).Between(m_data.door_class.id, m_data.today.Iso(),
                                                            monday.AddDays(7 * (kWeeksAhead + 1) - 1).Iso());
    } catch (const std::exception& e) {
        m_admin.SetProblem(N_("The calendar could not be read: %s"), e.what());
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
        m_admin.SetProblem(N_("The event could not be changed: %s"), ex.what());
    }
    Reload();
    LoadTeacherEvents();
}

void KioskController::ReimportCalendar() {
    if (m_settings.calendar_file.empty()) {
        m_admin.SetProblem(N_("No calendar file is set yet (ask for the setting calendar_file)."));
        return;
    }
    ImportCalendarFile(m_settings.calendar_file);
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
        m_admin.SetProblem(N_("The photo could not be deleted: %s"), e.what());
    }
    Reload();
    LoadTeacherPhotos();
}

}  // namespace kd
