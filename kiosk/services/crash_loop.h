#pragma once
// A crash loop must be visible, not silent. A file in the data directory says
// "running"; finding it at start means the last run ended without closing (a
// crash, a kill by the watchdog, a power cut). Runs that die within the hour
// one after the other are counted, and from the third the teacher gets a
// notice (systemd's log has the details).
#include <filesystem>

namespace SQLite { class Database; }

namespace kd {

class CrashLoopDetector {
public:
    // Reads and updates DATA/klasdeur.running.
    explicit CrashLoopDetector(std::filesystem::path data_dir);
    // Short runs that ended without closing, one after the other, before this one (0: the last closed well).
    int UncleanInARow() const { return m_unclean; }
    // Whether this start is one the teacher should hear about (the 3rd, the 10th, the 20th... in a row).
    bool WorthANotice() const { return m_unclean == 3 || (m_unclean > 0 && m_unclean % 10 == 0); }
    // An hour without trouble: the streak is over.
    void MarkStable();
    // A clean exit: nothing to count at the next start.
    void MarkClosed();

    static constexpr double kStableSeconds = 3600.0;

private:
    std::filesystem::path m_file;
    int m_unclean = 0;
};

// The notice that goes with WorthANotice().
void RecordRestartNotice(SQLite::Database& db, int unclean_in_a_row, long long now);

}  // namespace kd
