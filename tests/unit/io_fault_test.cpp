// I/O errors and a full disk at every write of a parent's Send, through a VFS
// that fails the Nth write, truncate or sync (support/faulty_vfs.h), the way
// SQLite tests itself. Whatever fails: the parent sees "not sent" with the
// draft kept, or the check mark for a row that is really on disk; a retry
// after the fault is one row, never two; the file stays sound.
#include "app/kiosk_controller.h"
#include "services/demo_school.h"
#include "services/kiosk_database.h"
#include "services/paths.h"
#include "store/concerns_repo.h"
#include "store/database.h"
#include "support/faulty_vfs.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>

#include <filesystem>
#include <unistd.h>

using namespace kd;
namespace fs = std::filesystem;

namespace {

constexpr std::int64_t kTuesday = 20781LL * 86400 + 10 * 3600;

struct Outcome {
    bool fired = false;      // the fault happened during Send
    bool shown_done = false; // the parent saw the check mark at the first try
    int rows = 0;            // rows after the retry, read back through the default VFS
    std::string integrity;
};

// One Send with the fault armed at write number `n`, then a retry with the disk healthy again.
Outcome SendWithFault(const fs::path& dir, int n, test::Fault f) {
    fs::remove_all(dir);
    fs::create_directories(dir);
    const fs::path file = DatabaseFile(dir);
    {
        auto db = OpenKioskDatabase(file);
        SeedDemoSchool(*db, CivilDate{2026, 11, 24});
    }
    Outcome o;
    std::string submission;
    {
        auto db = OpenKioskDatabase(file, test::FaultyVfs());
        ManualClock clock{kTuesday};
        KioskController k(*db, clock, Settings{});
        std::vector<std::string> confirmed;
        k.SetConfirmedListener([&](const Concern& c) { confirmed.push_back(c.submission_id); });
        k.Dispatch(intent::Navigate{Screen::TellChild});
        k.Dispatch(intent::PickChild{k.Data().children.front().id});
        k.Dispatch(intent::PickTopic{"sick"});
        k.Dispatch(intent::PickFeeling{4});
        test::ArmFault(n, f);
        k.Dispatch(intent::PickWish{"call_me"});  // the wish sends
        test::DisarmFault();
        o.fired = test::FaultFired();
        o.shown_done = k.State().screen == Screen::TellDone;
        if (!o.shown_done) {
            // "Not sent": the picture that says so, and everything the parent picked still there.
            REQUIRE(k.State().screen == Screen::TellFailed);
            REQUIRE(k.State().draft.Complete());
            REQUIRE(confirmed.empty());
            submission = k.State().draft.submission_id;
            k.Dispatch(intent::Send{});  // the parent taps "try again" once the disk is fine
            REQUIRE(k.State().screen == Screen::TellDone);
        }
        REQUIRE(confirmed.size() == 1);
        if (!submission.empty()) REQUIRE(confirmed[0] == submission);
    }
    auto db = OpenKioskDatabase(file);
    o.rows = store::ConcernsRepo(*db).Count();
    o.integrity = store::IntegrityCheck(*db);
    return o;
}

}  // namespace

TEST_CASE("I/O errors and a full disk at each write of a Send: not sent or on disk, never lost, never twice",
          "[faults]") {
    const fs::path dir = fs::temp_directory_path() / ("klasdeur-iofault-" + std::to_string(::getpid()));
    for (const test::Fault f : {test::Fault::Io, test::Fault::Full}) {
        int failures_seen = 0, n = 0;
        for (;; ++n) {
            const Outcome o = SendWithFault(dir, n, f);
            INFO("fault " << (f == test::Fault::Io ? "EIO" : "ENOSPC") << " at write " << n);
            CHECK(o.integrity == "ok");
            CHECK(o.rows == 1);  // the first try or the retry, exactly once
            if (!o.fired) break;  // past the last write of a Send: every point was tried
            if (!o.shown_done) ++failures_seen;
            REQUIRE(n < 200);
        }
        // A Send writes the WAL and syncs it: some points must have failed it.
        CHECK(n >= 2);
        CHECK(failures_seen >= 1);
        WARN((f == test::Fault::Io ? "EIO" : "ENOSPC") << ": " << n << " fault points in one Send, " << failures_seen
                                                       << " shown as not sent, none lost");
    }
    fs::remove_all(dir);
}
