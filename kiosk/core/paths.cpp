#include "core/paths.h"

#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <stdexcept>
#include <system_error>

namespace kd {

namespace fs = std::filesystem;

fs::path ResolveDataDir(const std::optional<std::string>& from_command_line) {
    if (from_command_line && !from_command_line->empty()) return fs::path(*from_command_line);
    if (const char* d = std::getenv("KLASDEUR_DATA"); d && *d) return fs::path(d);
    if (const char* x = std::getenv("XDG_DATA_HOME"); x && *x) return fs::path(x) / "klasdeur";
    if (const char* h = std::getenv("HOME"); h && *h) return fs::path(h) / ".local" / "share" / "klasdeur";
    return fs::path("klasdeur-data");
}

void PrepareDataDir(const fs::path& dir) {
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) throw std::runtime_error("cannot create the data directory " + dir.string() + ": " + ec.message());
    if (!fs::is_directory(dir)) throw std::runtime_error("the data directory " + dir.string() + " is not a directory");
    if (::access(dir.c_str(), R_OK | W_OK | X_OK) != 0)
        throw std::runtime_error("the data directory " + dir.string() + " is not writable for this user");
}

fs::path FindShareDir() {
    if (const char* s = std::getenv("KLASDEUR_SHARE"); s && *s) return fs::path(s);
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        const fs::path share = exe.parent_path().parent_path() / "share" / "klasdeur";
        if (fs::is_directory(share / "assets")) return share;
    }
    throw std::runtime_error("cannot find Klasdeur's assets next to the program (looked in " +
                             (exe.parent_path().parent_path() / "share" / "klasdeur").string() +
                             "); set KLASDEUR_SHARE");
}

}  // namespace kd
