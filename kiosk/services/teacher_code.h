#pragma once
// The teacher code: stored only as an Argon2id hash (libsodium
// crypto_pwhash_str), rehashed on login when the parameters grow. Wrong codes
// cost growing waits and then a lockout; each failure is committed before the
// code is checked, so pulling the plug does not reset the count.
#include "domain/clock.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace SQLite { class Database; }

namespace kd {

inline constexpr size_t kMinCodeLength = 8;
inline constexpr size_t kMaxCodeLength = 64;  // the code screen takes no more

// Everything a code may hold: what the kiosk's on-screen keyboard can type
// (screens/teacher_login.cpp draws exactly these keys). A code with anything
// else could be set but never typed at the door.
inline constexpr std::string_view kCodeAlphabet = "0123456789abcdefghijklmnopqrstuvwxyz";
constexpr bool CodeCharacterAllowed(char c) { return kCodeAlphabet.find(c) != std::string_view::npos; }
// Empty when every character of `code` is allowed; else a sentence naming the
// ones that are not (each once, UTF-8 sequences whole), for error messages.
std::string CodeAlphabetProblem(std::string_view code);

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
    // or too long, holds a character the kiosk's keyboard lacks (CodeAlphabetProblem),
    // or for a wrong current code. Re-wraps every class key for the new code.
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
