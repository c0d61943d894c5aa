#pragma once
// The teacher code: stored only as an Argon2id hash (libsodium
// crypto_pwhash_str), rehashed on login when the parameters grow. Wrong codes
// cost growing waits and then a lockout; each failure is committed before the
// code is checked, so pulling the plug does not reset the count.
#include "domain/clock.h"

#include <cstdint>
#include <string>

namespace SQLite { class Database; }

namespace kd {

inline constexpr size_t kMinCodeLength = 8;

enum class LoginOutcome {
    Ok,
    WrongCode,
    Wait,      // too soon after the last wrong code: wait `wait_seconds`
    NoCode,    // no code set yet: set one first
};

struct LoginResult {
    LoginOutcome outcome = LoginOutcome::WrongCode;
    std::int64_t wait_seconds = 0;  // for Wait, and after a WrongCode: before the next try
    int failures = 0;
};

class TeacherCode {
public:
    TeacherCode(SQLite::Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

    bool IsSet();
    // Sets the first code, or changes it (the current code is needed then).
    // Throws std::invalid_argument with a sentence for a code that is too short
    // or a wrong current code. Re-wraps every class key for the new code.
    void Set(const std::string& new_code, const std::string& current_code = {});
    LoginResult Login(const std::string& code);

    // Seconds to wait after `failures` wrong codes in a row: none for the first
    // three, then 30 s doubling, and an hour from the eighth (the lockout).
    static std::int64_t WaitAfter(int failures);

private:
    SQLite::Database& m_db;
    const Clock& m_clock;
};

}  // namespace kd
