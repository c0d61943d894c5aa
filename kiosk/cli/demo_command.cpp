#include "cli/commands.h"
#include "domain/clock.h"
#include "domain/settings.h"
#include "i18n/dates.h"
#include "media/demo_photos.h"
#include "media/emoji_rasterizer.h"
#include "services/demo_school.h"
#include "services/kiosk_database.h"
#include "services/paths.h"
#include "services/settings_store.h"
#include "services/teacher_code.h"
#include "store/database.h"

#include <SQLiteCpp/Database.h>

#include <cstdio>

namespace kd::cli {

int Demo(const std::filesystem::path& data_dir) {
    PrepareDataDir(data_dir);
    auto db = OpenKioskDatabase(DatabaseFile(data_dir));
    const SystemClock clock;
    const Settings settings = LoadSettings(*db, nullptr);
    const CivilDate today = i18n::LocalDate(clock.UnixSeconds(), settings.time_zone);

    const DemoSummary s = SeedDemoSchool(*db, today);
    media::EmojiRasterizer emoji;
    const media::DemoPhotosResult photos =
        media::GenerateDemoPhotos(*db, data_dir, s.class_id, today, clock.UnixSeconds(), emoji);
    const int concerns = SeedDemoConcerns(*db, s.class_id, clock.UnixSeconds(), settings.time_zone);
    std::printf("Demo school ready in %s: class De Vlinders (Juf Sarah), %d children, %d events this week and next, "
                "%d poll, %d photos of today (%d new), %d parents' concerns for the teacher's inbox (new).\n",
                data_dir.c_str(), s.children, s.events, s.polls, photos.added + photos.already_there, photos.added,
                concerns);
    if (!TeacherCode(*db, clock).IsSet())
        std::printf("No teacher code yet: hold the small mark in the top corner of home for 3 seconds and choose "
                    "one, or run `klasdeur set-code`.\n");
    return 0;
}

}  // namespace kd::cli
