// Database benchmarks (not part of ctest): committing one concern with
// synchronous=FULL on the real file system (sealed to the class key, as the
// kiosk does), and the teacher's inbox over a school year of concerns: the query
// alone, and the query with every row opened (crypto_box_seal_open). Prints medians and percentiles in milliseconds.
//
//   klasdeur_db_bench [DIR]   (default: a fresh directory under /tmp)
#include "domain/clock.h"
#include "services/demo_school.h"
#include "services/kiosk_database.h"
#include "services/sealed_concerns.h"
#include "services/teacher_code.h"
#include "store/concerns_repo.h"
#include "store/database.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <unistd.h>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double Ms(Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

void Report(const char* what, std::vector<double> v) {
    std::sort(v.begin(), v.end());
    auto pct = [&](double p) { return v[static_cast<size_t>(p * (v.size() - 1))]; };
    std::printf("| %s | median %.3f ms, p90 %.3f ms, p99 %.3f ms (n=%zu) |\n", what, pct(0.5), pct(0.9), pct(0.99),
                v.size());
}

kd::Concern Sample(kd::Id class_id, kd::Id child, int i, std::int64_t at) {
    kd::Concern c;
    c.submission_id = "bench-" + std::to_string(i) + "-" + std::to_string(at);
    c.class_id = class_id;
    c.child_id = child;
    c.topics = {"hurt", "question"};
    c.feeling = 1 + i % 5;
    c.wish = "talk_today";
    c.lang = "nl";
    c.kiosk_id = "bench";
    c.created_at = at;
    return c;
}

}  // namespace

int main(int argc, char** argv) {
    namespace fs = std::filesystem;
    const fs::path dir = argc > 1 ? fs::path(argv[1]) : fs::temp_directory_path() / ("klasdeur-dbbench-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    auto db = kd::OpenKioskDatabase(dir / "klasdeur.db");
    const kd::DemoSummary s = kd::SeedDemoSchool(*db, kd::CivilDate{2026, 11, 24});
    const kd::Id child = db->execAndGet("SELECT min(id) FROM children").getInt64();
    kd::store::ConcernsRepo repo(*db);

    // One concern per commit, as a parent sends it.
    std::vector<double> commits;
    const std::int64_t now = 1795000000;
    for (int i = 0; i < 300; ++i) {
        const auto t0 = Clock::now();
        kd::CommitConcern(*db, Sample(s.class_id, child, i, now + i));
        commits.push_back(Ms(Clock::now() - t0));
    }
    Report("commit one concern (WAL, synchronous=FULL)", commits);

    // A school year: 50,000 concerns over 200 school days, then "today's inbox".
    {
        SQLite::Transaction tx(*db);
        for (int i = 0; i < 50000; ++i)
            kd::CommitConcern(*db, Sample(s.class_id, child, 1000 + i, now - 86400LL * 200 + i * 345));
        tx.commit();
    }
    std::vector<double> inbox;
    size_t found = 0;
    for (int i = 0; i < 200; ++i) {
        const auto t0 = Clock::now();
        const auto today = repo.OfClass(s.class_id, now - 86400, now + 86400);
        inbox.push_back(Ms(Clock::now() - t0));
        found = today.size();
    }
    Report(("inbox query of one day over 50,300 concerns (" + std::to_string(found) + " rows)").c_str(), inbox);

    const kd::ManualClock clock(now);
    kd::TeacherCode(*db, clock).Set("benchcode1");
    const auto key = kd::UnlockedClassKey::Unlock(*db, s.class_id, "benchcode1");
    std::vector<double> opened;
    for (int i = 0; i < 200; ++i) {
        const auto t0 = Clock::now();
        const auto today = kd::OpenConcerns(*db, *key, s.class_id, now - 86400, now + 86400);
        opened.push_back(Ms(Clock::now() - t0));
        found = today.size();
    }
    Report(("inbox of one day, opened (" + std::to_string(found) + " rows)").c_str(), opened);
    std::vector<double> week;
    for (int i = 0; i < 20; ++i) {
        const auto t0 = Clock::now();
        const auto rows = kd::OpenConcerns(*db, *key, s.class_id, now - 7 * 86400, now + 86400);
        week.push_back(Ms(Clock::now() - t0));
        found = rows.size();
    }
    Report(("a week, opened (" + std::to_string(found) + " rows)").c_str(), week);
    fs::remove_all(dir);
    return 0;
}
