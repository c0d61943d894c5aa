#pragma once
// Concerns sealed at rest. Each class has a crypto_box key pair: the kiosk keeps
// the public key and seals with crypto_box_seal when a parent sends; the secret
// key is stored only wrapped (crypto_secretbox) by a key derived from the
// teacher code (Argon2id). Logging in unwraps it into locked memory for the
// session only, wiped when the session ends.
#include "domain/records.h"

#include <memory>
#include <string>
#include <vector>

namespace SQLite { class Database; }

namespace kd {

using Bytes = std::vector<unsigned char>;

// Makes a key pair for the class (if it has none), wrapped for `code`.
void EnsureClassKeys(SQLite::Database& db, Id class_id, const std::string& code);
// Before any teacher code exists, concerns are still sealed: the class gets a key
// pair wrapped for the empty code and marked pending. Such keys protect nothing
// until the first code (or the next login) adopts them (docs/SECURITY.md).
void EnsurePendingClassKeys(SQLite::Database& db, Id class_id);
// Wraps every pending key for `code`; returns how many. Run it after a good login.
int AdoptPendingClassKeys(SQLite::Database& db, const std::string& code);
// Re-wraps every class's secret key from the old code (the empty code for
// pending keys) to the new one. Run it in
// the caller's transaction (TeacherCode::Set), so a code change is all or nothing.
// Throws std::invalid_argument when the old code does not open them.
void RewrapClassKeys(SQLite::Database& db, const std::string& old_code, const std::string& new_code);
bool HasClassKeys(SQLite::Database& db, Id class_id);

// Seals `plain` to the class's public key; anyone can seal, only the code opens.
Bytes SealForClass(SQLite::Database& db, Id class_id, const std::string& plain);

// A class's secret key, unwrapped for a teacher session, in mlock'ed memory
// that is wiped when this is destroyed.
class UnlockedClassKey {
public:
    // Null when the code is wrong or the class has no keys.
    static std::unique_ptr<UnlockedClassKey> Unlock(SQLite::Database& db, Id class_id, const std::string& code);
    ~UnlockedClassKey();
    UnlockedClassKey(const UnlockedClassKey&) = delete;
    UnlockedClassKey& operator=(const UnlockedClassKey&) = delete;

    // The plain text, or false when the blob was not sealed to this class or was altered.
    bool Open(const Bytes& sealed, std::string& plain) const;

private:
    UnlockedClassKey() = default;
    unsigned char* m_secret = nullptr;  // sodium_malloc'ed: guarded, locked, wiped on free
    Bytes m_public;
};

}  // namespace kd
