#pragma once
// The kiosk process: a GLFW window with an OpenGL 3 context, Dear ImGui, and an
// event-driven loop that sleeps in glfwWaitEventsTimeout until a touch or a
// timer (idle reset, the change of day, a decoded photo) needs a frame.
#include "domain/app_state.h"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace kd::app {

struct AppOptions {
    std::filesystem::path data_dir;
    std::string initial_mode;  // "classroom" or "entrance": the mode setting when the database has none yet
    bool windowed = false;       // a development window that may be closed
    bool hidden = false;         // screenshots: never shown
    int width = 0, height = 0;   // 0: the monitor's size (full screen) or 1920x1080 windowed
    std::string ui_map_file;     // write the UI map here after each settled frame
    bool no_words = false;       // screenshots for the pictogram test: every word a block (ui::HideWords)
};

class KioskApp {
public:
    // Opens the database, loads assets, catalogs, fonts and pictograms, and the
    // window. Throws std::runtime_error with one clear sentence on failure.
    explicit KioskApp(const AppOptions& options);
    ~KioskApp();

    // The kiosk loop, until the window is closed (only possible when windowed).
    int Run();

    // Renders `screen` in `lang` with the current data and writes a PNG.
    // Teacher screens past the code need `teacher_code`; the code screen does not.
    void Screenshot(Screen screen, const std::string& lang, const std::filesystem::path& out_png,
                    const std::string* teacher_code = nullptr);

private:
    struct Impl;
    std::unique_ptr<Impl> m;
};

}  // namespace kd::app
