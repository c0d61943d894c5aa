#include "cli/teacher_unlock.h"

#include "domain/clock.h"
#include "services/teacher_code.h"
#include "store/classes_repo.h"

#include <sodium.h>

#include <cstdio>
#include <iostream>
#include <stdexcept>
#include <string>

namespace kd::cli {

std::optional<ClassKeys> UnlockFromStdin(SQLite::Database& db) {
    std::string code;
    if (!std::getline(std::cin, code)) throw std::invalid_argument("no teacher code on standard input");
    if (!code.empty() && code.back() == '\r') code.pop_back();
    const SystemClock clock;
    const LoginResult r = TeacherCode(db, clock).Login(code);
    if (r.outcome != LoginOutcome::Ok) {
        sodium_memzero(code.data(), code.size());
        if (r.outcome == LoginOutcome::NoCode)
            std::fprintf(stderr, "klasdeur: no teacher code is set yet (klasdeur set-code)\n");
        else if (r.outcome == LoginOutcome::Wait)
            std::fprintf(stderr, "klasdeur: too many wrong codes; try again in %lld seconds\n",
                         static_cast<long long>(r.wait_seconds));
        else
            std::fprintf(stderr, "klasdeur: that is not the teacher code\n");
        return std::nullopt;
    }
    AdoptPendingClassKeys(db, code);
    ClassKeys keys;
    for (const ClassInfo& c : store::ClassesRepo(db).All())
        if (auto k = UnlockedClassKey::Unlock(db, c.id, code)) keys[c.id] = std::move(k);
    sodium_memzero(code.data(), code.size());
    return keys;
}

}  // namespace kd::cli
