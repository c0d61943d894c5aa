#include "cli/commands.h"
#include "domain/clock.h"
#include "domain/settings.h"
#include "i18n/dates.h"
#include "media/photo_import.h"
#include "services/kiosk_database.h"
#include "services/paths.h"
#include "services/settings_store.h"
#include "store/classes_repo.h"
#include "store/database.h"

#include <SQLiteCpp/Database.h>

#include <cstdio>
#include <stdexcept>

namespace kd::cli {

int ImportPhotos(const std::filesystem::path& data_dir, const std::vector<std::string>& paths) {
    PrepareDataDir(data_dir);
    auto db = OpenKioskDatabase(DatabaseFile(data_dir));
    const Settings settings = LoadSettings(*db, nullptr);
    const auto classes = store::ClassesRepo(*db).All();
    if (classes.empty()) throw std::runtime_error("there is no class yet to add photos to; add one first (or run `klasdeur demo`)");
    Id class_id = classes.front().id;
    for (const ClassInfo& c : classes)
        if (c.id == settings.class_id) class_id = c.id;

    const SystemClock clock;
    media::ImportOptions opt;
    opt.class_id = class_id;
    opt.now_unix = clock.UnixSeconds();
    opt.today = i18n::LocalDate(opt.now_unix, settings.time_zone).Iso();
    opt.keep_originals = settings.keep_originals;
    media::PhotoImporter importer(*db, data_dir, opt);

    int imported = 0, duplicates = 0, skipped = 0;
    std::vector<std::filesystem::path> inputs(paths.begin(), paths.end());
    importer.Import(inputs, [&](const media::ImportResult& r) {
        const char* word = "skipped";
        if (r.status == media::ImportStatus::Imported) word = "imported", ++imported;
        else if (r.status == media::ImportStatus::Duplicate) word = "duplicate", ++duplicates;
        else ++skipped;
        std::printf("%-9s %s: %s\n", word, r.file.c_str(), r.detail.c_str());
        std::fflush(stdout);
    });
    std::printf("%d imported, %d already there, %d skipped\n", imported, duplicates, skipped);
    return imported > 0 ? 0 : 1;
}

}  // namespace kd::cli
