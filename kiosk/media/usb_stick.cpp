#include "media/usb_stick.h"

#include "media/photo_import.h"

#include <sys/stat.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>
#include <system_error>

namespace kd::media {

namespace fs = std::filesystem;

namespace {

bool Octal(char c) { return c >= '0' && c <= '7'; }

// mountinfo writes a space, tab, newline and backslash in a path as \040, \011, \012, \134.
std::string Unescape(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\\' && i + 3 < s.size() && s[i + 1] >= '0' && s[i + 1] <= '3' && Octal(s[i + 2]) &&
            Octal(s[i + 3])) {
            out.push_back(static_cast<char>((s[i + 1] - '0') * 64 + (s[i + 2] - '0') * 8 + (s[i + 3] - '0')));
            i += 3;
        } else {
            out.push_back(s[i]);
        }
    }
    return out;
}

std::vector<std::string_view> Fields(std::string_view line) {
    std::vector<std::string_view> out;
    size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && line[i] == ' ') ++i;
        const size_t start = i;
        while (i < line.size() && line[i] != ' ') ++i;
        if (i > start) out.push_back(line.substr(start, i - start));
    }
    return out;
}

// Strictly below `root`, compared part by part (so /media2 is not below /media).
bool Below(const fs::path& p, const fs::path& root) {
    auto pi = p.begin(), ri = root.begin();
    for (; ri != root.end(); ++ri, ++pi) {
        if (ri->empty()) continue;  // a trailing slash
        if (pi == p.end() || *pi != *ri) return false;
    }
    for (; pi != p.end(); ++pi)
        if (!pi->empty()) return true;
    return false;
}

// Mounts that hold no files of their own: the automounter's placeholder, memory file systems.
bool Virtual(std::string_view type) {
    return type == "autofs" || type == "tmpfs" || type == "ramfs" || type == "proc" || type == "sysfs" ||
           type == "devtmpfs" || type == "overlay";
}

std::string Lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

bool LooksLikeCalendarName(const fs::path& p) {
    const std::string ext = Lower(p.extension().string());
    return ext == ".ics" || ext == ".ical" || ext == ".icalendar";
}

void NewestFirst(std::vector<StickFile>& files) {
    std::sort(files.begin(), files.end(), [](const StickFile& a, const StickFile& b) {
        return a.modified != b.modified ? a.modified > b.modified : a.shown < b.shown;
    });
}

}  // namespace

std::vector<fs::path> DefaultStickRoots() { return {"/media", "/run/media"}; }

std::vector<MountedStick> SticksIn(std::string_view mountinfo, const std::vector<fs::path>& roots) {
    std::vector<MountedStick> out;
    size_t pos = 0;
    while (pos < mountinfo.size()) {
        size_t end = mountinfo.find('\n', pos);
        if (end == std::string_view::npos) end = mountinfo.size();
        const std::vector<std::string_view> f = Fields(mountinfo.substr(pos, end - pos));
        pos = end + 1;
        // id parent major:minor root mount-point options [optional...] - type source super-options
        const auto dash = std::find(f.begin(), f.end(), std::string_view("-"));
        if (f.size() < 6 || dash == f.end() || dash - f.begin() < 6 || f.end() - dash < 2) continue;
        const fs::path mount_point = Unescape(f[4]);
        const std::string type(*(dash + 1));
        if (!mount_point.is_absolute()) continue;
        if (!std::any_of(roots.begin(), roots.end(), [&](const fs::path& r) { return Below(mount_point, r); }))
            continue;
        // A later mount on the same point hides the earlier one.
        out.erase(std::remove_if(out.begin(), out.end(), [&](const MountedStick& s) { return s.mount_point == mount_point; }),
                  out.end());
        if (Virtual(type)) continue;
        out.push_back({mount_point, mount_point.filename().string(), type});
    }
    return out;
}

std::vector<MountedStick> FindSticks(const std::vector<fs::path>& roots, const fs::path& mountinfo) {
    std::ifstream in(mountinfo);
    if (!in) return {};
    std::ostringstream text;
    text << in.rdbuf();
    return SticksIn(text.str(), roots);
}

StickContents ListStick(const fs::path& root, int max_entries) {
    StickContents out;
    int seen = 0;
    std::vector<std::pair<fs::path, int>> todo{{root, 0}};
    while (!todo.empty()) {
        auto [dir, depth] = std::move(todo.back());
        todo.pop_back();
        std::error_code ec;
        fs::directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end;
        if (ec) {
            if (out.error.empty()) out.error = dir.lexically_relative(root).string() + ": " + ec.message();
            continue;
        }
        for (; it != end; it.increment(ec)) {
            if (++seen > max_entries) {
                out.truncated = true;
                break;
            }
            const fs::path& p = it->path();
            const std::string name = p.filename().string();
            if (IsHiddenOrSystem(name)) continue;
            std::error_code sec;
            const fs::file_status st = it->symlink_status(sec);
            if (sec || fs::is_symlink(st)) continue;  // a link could lead off the stick, or in a circle
            if (fs::is_directory(st)) {
                if (depth + 1 < kMaxStickDepth) todo.emplace_back(p, depth + 1);
                else out.truncated = true;
                continue;
            }
            if (!fs::is_regular_file(st)) continue;
            const bool photo = LooksLikePhotoName(p), calendar = !photo && LooksLikeCalendarName(p);
            if (!photo && !calendar) continue;
            struct stat s {};
            if (::stat(p.c_str(), &s) != 0) continue;
            StickFile file{p, p.lexically_relative(root).string(), static_cast<std::uintmax_t>(s.st_size), s.st_mtime};
            (photo ? out.photos : out.calendars).push_back(std::move(file));
        }
        if (ec && out.error.empty()) out.error = dir.lexically_relative(root).string() + ": " + ec.message();
        if (out.truncated && seen > max_entries) break;
    }
    NewestFirst(out.photos);
    NewestFirst(out.calendars);
    return out;
}

}  // namespace kd::media
