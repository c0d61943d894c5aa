// A crash loop is counted and told, a clean exit or an hour's calm is not; and the data
// directory stays the kiosk user's.
#include "services/crash_loop.h"
#include "services/kiosk_database.h"
#include "services/paths.h"
#include "store/database.h"
#include "store/notices_repo.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <unistd.h>

using namespace kd;
namespace fs = std::filesystem;

TEST_CASE("start guard: unclean ends in a row are counted; a clean exit or a stable hour resets", "[faults]") {
    const fs::path dir = fs::temp_directory_path() / ("klasdeur-guard-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    {
        CrashLoopDetector g(dir);
        CHECK(g.UncleanInARow() == 0);
        g.MarkClosed();
    }
    CHECK_FALSE(fs::exists(dir / "klasdeur.running"));
    std::vector<int> seen;
    std::vector<bool> notice;
    for (int i = 0; i < 11; ++i) {  // started and killed, eleven times
        CrashLoopDetector g(dir);
        seen.push_back(g.UncleanInARow());
        notice.push_back(g.WorthANotice());
    }
    CHECK(seen == std::vector<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
    CHECK(notice == std::vector<bool>{false, false, false, true, false, false, false, false, false, false, true});
    {
        CrashLoopDetector g(dir);
        CHECK(g.UncleanInARow() == 11);
        g.MarkStable();  // ran an hour: whatever ends it next is not part of a loop
    }
    CHECK(CrashLoopDetector(dir).UncleanInARow() == 1);
    // A torn file (a power cut while writing it) still counts as one unclean end.
    std::ofstream(dir / "klasdeur.running", std::ios::trunc) << "garbage";
    CHECK(CrashLoopDetector(dir).UncleanInARow() == 1);

    auto db = OpenKioskMemoryDatabase();
    RecordRestartNotice(*db, 3, 1795000000);
    const auto n = store::NoticesRepo(*db).Unseen();
    REQUIRE(n.size() == 1);
    CHECK(n[0].kind == "restarts");
    CHECK(n[0].detail == "count=3\n");
    fs::remove_all(dir);
}

TEST_CASE("root is kept out of the kiosk user's data directory, with the command to use instead", "[faults]") {
    if (::geteuid() != 0) return;  // only root can make a directory someone else's
    const fs::path dir = fs::temp_directory_path() / ("klasdeur-owned-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    REQUIRE(::chown(dir.c_str(), 65534, 65534) == 0);  // nobody
    CHECK_THROWS_WITH(PrepareDataDir(dir), Catch::Contains("sudo -u ") && Catch::Contains("belongs to the user"));
    REQUIRE(::chown(dir.c_str(), 0, 0) == 0);
    CHECK_NOTHROW(PrepareDataDir(dir));
    fs::remove_all(dir);
}
