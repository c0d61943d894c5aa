#include "app/kiosk_app.h"
#include "cli/commands.h"
#include "domain/app_state.h"

#include <cstdio>
#include <iostream>
#include <stdexcept>

namespace kd::cli {

int ListScreens() {
    for (Screen s : kAllScreens) std::printf("%s\n", ScreenName(s));
    return 0;
}

int Screenshot(const std::filesystem::path& data_dir, const std::string& screen, const std::string& out,
               const std::string& lang, const std::string& size, bool no_words) {
    const auto which = ScreenFromName(screen);
    if (!which) throw std::invalid_argument("there is no screen '" + screen + "'; `klasdeur screenshot --list` names them");
    if (out.empty()) throw std::invalid_argument("screenshot needs --out FILE.png");
    app::AppOptions o;
    o.data_dir = data_dir;
    o.hidden = true;
    o.no_words = no_words;
    o.width = 1920;
    o.height = 1080;
    if (!size.empty()) std::tie(o.width, o.height) = ParseSize(size);
    // Past the code, teacher screens need it: read from standard input, never argv.
    std::string code;
    const bool needs_code = IsTeacherScreen(*which) && *which != Screen::TeacherLogin;
    if (needs_code && !std::getline(std::cin, code))
        throw std::invalid_argument("the teacher screens need the teacher code on standard input");
    if (!code.empty() && code.back() == '\r') code.pop_back();
    app::KioskApp kiosk(o);
    kiosk.Screenshot(*which, lang, out, needs_code ? &code : nullptr);
    std::printf("%s\n", out.c_str());
    return 0;
}

}  // namespace kd::cli
