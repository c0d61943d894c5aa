#include "cli/commands.h"
#include "cli/admin_common.h"
#include "cli/teacher_unlock.h"
#include "domain/settings.h"
#include "services/class_keys.h"
#include "services/concern_export.h"
#include "services/kiosk_database.h"
#include "services/paths.h"
#include "services/settings_store.h"
#include "store/database.h"

#include <SQLiteCpp/Database.h>
#include <sodium.h>

#include <cstdio>
#include <stdexcept>

namespace kd::cli {

int Export(const std::filesystem::path& data_dir, const ExportArgs& a) {
    const auto from = CivilDate::Parse(a.from), to = CivilDate::Parse(a.to);
    if (!from || !to) throw std::invalid_argument("--from and --to take dates like 2026-11-24");
    if (to->DaysSinceEpoch() < from->DaysSinceEpoch()) throw std::invalid_argument("--to is before --from");
    if (a.format != "csv" && a.format != "json") throw std::invalid_argument("--format is csv or json");
    auto db = OpenExistingDatabase(data_dir);
    const Settings settings = LoadSettings(*db, nullptr);

    std::optional<ClassKeys> keys = UnlockFromStdin(*db);
    if (!keys) return 1;

    int unreadable = 0;
    const auto rows = ReadForExport(*db, *keys, *from, *to, settings.time_zone, &unreadable);
    std::string out;
    if (a.polls) {
        const auto polls = PollsForExport(*db, *from, *to);
        out = a.format == "json" ? PollsAsJson(polls) : PollsAsCsv(polls);
    } else if (a.anonymous) {
        const ExportCounts counts = CountForExport(rows);
        out = a.format == "json" ? CountsAsJson(counts, *from, *to) : CountsAsCsv(counts, *from, *to);
    } else {
        out = a.format == "json" ? ConcernsAsJson(rows) : ConcernsAsCsv(rows);
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
    std::fflush(stdout);
    sodium_memzero(out.data(), out.size());
    if (unreadable > 0)
        std::fprintf(stderr, "klasdeur: %d concern(s) could not be opened (altered, or sealed to another key)\n",
                     unreadable);
    if (!a.polls)
        std::fprintf(stderr, "klasdeur: %zu concern(s) from %s to %s\n", rows.size(), from->Iso().c_str(),
                     to->Iso().c_str());
    return 0;
}

}  // namespace kd::cli
