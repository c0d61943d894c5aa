// The kiosk as a program: a GLFW window with an OpenGL context, ImGui on it,
// and the event-driven frame loop around app/kiosk_ui.cpp's frame.
//
// Index of this file
//   [SECTION] StartupTrace      KLASDEUR_TRACE_STARTUP's phase times
//   [SECTION] KioskApp::Impl    what the app holds
//   [SECTION] Start-up          KioskApp::KioskApp and its steps, in the order they run
//   [SECTION] Window and ImGui  GLFW, the GL context, ImGui's backends
//   [SECTION] The voice         the clips and the sound device; playing what the controller says
//   [SECTION] The frame loop    Run(): wait for events or the next deadline, draw a few frames
#include "app/kiosk_app.h"

#include "app/kiosk_controller.h"
#include "app/kiosk_ui.h"
#include "app/pickup_sheet_hook.h"
#include "app/screenshot.h"
#include "app/texture_cache.h"
#include "app/watchdog.h"
#include "domain/clock.h"
#include "domain/pictogram_table.h"
#include "domain/settings.h"
#include "i18n/catalog.h"
#include "i18n/display_text.h"
#include "media/audio_out.h"
#include "media/emoji_rasterizer.h"
#include "media/photo_import.h"
#include "screens/atlas_builder.h"
#include "screens/screens.h"
#include "services/crash_loop.h"
#include "services/kiosk_database.h"
#include "services/maintenance.h"
#include "services/paths.h"
#include "services/settings_store.h"
#include "store/database.h"
#include "store/db_recovery.h"
#include "store/settings_repo.h"
#include "ui/automation_map.h"
#include "ui/fonts.h"
#include "ui/pictogram_atlas.h"
#include "ui/sizes.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <GLFW/glfw3.h>
#include <imgui.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <GL/gl.h>
#include <SQLiteCpp/Database.h>

#include <algorithm>
#include <cmath>
#include <chrono>
#include <future>
#include <cstdio>
#include <cstdlib>
#include <stdexcept>

namespace kd::app {

namespace {
std::string g_glfw_error;

}  // namespace

// [SECTION] StartupTrace
// KLASDEUR_TRACE_STARTUP=1 prints how long each start-up phase took.
class StartupTrace {
public:
    StartupTrace() : m_on(std::getenv("KLASDEUR_TRACE_STARTUP") != nullptr), m_last(std::chrono::steady_clock::now()) {}
    void Mark(const char* phase) {
        if (!m_on) return;
        const auto now = std::chrono::steady_clock::now();
        std::fprintf(stderr, "startup: %-22s %6.1f ms\n", phase,
                     std::chrono::duration<double, std::milli>(now - m_last).count());
        m_last = now;
    }

private:
    bool m_on;
    std::chrono::steady_clock::time_point m_last;
};

namespace {
void OnGlfwError(int code, const char* what) { g_glfw_error = what ? what : "unknown GLFW error"; }
}  // namespace

// [SECTION] KioskApp::Impl
struct KioskApp::Impl {
    AppOptions opt;
    std::filesystem::path share_dir;  // assets, locale (FindShareDir)
    SystemClock clock;
    std::unique_ptr<SQLite::Database> db;
    Settings settings;
    Pictograms pictos;
    i18n::Catalogs catalogs;
    GLFWwindow* window = nullptr;
    bool imgui_ready = false;
    ui::Fonts fonts;
    ui::PictogramAtlas atlas;
    std::unique_ptr<KioskController> controller;
    std::unique_ptr<PhotoTextureCache> photos;
    std::unique_ptr<ui::KioskUi> kiosk_ui;
    ui::AutomationMap map;
    Watchdog watchdog;
    std::unique_ptr<CrashLoopDetector> crash_loop;  // the kiosk proper only, not `screenshot`
    int frames_to_draw = 3;  // a wake draws a few frames so ImGui settles press/release
    media::VoiceLibrary voice;
    std::unique_ptr<media::AudioOut> audio;  // none for screenshots; silent when there is no device
    ImVec2 pointer{0, 0};    // where the last pointer event was

    void OpenDatabase();
    void LoadSettingsAndAssets(const std::filesystem::path& share);
    void MakeController(const std::filesystem::path& share);
    void OpenWindow(StartupTrace& trace);
    void HookTeacherPhotoImport();
    void StartOfDayUpkeep();
    void OpenVoice(const std::filesystem::path& share);
    void Speak();
    std::pair<int, int> InitGlfw();
    void CreateWindow(int w, int h);
    void InitImGui();
    std::unique_ptr<ImFontAtlas> font_atlas;  // shared with the ImGui context, which does not own it
    std::string atlas_typed;                  // the names and titles the atlas has glyphs for
    int atlas_data_version = -1;
    bool atlas_on_gpu = false;                // uploaded, and the CPU copy dropped
    // Set when the screen is below the least size: the kiosk shows only this (ui::ScreenTooSmall).
    std::string too_small;
    void DrawTooSmall();
    void RebuildAtlasForNewNames();
    bool DrawFrame(bool record_map, bool apply_intents = true);

    static void OnInput(GLFWwindow* w, KioskController::InputKind kind) {
        auto* self = static_cast<Impl*>(glfwGetWindowUserPointer(w));
        self->controller->OnInput(kind);
        self->frames_to_draw = 3;
    }
};

// [SECTION] Start-up
// Start-up, in order: the database (recovered if damaged), settings, assets
// and catalogs, the controller, the window with the atlas built beside it, then
// the start-of-day upkeep. Each step is one method of Impl below.
KioskApp::KioskApp(const AppOptions& options) : m(std::make_unique<Impl>()) {
    m->opt = options;
    StartupTrace trace;
    PrepareDataDir(options.data_dir);
    m->OpenDatabase();
    trace.Mark("database");
    const auto share = FindShareDir();
    m->share_dir = share;
    m->LoadSettingsAndAssets(share);
    trace.Mark("assets, catalogs");
    m->MakeController(share);
    trace.Mark("kiosk data, dates");
    m->OpenWindow(trace);
    m->photos = std::make_unique<PhotoTextureCache>(options.data_dir);
    m->controller->SetPhotoDir(options.data_dir);
    m->HookTeacherPhotoImport();
    if (!options.hidden) {
        m->StartOfDayUpkeep();
        trace.Mark("retention, backup");
        m->OpenVoice(share);
        trace.Mark("voice");
    }
    ui::Resources res;
    res.pictos = &m->atlas;
    res.fonts = m->fonts;
    m->kiosk_ui = std::make_unique<ui::KioskUi>(*m->controller, m->pictos, m->catalogs, res, m->photos.get());
}

void KioskApp::Impl::OpenDatabase() {
    if (opt.hidden) {
        db = OpenKioskDatabase(DatabaseFile(opt.data_dir));  // a screenshot only looks
        return;
    }
    // quick_check; a damaged file is moved aside and the newest good backup restored.
    store::OpenedDatabase opened = OpenOrRecoverKioskDatabase(opt.data_dir);
    db = std::move(opened.db);
    if (const store::RecoveryReport& r = opened.recovery; r.recovered) {
        const std::string from =
            r.backup_seq ? "restored backup " + std::to_string(r.backup_seq) : "no good backup, a new database";
        std::fprintf(stderr,
                     "klasdeur: the database was damaged (%s). It is kept as %s; %s; %d rows (%d parents' "
                     "messages) rescued from it. The teacher sees a notice.\n",
                     r.problem.c_str(), r.damaged_file.c_str(), from.c_str(), r.rows_rescued, r.concerns_rescued);
        RecordRecoveryNotice(*db, r, clock.UnixSeconds());
    }
    crash_loop = std::make_unique<CrashLoopDetector>(opt.data_dir);
    if (const int n = crash_loop->UncleanInARow(); n > 0) {
        std::fprintf(stderr, "klasdeur: the last run ended without closing (a crash, a hang or a power cut); "
                             "%d such short run(s) in a row\n", n);
        if (crash_loop->WorthANotice()) RecordRestartNotice(*db, n, clock.UnixSeconds());
    }
}

void KioskApp::Impl::LoadSettingsAndAssets(const std::filesystem::path& share) {
    if (!opt.initial_mode.empty()) store::SettingsRepo(*db).SetDefault("mode", opt.initial_mode);
    std::vector<std::string> problems;
    settings = LoadSettings(*db, &problems);
    for (const std::string& p : problems) std::fprintf(stderr, "klasdeur: %s\n", p.c_str());
    pictos = Pictograms::Load(share / "assets");
    for (const std::string& p : catalogs.LoadDir(share / "locale")) std::fprintf(stderr, "klasdeur: %s\n", p.c_str());
}

void KioskApp::Impl::MakeController(const std::filesystem::path& share) {
    controller = std::make_unique<KioskController>(*db, clock, settings);
    controller->SetPictograms(&pictos);
    try {
        controller->SetEventRules(EventRules::Load(share / "assets"));
    } catch (const std::exception& e) {
        std::fprintf(stderr, "klasdeur: %s\n", e.what());  // the calendar's re-import will guess "other"
    }
    controller->SetKnownLanguages(catalogs.Languages());
    // Logged after the commit and before the check mark is drawn: the crash tests
    // hold every logged concern against the database.
    controller->SetConfirmedListener([](const Concern& c) {
        std::printf("concern-confirmed %s\n", c.submission_id.c_str());
        std::fflush(stdout);
    });
    controller->SetTakenBackListener([](const Concern& c) {
        std::printf("concern-taken-back %s\n", c.submission_id.c_str());
        std::fflush(stdout);
    });
}

void KioskApp::Impl::OpenWindow(StartupTrace& trace) {
    const auto [w, h] = InitGlfw();
    trace.Mark("glfwInit");
    if (ui::ScreenTooSmall(w, h)) {
        // Refused, not shrunk: on such a screen text would be 7 px and buttons a fingertip.
        const std::string size = std::to_string(w) + " × " + std::to_string(h);
        const Message said(N_("This screen is too small for the kiosk: %s. It needs at least 1024 × 600."), size);
        too_small = i18n::Format(catalogs.For(settings.default_lang), said);
        std::fprintf(stderr, "klasdeur: %s The kiosk shows only this message.\n", said.English().c_str());
    }
    // The atlas (fonts, pictograms) is CPU work: build it on a second core while
    // the window and GL context come up, which take as long again.
    font_atlas = std::make_unique<ImFontAtlas>();
    const auto emoji = ui::KioskPictograms(pictos, controller->Data());
    atlas_typed = controller->TypedText();
    atlas_data_version = controller->DataVersion();
    auto atlas_job = std::async(std::launch::async, [&, em = ui::EmForScreen(w, h)] {
        return ui::BuildKioskAtlas(*font_atlas, em, emoji, atlas_typed, atlas);
    });
    try {
        CreateWindow(w, h);
    } catch (...) {
        atlas_job.wait();
        throw;
    }
    trace.Mark("window, GL context");
    fonts = atlas_job.get();
    if (opt.no_words) ui::HideWords(*font_atlas);
    trace.Mark("waited for the atlas");
    InitImGui();
}

void KioskApp::Impl::HookTeacherPhotoImport() {
    // Where USB sticks are mounted: the usual roots, or KLASDEUR_STICK_ROOTS (colon-separated: a
    // school's own mount rule, and the end-to-end tests, which mount a stick image under a folder of theirs).
    if (const char* roots = std::getenv("KLASDEUR_STICK_ROOTS"); roots && *roots) {
        std::vector<std::filesystem::path> list;
        std::string all = roots;
        for (size_t start = 0, end; start <= all.size(); start = end + 1) {
            end = all.find(':', start);
            if (end == std::string::npos) end = all.size();
            if (end > start) list.emplace_back(all.substr(start, end - start));
        }
        controller->SetStickSource(std::move(list), "/proc/self/mountinfo");
    }
    // Teacher mode's Import: the same importer as `klasdeur import-photos`, run
    // on the frame thread (a teacher waits a few seconds for a card of photos).
    controller->SetPhotoImportHook([this](const std::vector<std::filesystem::path>& paths,
                                          const std::function<void(const PhotoImportReport&)>& progress) {
        PhotoImportReport report;
        media::ImportOptions o;
        o.class_id = controller->Data().door_class.id;
        o.now_unix = clock.UnixSeconds();
        o.today = controller->Data().today.Iso();
        o.keep_originals = controller->GetSettings().keep_originals;
        media::PhotoImporter importer(*db, opt.data_dir, o);
        importer.Import(paths, [&](const media::ImportResult& r) {
            if (r.status == media::ImportStatus::Imported) ++report.imported;
            else if (r.status == media::ImportStatus::Duplicate) ++report.duplicates;
            else ++report.skipped, report.problems.push_back(r.file.filename().string() + ": " + r.detail);
            report.lines.push_back(r.file.filename().string() + ": " + r.detail);
            progress(report);
        });
        return report;
    });
    controller->SetPickupSheetHook(MakePickupSheetHook(*controller, pictos, share_dir));
    // Progress frames during a long import: drawn and shown, input left alone.
    controller->SetRedrawHook([this] {
        watchdog.Ping();  // a long import is work, not a hang
        glfwPollEvents();
        DrawFrame(false, /*apply_intents=*/false);
        glfwSwapBuffers(window);
    });
}

void KioskApp::Impl::StartOfDayUpkeep() {
    // Retention at start (and at each midnight, in Tick): a kiosk switched off at night still forgets.
    const int concerns = controller->PurgeOldConcerns();
    if (controller->PurgeOldPhotos() > 0 || concerns > 0) controller->Reload();
    if (const int n = media::RemoveOrphanPhotoFiles(*db, opt.data_dir, clock.UnixSeconds()))
        std::fprintf(stderr, "klasdeur: %d photo files no row knew about were removed (an import cut off)\n", n);
    // A backup when the last is a day old (a kiosk switched off at night never sees midnight).
    controller->SetDataDir(opt.data_dir);
    const MaintenanceReport r = RunMaintenance(*db, opt.data_dir, clock.UnixSeconds(),
                                               settings.concern_retention_days, false, /*full_check=*/false);
    if (!r.backup_error.empty()) std::fprintf(stderr, "klasdeur: no backup made: %s\n", r.backup_error.c_str());
}

KioskApp::~KioskApp() {
    m->kiosk_ui.reset();
    m->photos.reset();  // deletes textures: the context must still be there
    if (m->imgui_ready) {
        ImGui_ImplOpenGL3_Shutdown();
        ImGui_ImplGlfw_Shutdown();
        ImGui::DestroyContext();
    }
    m->font_atlas.reset();
    if (m->window) glfwDestroyWindow(m->window);
    glfwTerminate();
}

// [SECTION] Window and ImGui
std::pair<int, int> KioskApp::Impl::InitGlfw() {
    glfwSetErrorCallback(OnGlfwError);
    if (!glfwInit())
        throw std::runtime_error("cannot open a window: no display (" + g_glfw_error +
                                 "). Run it on the kiosk's screen, or under Xvfb with DISPLAY set");
    GLFWmonitor* monitor = glfwGetPrimaryMonitor();
    const GLFWvidmode* mode = monitor ? glfwGetVideoMode(monitor) : nullptr;
    int w = opt.width, h = opt.height;
    if (w <= 0 || h <= 0) {
        w = (!opt.windowed && mode) ? mode->width : 1920;
        h = (!opt.windowed && mode) ? mode->height : 1080;
    }
    // Touch targets are 15 mm: the monitor's own size when it reports a likely
    // one (EDID), else the usual diagonal of a panel with that resolution.
    int wmm = 0, hmm = 0;
    if (monitor && !opt.windowed && !opt.hidden) glfwGetMonitorPhysicalSize(monitor, &wmm, &hmm);
    const float diagonal_mm = std::hypot(float(wmm), float(hmm));
    const bool likely = diagonal_mm > 150.0f && diagonal_mm < 2600.0f && wmm > 0 && hmm > 0 &&
                        std::abs(float(wmm) / float(hmm) - float(w) / float(h)) < 0.25f * float(w) / float(h);
    ui::SetPixelsPerMm(likely ? std::hypot(float(w), float(h)) / diagonal_mm
                              : ui::PixelsPerMmFor(w, h, ui::UsualDiagonalInches(w, h)));
    return {w, h};
}

// A name or title in a script the atlas has no glyphs for yet (a teacher just
// typed it, a calendar brought it): build the atlas again, as at start.
void KioskApp::Impl::RebuildAtlasForNewNames() {
    if (controller->DataVersion() == atlas_data_version) return;
    atlas_data_version = controller->DataVersion();
    std::string typed = controller->TypedText();
    if (!ui::AtlasLacks(atlas_typed, typed)) return;
    const auto started = std::chrono::steady_clock::now();
    if (atlas_on_gpu) ImGui_ImplOpenGL3_DestroyFontsTexture();
    font_atlas->Clear();
    atlas = ui::PictogramAtlas();
    fonts = ui::BuildKioskAtlas(*font_atlas, ui::EmPixels(), ui::KioskPictograms(pictos, controller->Data()), typed, atlas);
    if (opt.no_words) ui::HideWords(*font_atlas);
    if (atlas_on_gpu) {  // else the first frame uploads it
        ImGui_ImplOpenGL3_CreateFontsTexture();
        font_atlas->ClearTexData();
    }
    kiosk_ui->SetFonts(fonts);
    atlas_typed = std::move(typed);
    std::fprintf(stderr, "klasdeur: new letters in a name or title: atlas built again in %.0f ms\n",
                 std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count());
}

void KioskApp::Impl::CreateWindow(int w, int h) {
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    glfwWindowHint(GLFW_VISIBLE, opt.hidden ? GLFW_FALSE : GLFW_TRUE);
    GLFWmonitor* monitor = glfwGetPrimaryMonitor();
    const bool fullscreen = !opt.windowed && !opt.hidden && monitor;
    if (fullscreen) glfwWindowHint(GLFW_DECORATED, GLFW_FALSE);
    window = glfwCreateWindow(w, h, "Klasdeur", fullscreen ? monitor : nullptr, nullptr);
    if (!window) throw std::runtime_error("cannot create an OpenGL 3 window: " + g_glfw_error);
    glfwSetWindowUserPointer(window, this);
    glfwMakeContextCurrent(window);
    glfwSwapInterval(1);

    // A parent cannot leave: the close button and Alt+F4 do nothing, but in a
    // development window.
    glfwSetWindowCloseCallback(window, [](GLFWwindow* win) {
        auto* self = static_cast<Impl*>(glfwGetWindowUserPointer(win));
        if (!self->opt.windowed) glfwSetWindowShouldClose(win, GLFW_FALSE);
    });
    // Our input callbacks first: ImGui's backend chains to them.
    using Kind = KioskController::InputKind;
    glfwSetMouseButtonCallback(window, [](GLFWwindow* win, int button, int action, int) {
        OnInput(win, action == GLFW_PRESS ? Kind::Press : Kind::Move);
        auto* self = static_cast<Impl*>(glfwGetWindowUserPointer(win));
        if (button != GLFW_MOUSE_BUTTON_LEFT || !self->kiosk_ui) return;
        // The position the events carried, not glfwGetCursorPos: on X11 that asks
        // where the pointer is now, which after a slow frame is already the swipe's end.
        if (action == GLFW_PRESS) self->kiosk_ui->OnPointerPress(self->pointer);
        else self->kiosk_ui->OnPointerRelease(self->pointer);
    });
    glfwSetCursorPosCallback(window, [](GLFWwindow* win, double x, double y) {
        static_cast<Impl*>(glfwGetWindowUserPointer(win))->pointer = ImVec2(static_cast<float>(x), static_cast<float>(y));
        OnInput(win, Kind::Move);
    });
    glfwSetScrollCallback(window, [](GLFWwindow* win, double, double) { OnInput(win, Kind::Move); });
    glfwSetKeyCallback(window, [](GLFWwindow* win, int, int, int, int) { OnInput(win, Kind::Press); });
    glfwSetWindowRefreshCallback(window, [](GLFWwindow* win) {
        static_cast<Impl*>(glfwGetWindowUserPointer(win))->frames_to_draw = 2;
    });
}

void KioskApp::Impl::InitImGui() {
    IMGUI_CHECKVERSION();
    ImGui::CreateContext(font_atlas.get());
    imgui_ready = true;
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // nothing written next to the kiosk
    io.LogFilename = nullptr;
    ui::ApplyTheme(ImGui::GetStyle());
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init("#version 130");
}

bool KioskApp::Impl::DrawFrame(bool record_map, bool apply_intents) {
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    bool changed = false;
    if (too_small.empty()) changed = kiosk_ui->Frame(record_map ? &map : nullptr, apply_intents);
    else DrawTooSmall();
    ImGui::Render();
    int w = 0, h = 0;
    glfwGetFramebufferSize(window, &w, &h);
    glViewport(0, 0, w, h);
    const ImVec4 bg = ImGui::ColorConvertU32ToFloat4(ui::colors::kBackground);
    glClearColor(bg.x, bg.y, bg.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    return changed;
}

// The refusal, alone on the screen, in the school's language.
void KioskApp::Impl::DrawTooSmall() {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(display);
    ImGui::Begin("##too-small", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoInputs);
    ui::Resources res;
    res.pictos = &atlas;
    res.fonts = fonts;
    ui::SetResources(&res);
    ui::DrawPicto(ImGui::GetWindowDrawList(), "⚠️", ImVec2(display.x * 0.5f, display.y * 0.3f), display.y * 0.2f);
    ui::DrawTextCentered(ImGui::GetWindowDrawList(), fonts.large, display.x * 0.5f, display.y * 0.45f, display.x * 0.9f,
                         too_small.c_str(), ui::colors::kText);
    ImGui::End();
    ui::SetResources(nullptr);
    if (!opt.ui_map_file.empty()) map.Clear();
}

// [SECTION] The voice
// The school's recordings over the synthetic voice; the sound device opened once.
// KLASDEUR_AUDIO_DRIVER picks SDL's driver (tests: "disk", "dummy").
void KioskApp::Impl::OpenVoice(const std::filesystem::path& share) {
    voice = media::VoiceLibrary(share / "voice", opt.data_dir / "voice");
    const char* driver = std::getenv("KLASDEUR_AUDIO_DRIVER");
    audio = std::make_unique<media::AudioOut>(driver ? driver : "");
    if (!audio->Available()) std::fprintf(stderr, "klasdeur: %s; the kiosk runs silent\n", audio->Problem().c_str());
    if (voice.Empty()) std::fprintf(stderr, "klasdeur: no voice clips in %s\n", (share / "voice").c_str());
}

// Plays what the controller has to say (it decides what and when; see controller_voice.cpp).
void KioskApp::Impl::Speak() {
    for (const Speech& s : controller->TakeSpeech()) {
        if (!audio || !audio->Available()) continue;
        if (s.beep) {
            audio->Tone(880.0f, 0.12f, s.volume * 0.6f);
            continue;
        }
        std::vector<std::filesystem::path> clips;
        for (const std::string& msgid : s.msgids)
            if (auto clip = voice.Find(s.lang, msgid); !clip.empty()) clips.push_back(std::move(clip));
        if (!clips.empty()) audio->Play(clips, s.volume);
    }
}

// [SECTION] The frame loop
int KioskApp::Run() {
    const bool report_first_frame = std::getenv("KLASDEUR_REPORT_FIRST_FRAME") != nullptr;
    // KLASDEUR_FRAME_TIMES=FILE: each frame's time (draw + swap, ms) on a line, for tests/bench.
    std::FILE* frame_times = nullptr;
    if (const char* f = std::getenv("KLASDEUR_FRAME_TIMES")) frame_times = std::fopen(f, "w");
    bool first = true;
    StartupTrace first_frame_trace;  // made once: no getenv in the frame loop
    GLFWwindow* win = m->window;
    const double started = m->clock.MonotonicSeconds();
    while (!glfwWindowShouldClose(win) && !m->controller->QuitRequested()) {
        m->watchdog.Ping();
        bool watchdog_wake = false;
        if (m->frames_to_draw > 0) {
            glfwPollEvents();
        } else {
            // Sleep until input or the next timer: an untouched kiosk uses no CPU.
            double wait = m->controller->NextDeadline() - m->clock.MonotonicSeconds();
            // A hold in progress (the teacher's corner) fills its ring without input: ~15 frames a second.
            if (m->kiosk_ui->Animating()) wait = std::min(wait, 1.0 / 15.0);
            // Wake in time to tell systemd we are alive.
            if (m->watchdog.Enabled() && wait > m->watchdog.MaxSleepSeconds()) {
                wait = m->watchdog.MaxSleepSeconds();
                watchdog_wake = true;
            }
            if (wait > 0) glfwWaitEventsTimeout(std::min(wait, 3600.0));
            else glfwPollEvents();
            // Input sets frames_to_draw itself; a wake for the watchdog alone draws nothing.
            if (!watchdog_wake) m->frames_to_draw = std::max(m->frames_to_draw, 1);
        }
        if (m->crash_loop && m->clock.MonotonicSeconds() - started > CrashLoopDetector::kStableSeconds)
            m->crash_loop->MarkStable();
        if (m->controller->Tick()) m->frames_to_draw = std::max(m->frames_to_draw, 2);
        m->Speak();
        if (m->photos->UploadReady()) m->frames_to_draw = std::max(m->frames_to_draw, 2);
        if (m->frames_to_draw == 0) continue;

        --m->frames_to_draw;
        const bool settled = m->frames_to_draw == 0;
        const bool record = !m->opt.ui_map_file.empty() && settled;
        const auto frame_start = std::chrono::steady_clock::now();
        m->RebuildAtlasForNewNames();
        if (m->DrawFrame(record)) m->frames_to_draw = 3;
        m->Speak();  // what the frame's taps asked to say: decoded off this thread
        if (first) first_frame_trace.Mark("first frame drawn");  // shaders, atlas upload, draw
        glfwSwapBuffers(win);
        if (first) {
            glFinish();
            first_frame_trace.Mark("first frame on screen");
        }
        if (frame_times) {
            std::fprintf(frame_times, "%.3f\n",
                         std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - frame_start).count());
            std::fflush(frame_times);
        }
        if (first) m->watchdog.Ready();
        if (first && report_first_frame) {
            const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(
                                std::chrono::system_clock::now().time_since_epoch()).count();
            std::printf("first-frame-unix-ns %lld\n", static_cast<long long>(ns));
            std::fflush(stdout);
        }
        if (first) {
            // The atlas is on the GPU now: drop the CPU copies (tens of MiB).
            ImGui::GetIO().Fonts->ClearTexData();
            m->atlas_on_gpu = true;
        }
        first = false;
        if (record && m->frames_to_draw == 0)
            ui::WriteFileAtomically(m->opt.ui_map_file,
                                    m->map.ToJson(m->too_small.empty() ? ScreenName(m->controller->State().screen)
                                                                       : "too-small"));
    }
    if (frame_times) std::fclose(frame_times);
    m->watchdog.Stopping();
    if (m->crash_loop) m->crash_loop->MarkClosed();
    return m->controller->ExitCode();
}

void KioskApp::Screenshot(Screen screen, const std::string& lang, const std::filesystem::path& out_png,
                          const std::string* teacher_code) {
    if (teacher_code) {
        if (!m->controller->PreviewTeacher(screen, *teacher_code, lang))
            throw std::invalid_argument("that teacher code does not open teacher mode");
    } else {
        m->controller->Preview(screen, lang.empty() ? m->settings.default_lang : lang);
    }
    // Draw until photos are decoded and the frame is stable (bounded: 5 s).
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(5);
    for (int settle = 0; settle < 3;) {
        glfwPollEvents();
        const bool uploaded = m->photos->UploadReady();
        m->RebuildAtlasForNewNames();
        m->DrawFrame(false);
        const bool busy = m->photos->Busy();
        settle = (busy || uploaded) ? 0 : settle + 1;
        if (busy && std::chrono::steady_clock::now() > until) break;
        if (busy) glfwWaitEventsTimeout(0.05);
    }
    int w = 0, h = 0;
    glfwGetFramebufferSize(m->window, &w, &h);
    WriteFramebufferPng(w, h, out_png);
}

}  // namespace kd::app
