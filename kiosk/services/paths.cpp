#include "services/paths.h"

#include "domain/key_value.h"

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <system_error>

namespace kd {

namespace fs = std::filesystem;

KioskConf ParseKioskConf(const std::string& text) {
    KioskConf c;
    ForEachKeyValue(text, [&](const std::string& key, const std::string& value) {
        if (key == "KLASDEUR_DATA") c.data_dir = value;
        else if (key == "KLASDEUR_MODE") c.mode = value;
        else if (key == "KLASDEUR_SIZE") c.size = value;
    });
    return c;
}

KioskConf ReadKioskConf() {
    const char* env = std::getenv("KLASDEUR_CONF");
    std::ifstream in(env && *env ? env : "/etc/klasdeur/klasdeur.conf");
    if (!in) return {};
    std::ostringstream text;
    text << in.rdbuf();
    return ParseKioskConf(text.str());
}

fs::path ResolveDataDir(const std::optional<std::string>& from_command_line) {
    if (from_command_line && !from_command_line->empty()) return fs::path(*from_command_line);
    if (const char* d = std::getenv("KLASDEUR_DATA"); d && *d) return fs::path(d);
    if (const KioskConf c = ReadKioskConf(); !c.data_dir.empty()) return fs::path(c.data_dir);
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
    // root writing into the kiosk user's directory would leave files the kiosk can no longer write.
    struct stat st {};
    if (::geteuid() == 0 && ::stat(dir.c_str(), &st) == 0 && st.st_uid != 0) {
        const passwd* owner = ::getpwuid(st.st_uid);
        const std::string name = owner ? owner->pw_name : std::to_string(st.st_uid);
        throw std::runtime_error("the data directory " + dir.string() + " belongs to the user '" + name +
                                 "'; run this as that user: sudo -u " + name + " klasdeur ...");
    }
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
