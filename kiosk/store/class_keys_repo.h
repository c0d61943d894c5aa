#pragma once
// Each class's key pair as stored: the public key in the clear, the secret key
// only wrapped. Making, wrapping and opening them is services/class_keys.h's.
#include "domain/records.h"

#include <optional>
#include <vector>

namespace SQLite { class Database; }

namespace kd::store {

struct ClassKeys {
    Id class_id = 0;
    std::vector<unsigned char> public_key;      // crypto_box
    std::vector<unsigned char> wrapped_secret;  // crypto_secretbox of the secret key
    std::vector<unsigned char> salt;            // of the key derived from the teacher code
    std::vector<unsigned char> nonce;
    bool pending = false;                       // wrapped for the empty code (no teacher code yet)
};

class ClassKeysRepo {
public:
    explicit ClassKeysRepo(SQLite::Database& db) : m_db(db) {}

    // Stores the class's keys, replacing any it had.
    void Put(const ClassKeys& k);
    bool Has(Id class_id);
    std::optional<ClassKeys> Find(Id class_id);
    std::optional<std::vector<unsigned char>> PublicKey(Id class_id);
    std::vector<ClassKeys> All();
    std::vector<ClassKeys> Pending();
    int CountPending();

private:
    SQLite::Database& m_db;
};

}  // namespace kd::store
