#include "services/teacher_code.h"

#include "services/class_keys.h"
#include "store/classes_repo.h"
#include "store/teacher_code_repo.h"
#include "store/transaction.h"

#include <sodium.h>

#include <algorithm>
#include <cstdio>
#include <stdexcept>
#include <vector>

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

// One character of a code as a person would recognise it in a message.
// Returns how many bytes it took (a UTF-8 sequence is named whole).
size_t NameCharacter(std::string_view s, size_t at, std::string& name) {
    const auto b = static_cast<unsigned char>(s[at]);
    char buf[32];
    if (b == ' ') name = "a space";
    else if (b == '\t') name = "a tab";
    else if (b == '\'') name = "\"'\"";
    else if (b < 0x20 || b == 0x7f) {
        std::snprintf(buf, sizeof buf, "U+%04X", b);
        name = buf;
    } else if (b < 0x80) name = std::string("'") + static_cast<char>(b) + "'";
    else {
        // UTF-8: the lead byte says how many continuation bytes follow.
        const size_t len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
        bool whole = len > 0 && at + len <= s.size();
        char32_t cp = len == 2 ? b & 0x1f : len == 3 ? b & 0x0f : b & 0x07;
        for (size_t i = 1; whole && i < len; ++i) {
            const auto c = static_cast<unsigned char>(s[at + i]);
            whole = (c & 0xc0) == 0x80;
            cp = (cp << 6) | (c & 0x3f);
        }
        if (!whole) {
            std::snprintf(buf, sizeof buf, "the byte 0x%02X", b);
            name = buf;
            return 1;
        }
        std::snprintf(buf, sizeof buf, " (U+%04X)", static_cast<unsigned>(cp));
        name = "'" + std::string(s.substr(at, len)) + "'" + buf;
        return len;
    }
    return 1;
}

}  // namespace

std::string CodeAlphabetProblem(std::string_view code) {
    std::vector<std::string> names;
    for (size_t at = 0; at < code.size();) {
        if (CodeCharacterAllowed(code[at])) {
            ++at;
            continue;
        }
        std::string name;
        at += NameCharacter(code, at, name);
        if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
    }
    if (names.empty()) return {};
    std::string list;
    for (size_t i = 0; i < names.size(); ++i) {
        if (i > 0) list += i + 1 == names.size() ? " and " : ", ";
        list += names[i];
    }
    return "the code may only hold the digits 0-9 and the small letters a-z; " + list +
           " cannot be typed on the kiosk";
}

std::int64_t TeacherCode::WaitAfter(int failures) {
    if (failures < 4) return 0;
    if (failures >= 8) return 3600;
    return 30LL << (failures - 4);  // 30, 60, 120, 240 s
}

bool TeacherCode::IsSet() { return store::TeacherCodeRepo(m_db).IsSet(); }

void TeacherCode::Set(const std::string& new_code, const std::string& current_code) {
    if (sodium_init() < 0) throw std::runtime_error("libsodium could not start");
    // What the door's keyboard cannot type first: the lengths below then count characters, not bytes.
    if (const std::string problem = CodeAlphabetProblem(new_code); !problem.empty())
        throw std::invalid_argument(problem);
    if (new_code.size() < kMinCodeLength)
        throw std::invalid_argument("the code needs at least " + std::to_string(kMinCodeLength) + " characters");
    if (new_code.size() > kMaxCodeLength)
        throw std::invalid_argument("the code may have at most " + std::to_string(kMaxCodeLength) + " characters");
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
