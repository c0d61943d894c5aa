#include "services/crash_loop.h"

#include "store/notices_repo.h"

#include <fstream>
#include <string>
#include <system_error>

namespace kd {

namespace {
void Write(const std::filesystem::path& file, int unclean) {
    std::ofstream(file, std::ios::trunc) << unclean << "\n";
}
}  // namespace

CrashLoopDetector::CrashLoopDetector(std::filesystem::path data_dir) : m_file(std::move(data_dir) / "klasdeur.running") {
    std::ifstream in(m_file);
    if (in) {
        int before = 0;
        in >> before;  // a torn or empty file reads as 0: still one unclean end
        m_unclean = (before > 0 && before < 1000000 ? before : 0) + 1;
    }
    Write(m_file, m_unclean);
}

void CrashLoopDetector::MarkStable() {
    if (m_unclean == 0) return;
    m_unclean = 0;
    Write(m_file, 0);
}

void CrashLoopDetector::MarkClosed() {
    std::error_code ec;
    std::filesystem::remove(m_file, ec);
}

void RecordRestartNotice(SQLite::Database& db, int unclean_in_a_row, long long now) {
    store::NoticesRepo(db).Add("restarts", "count=" + std::to_string(unclean_in_a_row) + "\n", now);
}

}  // namespace kd
