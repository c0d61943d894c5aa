#include "cli/commands.h"
#include "domain/clock.h"
#include "services/kiosk_database.h"
#include "services/paths.h"
#include "services/teacher_code.h"
#include "store/database.h"

#include <SQLiteCpp/Database.h>

#include <cstdio>
#include <iostream>
#include <stdexcept>
#include <string>

namespace kd::cli {

// The code comes on standard input, never on the command line (where `ps` and
// shell history would show it).
int SetCode(const std::filesystem::path& data_dir) {
    PrepareDataDir(data_dir);
    auto db = OpenKioskDatabase(DatabaseFile(data_dir));
    const SystemClock clock;
    TeacherCode code(*db, clock);
    auto line = [](const char* what) {
        std::string s;
        if (!std::getline(std::cin, s)) throw std::invalid_argument(std::string("no ") + what + " on standard input");
        if (!s.empty() && s.back() == '\r') s.pop_back();
        return s;
    };
    std::string current;
    if (code.IsSet()) current = line("current code");
    const std::string fresh = line("new code");
    try {
        code.Set(fresh, current);
    } catch (const std::invalid_argument& e) {
        std::fprintf(stderr, "klasdeur: the code was not changed: %s\n", e.what());
        return 1;
    }
    std::printf("The teacher code is set. Keep it safe: what parents wrote is sealed with it, and a forgotten "
                "code cannot be recovered - those messages are then lost.\n");
    return 0;
}

}  // namespace kd::cli
