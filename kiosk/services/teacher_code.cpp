#include "services/teacher_code.h"

#include "services/sealing.h"
#include "store/transaction.h"

#include <SQLiteCpp/SQLiteCpp.h>
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

bool TeacherCode::IsSet() { return m_db.execAndGet("SELECT count(*) FROM teacher_code").getInt() > 0; }

void TeacherCode::Set(const std::string& new_code, const std::string& current_code) {
    if (sodium_init() < 0) throw std::runtime_error("libsodium could not start");
    if (new_code.size() < kMinCodeLength)
        throw std::invalid_argument("the code needs at least " + std::to_string(kMinCodeLength) + " characters");
    store::Transaction tx(m_db);
    if (IsSet()) {
        const std::string hash = m_db.execAndGet("SELECT code_hash FROM teacher_code WHERE id = 1").getString();
        if (!Matches(hash, current_code)) throw std::invalid_argument("the current code is not right");
        RewrapClassKeys(m_db, current_code, new_code);
    } else {
        // Keys made before there was a code (concerns already sealed to them) are now wrapped for it.
        AdoptPendingClassKeys(m_db, new_code);
    }
    SQLite::Statement q(m_db, "INSERT INTO teacher_code(id, code_hash, failures, last_failure_at) VALUES(1, ?, 0, 0) "
                              "ON CONFLICT(id) DO UPDATE SET code_hash = excluded.code_hash, failures = 0");
    q.bind(1, Hash(new_code));
    q.exec();
    // Every class gets its key pair, wrapped for this code.
    SQLite::Statement classes(m_db, "SELECT id FROM classes");
    while (classes.executeStep()) EnsureClassKeys(m_db, classes.getColumn(0).getInt64(), new_code);
    tx.Commit();
}

LoginResult TeacherCode::Login(const std::string& code) {
    if (sodium_init() < 0) throw std::runtime_error("libsodium could not start");
    LoginResult r;
    SQLite::Statement q(m_db, "SELECT code_hash, failures, last_failure_at FROM teacher_code WHERE id = 1");
    if (!q.executeStep()) {
        r.outcome = LoginOutcome::NoCode;
        return r;
    }
    const std::string hash = q.getColumn(0).getString();
    const int failures = q.getColumn(1).getInt();
    const std::int64_t last = q.getColumn(2).getInt64();
    q.reset();
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
    {
        SQLite::Statement f(m_db, "UPDATE teacher_code SET failures = failures + 1, last_failure_at = ? WHERE id = 1");
        f.bind(1, now);
        f.exec();
    }
    if (!Matches(hash, code)) {
        r.outcome = LoginOutcome::WrongCode;
        r.failures = failures + 1;
        r.wait_seconds = WaitAfter(r.failures);
        return r;
    }
    SQLite::Statement ok(m_db, "UPDATE teacher_code SET failures = 0, code_hash = coalesce(?, code_hash) WHERE id = 1");
    // Stronger parameters since the hash was made: hash again now that we have the code.
    if (crypto_pwhash_str_needs_rehash(hash.c_str(), kOps, kMem) != 0) ok.bind(1, Hash(code));
    else ok.bind(1);
    ok.exec();
    r.outcome = LoginOutcome::Ok;
    return r;
}

}  // namespace kd
