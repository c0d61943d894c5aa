#pragma once
// The kiosk's "worker": the state machine, the idle timer and the data the
// screens show, over the services and the store. The GL app and the headless UI
// tests both drive exactly this; screens never see it: app/kiosk_ui.cpp builds
// their read-only view from it and hands it their intents.
//
// Index: one class, its methods split by concern over six files.
//   kiosk_controller.cpp        making it, routing intents, what the screens show (Reload)
//   controller_parent.cpp       input, Send, the poll band, Tick and NextDeadline (the timers)
//   controller_teacher.cpp      teacher mode: the code, statuses, one handler per teacher change
//   controller_stick.cpp        teacher mode: a USB stick's photos and calendars
//   controller_housekeeping.cpp the new day, night hours, retention, nightly check and backup
//   controller_preview.cpp      screens as `klasdeur screenshot` shows them
//   controller_voice.cpp        what the parent screens say, and when (the app plays it)
#include "domain/app_state.h"
#include "services/calendar_import.h"
#include "domain/clock.h"
#include "domain/idle_timer.h"
#include "services/polls.h"
#include "domain/screen_data.h"
#include "domain/settings.h"
#include "services/teacher_edits.h"
#include "services/teacher_session.h"
#include "media/usb_stick.h"

#include <filesystem>
#include <functional>
#include <limits>
#include <string>
#include <vector>

namespace SQLite { class Database; }

namespace kd {

// Something to say: messages spoken one after another in a language, or a beep.
struct Speech {
    std::string lang;
    std::vector<std::string> msgids;
    bool beep = false;
    float volume = 0.5f;  // 0..1, from the voice_volume setting
};

class KioskController {
public:
    KioskController(SQLite::Database& db, const Clock& clock, Settings settings);

    const AppState& State() const { return m_state; }
    const ScreenData& Data() const { return m_data; }
    const Settings& GetSettings() const { return m_settings; }

    // A touch, a drag, a key: the parent is still there. A press (a finger
    // touching down, a key) also ends the slideshow; a pointer merely moving does not.
    enum class InputKind { Move, Press };
    void OnInput(InputKind kind = InputKind::Press);
    // True from a touch that woke the slideshow until the finger is lifted: that
    // touch must not also press whatever lies under it on home.
    bool SwallowingTouch() const { return m_swallow_touch; }
    void TouchReleased() { m_swallow_touch = false; }
    // Applies what a frame's screens asked for, in order.
    void Dispatch(const std::vector<Intent>& intents);
    void Dispatch(const Intent& in);
    // Timers: the idle reset and the change of day. Returns true if anything changed.
    bool Tick();
    // Monotonic time when Tick() next has work (the loop sleeps until then).
    double NextDeadline() const;
    double IdleSecondsLeft() const { return m_idle.SecondsLeft(m_clock.MonotonicSeconds()); }
    // Re-reads everything the screens show.
    void Reload();

    // For `screenshot`: shows `screen` as a parent would see it midway through
    // the flow (the first child, a topic, a feeling, a wish picked), without
    // committing anything.
    void Preview(Screen screen, const std::string& lang);

    // What to say since the last call (the app plays it; headless tests read it).
    std::vector<Speech> TakeSpeech();

    // Called right after a concern is committed, before the check mark is drawn
    // (the app logs it: proof for the crash tests that a confirmed concern is on disk).
    void SetConfirmedListener(std::function<void(const Concern&)> f) { m_on_confirmed = std::move(f); }
    // Called right after a concern was taken back (deleted) from the check mark.
    void SetTakenBackListener(std::function<void(const Concern&)> f) { m_on_taken_back = std::move(f); }
    // Why the last Send failed (for the log; the parent sees a picture).
    const std::string& LastSendError() const { return m_last_send_error; }

    // How long the check mark stays before the kiosk goes home by itself: as
    // long as it offers to take the concern back.
    static constexpr double kDoneSeconds = 10.0;
    // Take back answers only after this long on the check mark: a double or
    // triple tap on the wish that sent must not land on it.
    static constexpr double kTakeBackArmSeconds = 1.0;
    // How long "taken back" stays before home.
    static constexpr double kTakenBackSeconds = 5.0;
    // 0..1 of the take-back time left (1 when the check mark appears, 0 at home).
    float TakeBackLeft() const;
    // The slideshow: each photo this long, the last part of it a cross-fade.
    // A cross-fade frame costs ~35 ms of CPU on a software renderer: 12 of them a
    // second for one second, every ten seconds, keeps the slideshow near 4 % of a core.
    static constexpr double kSlideSeconds = 10.0;
    static constexpr double kFadeSeconds = 1.0;
    static constexpr double kFadeFramesPerSecond = 12.0;
    // 0..1: how far the slideshow's cross-fade into the current photo has come.
    float SlideFade() const;

    // Where photos live, for the retention purge (none: no purge).
    void SetPhotoDir(std::filesystem::path dir) { m_photo_dir = std::move(dir); }
    // Deletes photos older than the retention days, files first. Returns how many.
    int PurgeOldPhotos();

    // The time shown on the night screen ("21:34"), updated each minute.
    const std::string& NightClock() const { return m_night_clock; }
    // Whether `minute_of_day` (0..1439) falls in the night hours of `s` (which may span midnight).
    static bool InNightHours(const Settings& s, int minute_of_day);

    // Home, default language, no draft: nothing for the idle timer to undo.
    bool AtRest() const;

    // Teacher mode: the code screen, the unlocked inbox, the team counts.
    const TeacherSession& Teacher() const { return m_teacher; }
    const TeacherEdits& Admin() const { return m_admin; }
    // The tables teacher mode checks against (the children's symbols), loaded by the app.
    void SetPictograms(const Pictograms* p);
    // The class whose list teacher mode shows (the door's, or one picked on an entrance kiosk).
    Id AdminClass() const { return m_admin_class ? m_admin_class : m_data.door_class.id; }
    // The polls of the door class, with results (teacher mode; read when shown).
    const std::vector<PollSummary>& Polls() const { return m_polls; }
    // Events of the last two weeks a poll can be about, newest first.
    const std::vector<Event>& RecentEvents() const { return m_recent_events; }
    // The catalogs there are (for the language settings).
    void SetKnownLanguages(std::vector<std::string> langs) { m_known_langs = std::move(langs); }
    const std::vector<std::string>& KnownLanguages() const { return m_known_langs; }
    // Bumped when settings change, so the UI can rebuild what it derives from them.
    int SettingsVersion() const { return m_settings_version; }
    // Bumped when names or titles may have changed (a reload, teacher mode's lists).
    int DataVersion() const { return m_data_version; }
    // Everything typed by the school that some screen may draw: the atlas needs its characters.
    std::string TypedText() const;
    // Importing photos needs the media layer: the app hands in how (teacher mode's Import button).
    using PhotoImportReport = kd::PhotoImportReport;
    // Imports the files and folders, calling `progress` with the report so far after each file.
    using PhotoImportHook = std::function<PhotoImportReport(const std::vector<std::filesystem::path>& paths,
                                                            const std::function<void(const PhotoImportReport&)>& progress)>;
    void SetPhotoImportHook(PhotoImportHook hook) { m_import_photos = std::move(hook); }
    // The import in progress (or the last one); it runs from the next Tick, so
    // the screen first shows that it started, then its progress file by file.
    const PhotoImportReport& LastPhotoImport() const { return m_last_import; }
    bool ImportingPhotos() const { return m_import_pending || m_importing; }
    // Draws a frame without taking input (the app's), for progress during long work.
    void SetRedrawHook(std::function<void()> redraw) { m_redraw = std::move(redraw); }
    // USB sticks (teacher mode, controller_stick.cpp): where they are mounted and how the kernel lists
    // mounts (media/usb_stick.h; tests and a school's own mount rule may point elsewhere).
    void SetStickSource(std::vector<std::filesystem::path> roots, std::filesystem::path mountinfo);
    // Writes today's pick-up list to a file (the app draws it with cairo in the teacher's
    // language); returns "" or why not. Teacher mode's "Save on the USB stick".
    using PickupSheetHook = std::function<std::string(const std::filesystem::path& file)>;
    void SetPickupSheetHook(PickupSheetHook hook) { m_save_pickup = std::move(hook); }
    // The stick in the kiosk, if any, with what is on it and what the teacher picked.
    const media::StickPicker& Stick() const { return m_stick; }
    // How often the photo and calendar screens look for a stick put in or taken out.
    static constexpr double kStickCheckSeconds = 1.0;
    // Photos of the retention window, hidden ones too (teacher mode), newest first.
    const std::vector<Photo>& TeacherPhotos() const { return m_teacher_photos; }

    // How titles become event types (assets/), for re-importing the calendar.
    void SetEventRules(EventRules rules) { m_event_rules = std::move(rules); }
    // This week's and the next four weeks' events (teacher mode's calendar).
    const std::vector<Event>& TeacherEvents() const { return m_teacher_events; }
    // The event whose type choice is open on the calendar screen (0: none).
    Id OpenEventTypes() const { return m_open_event_types; }

    // The teacher chose to quit (maintenance), or the nightly check found the
    // database damaged: the app closes its window and exits with ExitCode().
    bool QuitRequested() const { return m_quit; }
    // 0 for the teacher's Quit; kExitRestart when the next start must restore
    // the database (systemd's Restart= starts it again).
    int ExitCode() const { return m_exit_code; }
    static constexpr int kExitRestart = 75;  // EX_TEMPFAIL
    // Where the database and its backups live: the nightly maintenance (an
    // integrity check, a backup, retention in the backups) runs at each new
    // day when set.
    void SetDataDir(std::filesystem::path dir) { m_data_dir = std::move(dir); }
    // What the teacher must hear about (a restored database...), oldest first; read at unlock.
    const std::vector<Notice>& Notices() const { return m_notices; }
    // For `screenshot`: opens teacher mode with `code` and shows `screen` (the
    // code screen shows a few characters typed). False when the code does not open it.
    // `lang` (if not empty) stands in for the teacher's language.
    bool PreviewTeacher(Screen screen, const std::string& code, const std::string& lang = {});
    // Deletes concerns past their retention, unless the clock is implausible
    // (then it says so on stderr and deletes nothing). Returns how many.
    int PurgeOldConcerns();

private:
    static constexpr double kDayCheckInterval = 60.0;  // wake once a minute to notice midnight
    struct TeachHandler;  // controller_teacher.cpp
    void Teach(const intent::Teach& t);
    bool CheckDay(double now);
    void ApplyIdleTimeout();
    void RelabelDates();
    void LoadWeek(ScreenData& d);
    void Send();
    void TakeBack();
    bool AfterLastLook() const;
    void Say(std::vector<std::string> msgids, const std::string& lang);
    bool VoiceOn() const;
    void OnScreenOpened(Screen s);
    void CountdownBeep(double now);
    void AnswerPoll(int face);
    bool DispatchTeacher(const Intent& in);
    void LoadTeacherLists();
    void ReloadSettings();
    void LoadTeacherPhotos();
    void LoadTeacherEvents();
    void ChangeEventMeaning(Id id, const std::function<void(Event&)>& change);
    void ReimportCalendar();
    void ImportCalendarFile(const std::filesystem::path& file);
    void SavePickupListOnStick();
    bool CheckStick(double now);
    bool StickScreen() const;
    void DeletePhoto(Id id);
    void EndTeacherMode();
    void LoadChildStatus(ScreenData& d);
    std::vector<Id> TeacherClasses(const ScreenData& d) const;
    std::vector<Id> TeacherClasses() const { return TeacherClasses(m_data); }
    bool ClockPlausible(const char* what);

    SQLite::Database& m_db;
    const Clock& m_clock;
    Settings m_settings;
    AppState m_state;
    IdleTimer m_idle;
    ScreenData m_data;
    double m_next_day_check = 0;
    double m_done_until = 0;
    std::vector<Speech> m_speech;
    int m_last_beep_second = -1;   // the countdown's last second that beeped
    double m_sent_at = 0;           // when the check mark appeared (monotonic)
    Concern m_last_sent;            // what the check mark may take back (id 0: nothing)
    double m_slide_started = 0;
    bool m_swallow_touch = false;
    std::filesystem::path m_photo_dir;
    std::function<void(const Concern&)> m_on_confirmed;
    std::function<void(const Concern&)> m_on_taken_back;
    std::string m_last_send_error;
    TeacherSession m_teacher;
    TeacherEdits m_admin;
    const Pictograms* m_pictos = nullptr;
    std::vector<PollSummary> m_polls;
    std::vector<Event> m_recent_events;
    std::vector<std::string> m_known_langs;
    int m_settings_version = 0;
    int m_data_version = 0;
    PhotoImportHook m_import_photos;
    PhotoImportReport m_last_import;
    bool m_import_pending = false, m_importing = false;
    std::vector<std::filesystem::path> m_import_paths;  // what the pending import takes
    std::vector<std::filesystem::path> m_stick_roots = media::DefaultStickRoots();
    std::filesystem::path m_mountinfo = "/proc/self/mountinfo";
    media::StickPicker m_stick;
    PickupSheetHook m_save_pickup;
    double m_next_stick_check = 0;
    std::function<void()> m_redraw;
    void StartPhotoImport(std::vector<std::filesystem::path> paths);
    void RunPhotoImport();
    std::vector<Photo> m_teacher_photos;
    EventRules m_event_rules;
    std::vector<Event> m_teacher_events;
    Id m_open_event_types = 0;
    bool m_quit = false;
    int m_exit_code = 0;
    bool m_restart_pending = false;  // damage found: quit once no parent is mid-flow
    std::filesystem::path m_data_dir;
    std::vector<Notice> m_notices;
    void RunNightlyMaintenance();
    void LoadNotices();
    Id m_admin_class = 0;
    bool m_night = false;           // the clock is in the night hours (checked each minute)
    std::string m_night_clock;
    void CheckNight();
    PollGate m_poll_gate;
    double m_poll_thanks_until = 0;
};

}  // namespace kd
