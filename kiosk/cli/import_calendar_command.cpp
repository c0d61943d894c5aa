#include "cli/commands.h"
#include "domain/clock.h"
#include "domain/settings.h"
#include "i18n/dates.h"
#include "services/calendar_import.h"
#include "services/kiosk_database.h"
#include "services/paths.h"
#include "services/settings_store.h"
#include "store/database.h"

#include <SQLiteCpp/Database.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace kd::cli {

int ImportCalendarFile(const std::filesystem::path& data_dir, const std::string& ics_file) {
    std::ifstream in(ics_file, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read the calendar file " + ics_file);
    std::ostringstream text;
    text << in.rdbuf();

    PrepareDataDir(data_dir);
    auto db = OpenKioskDatabase(DatabaseFile(data_dir));
    const Settings settings = LoadSettings(*db, nullptr);
    const SystemClock clock;
    const CivilDate today = i18n::LocalDate(clock.UnixSeconds(), settings.time_zone);
    const CalendarImportResult r =
        ImportCalendar(*db, text.str(), today, settings.time_zone, EventRules::Load(FindShareDir() / "assets"));
    if (!r.errors.empty()) {
        std::printf("%s was not imported; the calendar is unchanged. What is wrong:\n", ics_file.c_str());
        for (const std::string& e : r.errors) std::printf("  %s\n", e.c_str());
        return 1;
    }
    std::printf("%d events imported for the coming weeks (%d removed, %d cancelled left out)\n", r.events, r.removed,
                r.cancelled);
    if (!r.notes.empty()) {
        std::printf("Left out or ignored:\n");
        for (const std::string& n : r.notes) std::printf("  %s\n", n.c_str());
    }
    return 0;
}

}  // namespace kd::cli
