#include "cli/commands.h"
#include "core/clock.h"
#include "core/demo_school.h"
#include "core/paths.h"
#include "core/settings.h"
#include "i18n/dates.h"
#include "media/demo_photos.h"
#include "media/emoji_rasterizer.h"
#include "store/database.h"
#include "store/settings_repo.h"

#include <SQLiteCpp/Database.h>

#include <cstdio>

namespace kd::cli {

int Demo(const std::filesystem::path& data_dir) {
    PrepareDataDir(data_dir);
    auto db = store::OpenDatabase(DatabaseFile(data_dir));
    const SystemClock clock;
    const Settings settings = Settings::FromMap(store::SettingsRepo(*db).All(), nullptr);
    const CivilDate today = i18n::LocalDate(clock.UnixSeconds(), settings.time_zone);

    const DemoSummary s = SeedDemoSchool(*db, today);
    media::EmojiRasterizer emoji;
    const media::DemoPhotosResult photos =
        media::GenerateDemoPhotos(*db, data_dir, s.class_id, today, clock.UnixSeconds(), emoji);
    std::printf("Demo school ready in %s: class De Vlinders (Juf Sarah), %d children, %d events this week and next, "
                "%d poll, %d photos of today (%d new).\n",
                data_dir.c_str(), s.children, s.events, s.polls, photos.added + photos.already_there, photos.added);
    return 0;
}

}  // namespace kd::cli
