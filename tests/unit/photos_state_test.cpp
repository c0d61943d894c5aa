// Photos: opening one, moving through them, the attract slideshow, retention.
#include "app/kiosk_controller.h"
#include "services/demo_school.h"
#include "services/kiosk_database.h"
#include "store/database.h"
#include "store/photos_repo.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <unistd.h>

using namespace kd;

namespace {

constexpr std::int64_t kTuesday = 20781LL * 86400 + 10 * 3600;

void AddPhotos(SQLite::Database& db, Id class_id, const std::string& day, int n, const std::string& tag) {
    store::PhotosRepo photos(db);
    for (int i = 0; i < n; ++i) {
        Photo p;
        p.class_id = class_id;
        p.content_hash = tag + std::to_string(i);
        p.day = day;
        p.taken_at = 1000 + i;
        p.imported_at = kTuesday - 3600;  // a plausible time: retention checks the clock against it
        p.screen_file = "photos/" + tag + std::to_string(i) + ".jpg";
        p.thumb_file = "photos/thumbs/" + tag + std::to_string(i) + ".jpg";
        p.width = 1600;
        p.height = 1200;
        photos.Add(p);
    }
}

}  // namespace

TEST_CASE("a photo opens full screen; next and previous stop at the ends; Back to the grid") {
    AppState st;
    st.photo_count = 3;
    Apply(st, intent::Navigate{Screen::Photos});
    Apply(st, intent::OpenPhoto{5});  // not there
    CHECK(st.screen == Screen::Photos);
    Apply(st, intent::OpenPhoto{1});
    CHECK(st.screen == Screen::PhotoView);
    Apply(st, intent::NextPhoto{});
    Apply(st, intent::NextPhoto{});
    CHECK(st.photo == 2);
    Apply(st, intent::PreviousPhoto{});
    Apply(st, intent::PreviousPhoto{});
    Apply(st, intent::PreviousPhoto{});
    CHECK(st.photo == 0);
    Apply(st, intent::Back{});
    CHECK(st.screen == Screen::Photos);
}

TEST_CASE("attract mode: today's photos after an untouched while; a touch ends it") {
    auto db = OpenKioskMemoryDatabase();
    const DemoSummary s = SeedDemoSchool(*db, CivilDate{2026, 11, 24});
    AddPhotos(*db, s.class_id, "2026-11-24", 3, "p");
    ManualClock clock(kTuesday);
    Settings settings;
    settings.attract_delay_s = 90;
    KioskController k(*db, clock, settings);
    CHECK(k.NextDeadline() - clock.MonotonicSeconds() == Approx(60));  // the minute's date check comes first
    clock.Advance(89);
    k.Tick();
    CHECK(k.State().screen == Screen::Home);
    clock.Advance(1);
    CHECK(k.Tick());
    CHECK(k.State().screen == Screen::Slideshow);
    CHECK(k.SlideFade() == Approx(0));
    CHECK(k.NextDeadline() - clock.MonotonicSeconds() == Approx(1.0 / KioskController::kFadeFramesPerSecond));  // fading: frames
    clock.Advance(KioskController::kFadeSeconds);
    CHECK(k.SlideFade() == Approx(1));
    CHECK(k.NextDeadline() - clock.MonotonicSeconds() ==
          Approx(KioskController::kSlideSeconds - KioskController::kFadeSeconds));  // still: asleep
    clock.Advance(KioskController::kSlideSeconds);
    k.Tick();
    CHECK(k.State().slide == 1);
    // The idle reset does not end it: it is the kiosk at rest.
    clock.Advance(120);
    k.Tick();
    CHECK(k.State().screen == Screen::Slideshow);
    k.OnInput();
    CHECK(k.State().screen == Screen::Home);
}

TEST_CASE("no photos, no slideshow") {
    auto db = OpenKioskMemoryDatabase();
    SeedDemoSchool(*db, CivilDate{2026, 11, 24});
    ManualClock clock(kTuesday);
    KioskController k(*db, clock, Settings{});
    clock.Advance(1000);
    k.Tick();
    CHECK(k.State().screen == Screen::Home);
}

TEST_CASE("photos older than the retention days are deleted, files and rows") {
    auto db = OpenKioskMemoryDatabase();
    const DemoSummary s = SeedDemoSchool(*db, CivilDate{2026, 11, 24});
    AddPhotos(*db, s.class_id, "2026-11-24", 2, "today");
    AddPhotos(*db, s.class_id, "2026-11-18", 2, "week");   // 6 days ago: kept with 7 days
    AddPhotos(*db, s.class_id, "2026-11-17", 2, "old");    // 7 days ago: gone
    const auto dir = std::filesystem::temp_directory_path() / ("klasdeur-retention-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir / "photos" / "thumbs");
    for (const char* f : {"photos/old0.jpg", "photos/thumbs/old0.jpg", "photos/week0.jpg"}) std::ofstream(dir / f) << "x";
    ManualClock clock(kTuesday);
    KioskController k(*db, clock, Settings{});
    CHECK(k.PurgeOldPhotos() == 0);  // no photo directory given: nothing is touched
    k.SetPhotoDir(dir);
    CHECK(k.PurgeOldPhotos() == 2);
    CHECK(store::PhotosRepo(*db).Count() == 4);
    CHECK_FALSE(std::filesystem::exists(dir / "photos/old0.jpg"));
    CHECK_FALSE(std::filesystem::exists(dir / "photos/thumbs/old0.jpg"));
    CHECK(std::filesystem::exists(dir / "photos/week0.jpg"));

    // A clock that jumped to 2099 must not wipe the rest.
    ManualClock future(4'070'908'800);
    KioskController k2(*db, future, Settings{});
    k2.SetPhotoDir(dir);
    CHECK(k2.PurgeOldPhotos() == 0);
    CHECK(store::PhotosRepo(*db).Count() == 4);
    std::filesystem::remove_all(dir);
}
