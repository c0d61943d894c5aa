#include "app/kiosk_app.h"
#include "cli/commands.h"
#include "services/paths.h"

#include <charconv>
#include <stdexcept>

namespace kd::cli {

std::pair<int, int> ParseSize(const std::string& wxh) {
    const size_t x = wxh.find('x');
    int w = 0, h = 0;
    bool ok = x != std::string::npos;
    if (ok) {
        auto [p1, e1] = std::from_chars(wxh.data(), wxh.data() + x, w);
        auto [p2, e2] = std::from_chars(wxh.data() + x + 1, wxh.data() + wxh.size(), h);
        ok = e1 == std::errc() && e2 == std::errc() && p1 == wxh.data() + x && p2 == wxh.data() + wxh.size();
    }
    if (!ok || w < 320 || h < 240 || w > 8192 || h > 8192)
        throw std::invalid_argument("--size must look like 1920x1080 (between 320x240 and 8192x8192), not '" + wxh + "'");
    return {w, h};
}

int Run(const std::filesystem::path& data_dir, const WindowArgs& w) {
    app::AppOptions o;
    o.data_dir = data_dir;
    o.windowed = w.windowed;
    o.ui_map_file = w.ui_map;
    // The installed kiosk's /etc/klasdeur/klasdeur.conf: a size the screen misreports, the first start's mode.
    const KioskConf conf = ReadKioskConf();
    const std::string size = !w.size.empty() ? w.size : conf.size;
    if (!size.empty()) std::tie(o.width, o.height) = ParseSize(size);
    o.initial_mode = conf.mode;
    app::KioskApp kiosk(o);
    return kiosk.Run();
}

}  // namespace kd::cli
