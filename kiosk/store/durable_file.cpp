#include "store/durable_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <stdexcept>
#include <system_error>

namespace kd::store {

namespace fs = std::filesystem;

namespace {
[[noreturn]] void Fail(const std::string& what, const fs::path& p) {
    throw std::runtime_error(what + " " + p.string() + ": " + std::strerror(errno));
}

void SyncPath(const fs::path& p, int flags) {
    const int fd = ::open(p.c_str(), flags | O_CLOEXEC);
    if (fd < 0) Fail("cannot open", p);
    const int rc = ::fsync(fd);
    const int err = errno;
    ::close(fd);
    errno = err;
    if (rc != 0) Fail("cannot write to disk", p);
}
}  // namespace

void SyncFile(const fs::path& file) {
    SyncPath(file, O_RDONLY);
    SyncDir(file.parent_path().empty() ? fs::path(".") : file.parent_path());
}

void SyncDir(const fs::path& dir) { SyncPath(dir, O_RDONLY | O_DIRECTORY); }

namespace {
// `fill` makes `to`.tmp; then it is synced and renamed over `to`. Nothing is left behind on failure.
template <typename Fill>
void ReplaceDurably(const fs::path& to, Fill&& fill) {
    const fs::path tmp = to.string() + ".tmp";
    std::error_code ec;
    try {
        fill(tmp);
        SyncPath(tmp, O_RDONLY);
    } catch (...) {
        fs::remove(tmp, ec);
        throw;
    }
    fs::rename(tmp, to, ec);
    if (ec) {
        fs::remove(tmp, ec);
        throw std::runtime_error("cannot rename " + tmp.string() + ": " + ec.message());
    }
    SyncDir(to.parent_path().empty() ? fs::path(".") : to.parent_path());
}
}  // namespace

void WriteDurably(const fs::path& file, const std::string& bytes) {
    ReplaceDurably(file, [&](const fs::path& tmp) {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        if (!out.write(bytes.data(), static_cast<std::streamsize>(bytes.size())) || !out.flush())
            throw std::runtime_error("cannot write " + file.string() + " (the disk is full or not writable)");
    });
}

void CopyDurably(const fs::path& from, const fs::path& to) {
    ReplaceDurably(to, [&](const fs::path& tmp) {
        std::error_code ec;
        fs::copy_file(from, tmp, fs::copy_options::overwrite_existing, ec);
        if (ec) throw std::runtime_error("cannot copy " + from.string() + " to " + to.string() + ": " + ec.message());
    });
}

void MoveDurably(const fs::path& from, const fs::path& to) {
    std::error_code ec;
    fs::rename(from, to, ec);
    if (ec) throw std::runtime_error("cannot move " + from.string() + " to " + to.string() + ": " + ec.message());
    SyncDir(to.parent_path());
    if (from.parent_path() != to.parent_path()) SyncDir(from.parent_path());
}

}  // namespace kd::store
