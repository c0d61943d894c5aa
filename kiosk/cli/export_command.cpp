#include "cli/commands.h"
#include "domain/clock.h"
#include "domain/settings.h"
#include "services/class_keys.h"
#include "services/concern_export.h"
#include "services/kiosk_database.h"
#include "services/paths.h"
#include "services/settings_store.h"
#include "services/teacher_code.h"
#include "store/classes_repo.h"
#include "store/database.h"

#include <SQLiteCpp/Database.h>
#include <sodium.h>

#include <cstdio>
#include <iostream>
#include <stdexcept>

namespace kd::cli {

int Export(const std::filesystem::path& data_dir, const ExportArgs& a) {
    const auto from = CivilDate::Parse(a.from), to = CivilDate::Parse(a.to);
    if (!from || !to) throw std::invalid_argument("--from and --to take dates like 2026-11-24");
    if (to->DaysSinceEpoch() < from->DaysSinceEpoch()) throw std::invalid_argument("--to is before --from");
    if (a.format != "csv" && a.format != "json") throw std::invalid_argument("--format is csv or json");
    if (!std::filesystem::exists(DatabaseFile(data_dir)))
        throw std::runtime_error("there is no kiosk database in " + data_dir.string());
    auto db = OpenKioskDatabase(DatabaseFile(data_dir));
    const Settings settings = LoadSettings(*db, nullptr);

    // The code comes on standard input, never on the command line; a wrong one
    // counts against the same limit as at the kiosk.
    std::string code;
    if (!std::getline(std::cin, code)) throw std::invalid_argument("no teacher code on standard input");
    if (!code.empty() && code.back() == '\r') code.pop_back();
    const SystemClock clock;
    const LoginResult r = TeacherCode(*db, clock).Login(code);
    if (r.outcome != LoginOutcome::Ok) {
        sodium_memzero(code.data(), code.size());
        if (r.outcome == LoginOutcome::NoCode)
            std::fprintf(stderr, "klasdeur: no teacher code is set yet (klasdeur set-code)\n");
        else if (r.outcome == LoginOutcome::Wait)
            std::fprintf(stderr, "klasdeur: too many wrong codes; try again in %lld seconds\n",
                         static_cast<long long>(r.wait_seconds));
        else
            std::fprintf(stderr, "klasdeur: that is not the teacher code\n");
        return 1;
    }
    AdoptPendingClassKeys(*db, code);
    std::map<Id, std::unique_ptr<UnlockedClassKey>> keys;
    for (const ClassInfo& c : store::ClassesRepo(*db).All())
        if (auto k = UnlockedClassKey::Unlock(*db, c.id, code)) keys[c.id] = std::move(k);
    sodium_memzero(code.data(), code.size());

    int unreadable = 0;
    const auto rows = ReadForExport(*db, keys, *from, *to, settings.time_zone, &unreadable);
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
