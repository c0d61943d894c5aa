#include "app/kiosk_app.h"

#include "app/screenshot.h"
#include "app/texture_cache.h"
#include "core/clock.h"
#include "core/kiosk_controller.h"
#include "core/paths.h"
#include "core/pictogram_table.h"
#include "core/settings.h"
#include "i18n/catalog.h"
#include "media/emoji_rasterizer.h"
#include "screens/screens.h"
#include "store/database.h"
#include "store/settings_repo.h"
#include "ui/fonts.h"
#include "ui/frame.h"
#include "ui/pictogram_atlas.h"
#include "ui/sizes.h"
#include "ui/theme.h"
#include "ui/ui_map.h"

#include <GLFW/glfw3.h>
#include <imgui.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <GL/gl.h>
#include <SQLiteCpp/Database.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <stdexcept>

namespace kd::app {

namespace {
std::string g_glfw_error;
void OnGlfwError(int code, const char* what) { g_glfw_error = what ? what : "unknown GLFW error"; }
}  // namespace

struct KioskApp::Impl {
    AppOptions opt;
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
    ui::UiMap map;
    int frames_to_draw = 3;  // a wake draws a few frames so ImGui settles press/release

    void OpenWindow();
    void InitImGui();
    bool DrawFrame(bool record_map);

    static void OnInput(GLFWwindow* w) {
        auto* self = static_cast<Impl*>(glfwGetWindowUserPointer(w));
        self->controller->OnInput();
        self->frames_to_draw = 3;
    }
};

KioskApp::KioskApp(const AppOptions& options) : m(std::make_unique<Impl>()) {
    m->opt = options;
    PrepareDataDir(options.data_dir);
    m->db = store::OpenDatabase(DatabaseFile(options.data_dir));
    std::vector<std::string> problems;
    m->settings = Settings::FromMap(store::SettingsRepo(*m->db).All(), &problems);
    for (const std::string& p : problems) std::fprintf(stderr, "klasdeur: %s\n", p.c_str());

    const auto share = FindShareDir();
    m->pictos = Pictograms::Load(share / "assets");
    for (const std::string& p : m->catalogs.LoadDir(share / "locale")) std::fprintf(stderr, "klasdeur: %s\n", p.c_str());

    m->controller = std::make_unique<KioskController>(*m->db, m->clock, m->settings);
    m->OpenWindow();
    m->InitImGui();
    m->photos = std::make_unique<PhotoTextureCache>(options.data_dir);
    ui::Resources res;
    res.pictos = &m->atlas;
    res.fonts = m->fonts;
    m->kiosk_ui = std::make_unique<ui::KioskUi>(*m->controller, m->pictos, m->catalogs, res, m->photos.get());
}

KioskApp::~KioskApp() {
    m->kiosk_ui.reset();
    m->photos.reset();  // deletes textures: the context must still be there
    if (m->imgui_ready) {
        ImGui_ImplOpenGL3_Shutdown();
        ImGui_ImplGlfw_Shutdown();
        ImGui::DestroyContext();
    }
    if (m->window) glfwDestroyWindow(m->window);
    glfwTerminate();
}

void KioskApp::Impl::OpenWindow() {
    glfwSetErrorCallback(OnGlfwError);
    if (!glfwInit())
        throw std::runtime_error("cannot open a window: no display (" + g_glfw_error +
                                 "). Run it on the kiosk's screen, or under Xvfb with DISPLAY set");
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    glfwWindowHint(GLFW_VISIBLE, opt.hidden ? GLFW_FALSE : GLFW_TRUE);
    GLFWmonitor* monitor = glfwGetPrimaryMonitor();
    const GLFWvidmode* mode = monitor ? glfwGetVideoMode(monitor) : nullptr;
    int w = opt.width, h = opt.height;
    if (w <= 0 || h <= 0) {
        w = (!opt.windowed && mode) ? mode->width : 1920;
        h = (!opt.windowed && mode) ? mode->height : 1080;
    }
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
    glfwSetMouseButtonCallback(window, [](GLFWwindow* win, int, int, int) { OnInput(win); });
    glfwSetCursorPosCallback(window, [](GLFWwindow* win, double, double) { OnInput(win); });
    glfwSetScrollCallback(window, [](GLFWwindow* win, double, double) { OnInput(win); });
    glfwSetKeyCallback(window, [](GLFWwindow* win, int, int, int, int) { OnInput(win); });
    glfwSetWindowRefreshCallback(window, [](GLFWwindow* win) {
        static_cast<Impl*>(glfwGetWindowUserPointer(win))->frames_to_draw = 2;
    });
}

void KioskApp::Impl::InitImGui() {
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    imgui_ready = true;
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // nothing written next to the kiosk
    io.LogFilename = nullptr;
    int fb_w = 0, fb_h = 0;
    glfwGetFramebufferSize(window, &fb_w, &fb_h);
    fonts = ui::LoadFonts(*io.Fonts, ui::EmForScreenHeight(fb_h));
    ui::ApplyTheme(ImGui::GetStyle());

    // Every pictogram any screen can show, rasterized once now.
    std::vector<std::string> emoji = pictos.AllEmoji();
    for (const std::string& e : screens::ChromeEmoji()) emoji.push_back(e);
    for (const ClassInfo& c : controller->Data().classes) emoji.push_back(c.symbol);
    for (const Child& c : controller->Data().children) emoji.push_back(c.symbol);
    for (const DayEvents& d : controller->Data().week)
        for (const Event& e : d.events)
            if (e.bring) emoji.push_back(*e.bring);
    media::EmojiRasterizer rasterizer;
    atlas.Prepare(*io.Fonts, emoji, rasterizer);
    io.Fonts->Build();
    atlas.Finish(*io.Fonts);
    for (const std::string& e : atlas.Missing()) std::fprintf(stderr, "klasdeur: no pictogram for %s in the emoji font\n", e.c_str());

    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init("#version 130");
}

bool KioskApp::Impl::DrawFrame(bool record_map) {
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    const bool changed = kiosk_ui->Frame(record_map ? &map : nullptr);
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

int KioskApp::Run() {
    const bool report_first_frame = std::getenv("KLASDEUR_REPORT_FIRST_FRAME") != nullptr;
    bool first = true;
    GLFWwindow* win = m->window;
    while (!glfwWindowShouldClose(win)) {
        if (m->frames_to_draw > 0) {
            glfwPollEvents();
        } else {
            // Sleep until input or the next timer: an untouched kiosk uses no CPU.
            const double wait = m->controller->NextDeadline() - m->clock.MonotonicSeconds();
            if (wait > 0) glfwWaitEventsTimeout(std::min(wait, 3600.0));
            else glfwPollEvents();
            m->frames_to_draw = std::max(m->frames_to_draw, 1);  // whatever woke us may change the picture
        }
        if (m->controller->Tick()) m->frames_to_draw = std::max(m->frames_to_draw, 2);
        if (m->photos->UploadReady()) m->frames_to_draw = std::max(m->frames_to_draw, 2);

        --m->frames_to_draw;
        const bool settled = m->frames_to_draw == 0;
        const bool record = !m->opt.ui_map_file.empty() && settled;
        if (m->DrawFrame(record)) m->frames_to_draw = 3;
        glfwSwapBuffers(win);
        if (first && report_first_frame) {
            glFinish();
            const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(
                                std::chrono::system_clock::now().time_since_epoch()).count();
            std::printf("first-frame-unix-ns %lld\n", static_cast<long long>(ns));
            std::fflush(stdout);
        }
        first = false;
        if (record && m->frames_to_draw == 0)
            ui::WriteFileAtomically(m->opt.ui_map_file, m->map.ToJson(ScreenName(m->controller->State().screen)));
    }
    return 0;
}

void KioskApp::Screenshot(Screen screen, const std::string& lang, const std::filesystem::path& out_png) {
    m->controller->Dispatch(intent::SetLanguage{lang.empty() ? m->settings.default_lang : lang});
    m->controller->Dispatch(intent::Navigate{screen});
    // Draw until photos are decoded and the frame is stable (bounded: 5 s).
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(5);
    for (int settle = 0; settle < 3;) {
        glfwPollEvents();
        const bool uploaded = m->photos->UploadReady();
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
