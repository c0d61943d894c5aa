#include "services/teacher_code.h"

#include "services/sealing.h"
#include "store/classes_repo.h"
#include "store/teacher_code_repo.h"
#include "store/transaction.h"

#include <sodium.h>

#include <algorithm>
#include <stdexcept>

namespace kd {
namespace {

constexpr auto kOps = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr auto kMem = crypto_pwhash_MEMLIMIT_INTERACTIVE;

std::string Hash(const std::string& code) {
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, code.data(), code.size(), kOps, kMem) != 0)
        throw std::runtime_error("not enough memory to hash the code");
    return out;
}

bool Matches(const std::string& hash, const std::string& code) {
    return crypto_pwhash_str_verify(hash.c_str(), code.data(), code.size()) == 0;
}

}  // namespace

std::int64_t TeacherCode::WaitAfter(int failures) {
    if (failures < 4) return 0;
    if (failures >= 8) return 3600;
    return 30LL << (failures - 4);  // 30, 60, 120, 240 s
}

bool TeacherCode::IsSet() { return store::TeacherCodeRepo(m_db).IsSet(); }

void TeacherCode::Set(const std::string& new_code, const std::string& current_code) {
    if (sodium_init() < 0) throw std::runtime_error("libsodium could not start");
    if (new_code.size() < kMinCodeLength)
        throw std::invalid_argument("the code needs at least " + std::to_string(kMinCodeLength) + " characters");
    store::Transaction tx(m_db);
    if (IsSet()) {
        const std::string hash = store::TeacherCodeRepo(m_db).Get().value().hash;
        if (!Matches(hash, current_code)) throw std::invalid_argument("the current code is not right");
        RewrapClassKeys(m_db, current_code, new_code);
    } else {
        // Keys made before there was a code (concerns already sealed to them) are now wrapped for it.
        AdoptPendingClassKeys(m_db, new_code);
    }
    store::TeacherCodeRepo(m_db).SetHash(Hash(new_code));
    // Every class gets its key pair, wrapped for this code.
    for (const ClassInfo& c : store::ClassesRepo(m_db).All()) EnsureClassKeys(m_db, c.id, new_code);
    tx.Commit();
}

LoginResult TeacherCode::Login(const std::string& code) {
    if (sodium_init() < 0) throw std::runtime_error("libsodium could not start");
    LoginResult r;
    store::TeacherCodeRepo repo(m_db);
    const std::optional<store::StoredTeacherCode> stored = repo.Get();
    if (!stored) {
        r.outcome = LoginOutcome::NoCode;
        return r;
    }
    const std::string hash = stored->hash;
    const int failures = stored->failures;
    const std::int64_t last = stored->last_failure_at;
    const std::int64_t now = m_clock.UnixSeconds();
    const std::int64_t wait = WaitAfter(failures);
    // A clock set back must not free a locked kiosk: only time actually passed counts.
    if (wait > 0 && (now < last || now - last < wait)) {
        r.outcome = LoginOutcome::Wait;
        r.wait_seconds = now < last ? wait : wait - (now - last);
        r.failures = failures;
        return r;
    }
    // Count the try as failed first, committed: a plug pulled during the check does not undo it.
    repo.CountFailure(now);
    if (!Matches(hash, code)) {
        r.outcome = LoginOutcome::WrongCode;
        r.failures = failures + 1;
        r.wait_seconds = WaitAfter(r.failures);
        return r;
    }
    // Stronger parameters since the hash was made: hash again now that we have the code.
    std::optional<std::string> rehash;
    if (crypto_pwhash_str_needs_rehash(hash.c_str(), kOps, kMem) != 0) rehash = Hash(code);
    repo.ClearFailures(rehash);
    r.outcome = LoginOutcome::Ok;
    return r;
}

}  // namespace kd
