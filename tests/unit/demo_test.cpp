#include "media/demo_photos.h"
#include "media/emoji_rasterizer.h"
#include "media/image.h"
#include "media/photo_decode.h"
#include "services/demo_school.h"
#include "services/kiosk_database.h"
#include "store/children_repo.h"
#include "store/database.h"
#include "store/events_repo.h"
#include "store/photos_repo.h"
#include "store/polls_repo.h"
#include "store/settings_repo.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>

#include <filesystem>
#include <set>

using namespace kd;

TEST_CASE("the demo school: twenty children with their own symbols, two weeks, a poll; twice is once") {
    auto db = OpenKioskMemoryDatabase();
    const DemoSummary a = SeedDemoSchool(*db, CivilDate{2026, 11, 24});
    const DemoSummary b = SeedDemoSchool(*db, CivilDate{2026, 11, 24});
    CHECK(a.class_id == b.class_id);
    CHECK(store::ChildrenRepo(*db).Count() == 20);
    CHECK(store::EventsRepo(*db).Count() == a.events);
    CHECK(store::PollsRepo(*db).Count() == 1);
    std::set<std::string> symbols;
    for (const Child& c : store::ChildrenRepo(*db).InClass(a.class_id)) symbols.insert(c.symbol);
    CHECK(symbols.size() == 20);
    // This week and next.
    CHECK(store::EventsRepo(*db).Between(a.class_id, "2026-11-23", "2026-11-27").size() >= 4);
    CHECK(store::EventsRepo(*db).Between(a.class_id, "2026-11-30", "2026-12-04").size() >= 4);
    CHECK(store::SettingsRepo(*db).Get("mode") == "classroom");
}

TEST_CASE("a re-run next week moves the demo events instead of adding") {
    auto db = OpenKioskMemoryDatabase();
    const DemoSummary a = SeedDemoSchool(*db, CivilDate{2026, 11, 24});
    SeedDemoSchool(*db, CivilDate{2026, 12, 1});
    CHECK(store::EventsRepo(*db).Count() == a.events);
    CHECK(store::EventsRepo(*db).Between(a.class_id, "2026-12-07", "2026-12-11").size() >= 4);
}

TEST_CASE("demo photos: a dozen drawn scenes, written and stored once") {
    auto db = OpenKioskMemoryDatabase();
    const DemoSummary s = SeedDemoSchool(*db, CivilDate{2026, 11, 24});
    const auto dir = std::filesystem::temp_directory_path() / ("klasdeur-demo-photos-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir);
    media::EmojiRasterizer emoji;
    const auto first = media::GenerateDemoPhotos(*db, dir, s.class_id, CivilDate{2026, 11, 24}, 1000, emoji);
    CHECK(first.added == 12);
    const auto again = media::GenerateDemoPhotos(*db, dir, s.class_id, CivilDate{2026, 11, 25}, 2000, emoji);
    CHECK(again.added == 0);
    CHECK(again.already_there == 12);
    store::PhotosRepo photos(*db);
    CHECK(photos.Count() == 12);
    const auto today = photos.OfDay(s.class_id, "2026-11-25");  // re-dated to the new day
    REQUIRE(today.size() == 12);
    const media::RgbaImage thumb = media::LoadImageFile((dir / today[0].thumb_file).string());
    CHECK(thumb.width == media::kPhotoThumbWidth);
    CHECK(thumb.height == media::kPhotoThumbHeight);
    std::filesystem::remove_all(dir);
}
