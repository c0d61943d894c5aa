// Sends concerns through the real controller and store as fast as it can, and
// prints "concern-confirmed <id>" after each commit, exactly as the kiosk logs
// before drawing its check mark. The crash test kills it with SIGKILL at random
// moments and then holds every printed id against the database.
//
//   klasdeur_concern_writer DATA_DIR ROUNDS
#include "app/kiosk_controller.h"
#include "domain/clock.h"
#include "domain/settings.h"
#include "i18n/dates.h"
#include "services/demo_school.h"
#include "services/kiosk_database.h"
#include "services/paths.h"
#include "services/settings_store.h"
#include "store/database.h"

#include <SQLiteCpp/Database.h>

#include <cstdio>
#include <cstdlib>
#include <string>

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s DATA_DIR ROUNDS\n", argv[0]);
        return 2;
    }
    using namespace kd;
    const std::filesystem::path dir = argv[1];
    const int rounds = std::atoi(argv[2]);
    PrepareDataDir(dir);
    auto db = OpenKioskDatabase(DatabaseFile(dir));
    SystemClock clock;
    const Settings settings = LoadSettings(*db, nullptr);
    if (db->execAndGet("SELECT count(*) FROM children").getInt() == 0)
        SeedDemoSchool(*db, i18n::LocalDate(clock.UnixSeconds(), settings.time_zone));

    KioskController k(*db, clock, settings);
    k.SetConfirmedListener([](const Concern& c) {
        std::printf("concern-confirmed %s\n", c.submission_id.c_str());
        std::fflush(stdout);
    });
    static const char* kTopics[] = {"sick", "hurt", "sad", "eating", "sleeping", "toilet", "clothes", "bag",
                                    "friends", "speaking", "home_news", "medicine", "pickup", "absent", "question", "nice"};
    static const char* kWishes[] = {"talk_today", "call_me", "private_talk", "no_answer"};
    const auto& children = k.Data().children;
    for (int i = 0; i < rounds; ++i) {
        k.Dispatch(intent::Navigate{Screen::TellChild});
        if (children.empty() || i % 7 == 0) k.Dispatch(intent::PickWholeClass{});
        else k.Dispatch(intent::PickChild{children[i % children.size()].id});
        k.Dispatch(intent::PickTopic{kTopics[i % 16]});
        if (k.State().screen == Screen::TellFeeling) k.Dispatch(intent::PickFeeling{1 + i % 5});
        if (i % 3 == 0) {
            k.Dispatch(intent::AnotherTopic{});
            k.Dispatch(intent::PickTopic{kTopics[(i + 5) % 16]});
            if (k.State().screen == Screen::TellFeeling) k.Dispatch(intent::PickFeeling{1 + i % 5});
        }
        if (i % 4 == 1) k.Dispatch(intent::ToggleInterpreter{});
        k.Dispatch(intent::PickWish{kWishes[i % 4]});  // the wish sends
        if (k.State().screen != Screen::TellDone) {
            std::fprintf(stderr, "round %d: not sent: %s\n", i, k.LastSendError().c_str());
            return 1;
        }
        k.Dispatch(intent::GoHome{});
    }
    return 0;
}
