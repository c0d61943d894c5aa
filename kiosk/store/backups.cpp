#include "store/backups.h"

#include "store/durable_file.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <charconv>
#include <stdexcept>
#include <string>
#include <system_error>

namespace kd::store {

namespace fs = std::filesystem;

namespace {
constexpr std::string_view kPrefix = "klasdeur-";
constexpr std::string_view kSuffix = ".db";

// "klasdeur-12-1764633600.db" -> 12, 1764633600
bool ParseName(const std::string& name, BackupFile& b) {
    if (name.size() <= kPrefix.size() + kSuffix.size() || name.rfind(kPrefix, 0) != 0 ||
        name.compare(name.size() - kSuffix.size(), kSuffix.size(), kSuffix) != 0)
        return false;
    const char* p = name.data() + kPrefix.size();
    const char* e = name.data() + name.size() - kSuffix.size();
    auto [dash, ec1] = std::from_chars(p, e, b.seq);
    if (ec1 != std::errc() || dash == e || *dash != '-' || b.seq <= 0) return false;
    auto [end, ec2] = std::from_chars(dash + 1, e, b.made_at);
    return ec2 == std::errc() && end == e;
}
}  // namespace

std::vector<BackupFile> ListBackups(const fs::path& dir) {
    std::vector<BackupFile> out;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        BackupFile b;
        if (!entry.is_regular_file(ec) || !ParseName(entry.path().filename().string(), b)) continue;
        b.path = entry.path();
        out.push_back(b);
    }
    std::sort(out.begin(), out.end(), [](const BackupFile& a, const BackupFile& b) { return a.seq > b.seq; });
    return out;
}

BackupFile MakeBackup(SQLite::Database& db, const fs::path& dir, std::int64_t now, int keep) {
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) throw std::runtime_error("cannot create the backup folder " + dir.string() + ": " + ec.message());
    const auto existing = ListBackups(dir);
    BackupFile b;
    b.seq = existing.empty() ? 1 : existing.front().seq + 1;
    b.made_at = now;
    b.path = dir / (std::string(kPrefix) + std::to_string(b.seq) + "-" + std::to_string(now) + std::string(kSuffix));
    const fs::path tmp = dir / (".writing-" + b.path.filename().string());
    fs::remove(tmp, ec);
    try {
        SQLite::Statement vacuum(db, "VACUUM INTO ?");
        vacuum.bind(1, tmp.string());
        vacuum.exec();
        SyncFile(tmp);
    } catch (const std::exception& e) {
        fs::remove(tmp, ec);
        throw std::runtime_error("cannot write a backup to " + dir.string() + ": " + e.what());
    }
    MoveDurably(tmp, b.path);
    // Old generations go only once the new one is safely there.
    const auto all = ListBackups(dir);
    for (size_t i = static_cast<size_t>(std::max(keep, 1)); i < all.size(); ++i) fs::remove(all[i].path, ec);
    return b;
}

bool BackupDue(const fs::path& dir, std::int64_t now, std::int64_t max_age) {
    const auto all = ListBackups(dir);
    if (all.empty()) return true;
    const std::int64_t t = all.front().made_at;
    return t < now - max_age || t > now + 3600;
}

std::unique_ptr<SQLite::Database> OpenBackupToPurge(const fs::path& file) {
    auto db = std::make_unique<SQLite::Database>(file.string(), SQLite::OPEN_READWRITE);
    db->exec("PRAGMA secure_delete = ON");
    return db;
}

}  // namespace kd::store
