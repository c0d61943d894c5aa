#include "services/class_keys.h"

#include "store/class_keys_repo.h"

#include <sodium.h>

#include <stdexcept>

namespace kd {
namespace {

void Init() {
    if (sodium_init() < 0) throw std::runtime_error("libsodium could not start");
}

// The wrapping key from the code: Argon2id, interactive limits (a kiosk has ~1 GiB).
bool DeriveKey(const std::string& code, const Bytes& salt, unsigned char key[crypto_secretbox_KEYBYTES]) {
    // The empty code wraps pending keys (no teacher code yet): they are as good as
    // plain, so no Argon2 cost is spent on them (never a real code: those have 8+ characters).
    if (code.empty()) {
        sodium_memzero(key, crypto_secretbox_KEYBYTES);
        return true;
    }
    return crypto_pwhash(key, crypto_secretbox_KEYBYTES, code.data(), code.size(), salt.data(),
                         crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                         crypto_pwhash_ALG_ARGON2ID13) == 0;
}

struct Wrapped {
    Bytes salt, nonce, box;
};

Wrapped Wrap(const unsigned char* secret, const std::string& code) {
    Wrapped w;
    w.salt.resize(crypto_pwhash_SALTBYTES);
    w.nonce.resize(crypto_secretbox_NONCEBYTES);
    randombytes_buf(w.salt.data(), w.salt.size());
    randombytes_buf(w.nonce.data(), w.nonce.size());
    unsigned char key[crypto_secretbox_KEYBYTES];
    if (!DeriveKey(code, w.salt, key)) throw std::runtime_error("not enough memory to derive the key");
    w.box.resize(crypto_box_SECRETKEYBYTES + crypto_secretbox_MACBYTES);
    crypto_secretbox_easy(w.box.data(), secret, crypto_box_SECRETKEYBYTES, w.nonce.data(), key);
    sodium_memzero(key, sizeof key);
    return w;
}

// Unwraps into `secret` (crypto_box_SECRETKEYBYTES); false for a wrong code.
bool Unwrap(const Wrapped& w, const std::string& code, unsigned char* secret) {
    unsigned char key[crypto_secretbox_KEYBYTES];
    if (w.salt.size() != crypto_pwhash_SALTBYTES || w.nonce.size() != crypto_secretbox_NONCEBYTES ||
        w.box.size() != crypto_box_SECRETKEYBYTES + crypto_secretbox_MACBYTES || !DeriveKey(code, w.salt, key))
        return false;
    const bool ok = crypto_secretbox_open_easy(secret, w.box.data(), w.box.size(), w.nonce.data(), key) == 0;
    sodium_memzero(key, sizeof key);
    return ok;
}

void Store(SQLite::Database& db, Id class_id, const Bytes& pub, const Wrapped& w, bool pending) {
    store::ClassKeysRepo(db).Put(store::ClassKeys{class_id, pub, w.box, w.salt, w.nonce, pending});
}

Wrapped WrappedOf(const store::ClassKeys& k) { return Wrapped{k.salt, k.nonce, k.wrapped_secret}; }

void MakeKeys(SQLite::Database& db, Id class_id, const std::string& code, bool pending) {
    Init();
    if (HasClassKeys(db, class_id)) return;
    Bytes pub(crypto_box_PUBLICKEYBYTES);
    unsigned char* secret = static_cast<unsigned char*>(sodium_malloc(crypto_box_SECRETKEYBYTES));
    if (!secret) throw std::runtime_error("cannot allocate locked memory for a key");
    crypto_box_keypair(pub.data(), secret);
    try {
        Store(db, class_id, pub, Wrap(secret, code), pending);
    } catch (...) {
        sodium_free(secret);
        throw;
    }
    sodium_free(secret);  // wipes it
}

// Re-wraps `rows` from their code (`old_code`, or the empty code for pending
// rows) to `new_code`. Throws when a row does not open.
void Rewrap(SQLite::Database& db, const std::vector<store::ClassKeys>& rows, const std::string& old_code,
            const std::string& new_code) {
    Init();
    unsigned char* secret = static_cast<unsigned char*>(sodium_malloc(crypto_box_SECRETKEYBYTES));
    if (!secret) throw std::runtime_error("cannot allocate locked memory for a key");
    for (const store::ClassKeys& r : rows) {
        if (!Unwrap(WrappedOf(r), r.pending ? std::string() : old_code, secret)) {
            sodium_free(secret);
            throw std::invalid_argument("the current code does not open the class keys");
        }
        Store(db, r.class_id, r.public_key, Wrap(secret, new_code), false);
    }
    sodium_free(secret);
}

}  // namespace

bool HasClassKeys(SQLite::Database& db, Id class_id) { return store::ClassKeysRepo(db).Has(class_id); }

void EnsureClassKeys(SQLite::Database& db, Id class_id, const std::string& code) {
    MakeKeys(db, class_id, code, false);
}

void EnsurePendingClassKeys(SQLite::Database& db, Id class_id) { MakeKeys(db, class_id, std::string(), true); }

void RewrapClassKeys(SQLite::Database& db, const std::string& old_code, const std::string& new_code) {
    Rewrap(db, store::ClassKeysRepo(db).All(), old_code, new_code);
}

int AdoptPendingClassKeys(SQLite::Database& db, const std::string& code) {
    store::ClassKeysRepo keys(db);
    const int n = keys.CountPending();
    if (n > 0) Rewrap(db, keys.Pending(), std::string(), code);
    return n;
}

Bytes SealForClass(SQLite::Database& db, Id class_id, const std::string& plain) {
    Init();
    const std::optional<Bytes> key = store::ClassKeysRepo(db).PublicKey(class_id);
    if (!key) throw std::runtime_error("the class has no key yet: set the teacher code first");
    const Bytes& pub = *key;
    if (pub.size() != crypto_box_PUBLICKEYBYTES) throw std::runtime_error("the class key is damaged");
    Bytes sealed(plain.size() + crypto_box_SEALBYTES);
    crypto_box_seal(sealed.data(), reinterpret_cast<const unsigned char*>(plain.data()), plain.size(), pub.data());
    return sealed;
}

std::unique_ptr<UnlockedClassKey> UnlockedClassKey::Unlock(SQLite::Database& db, Id class_id, const std::string& code) {
    Init();
    const std::optional<store::ClassKeys> stored = store::ClassKeysRepo(db).Find(class_id);
    if (!stored) return nullptr;
    std::unique_ptr<UnlockedClassKey> k(new UnlockedClassKey());
    k->m_public = stored->public_key;
    k->m_secret = static_cast<unsigned char*>(sodium_malloc(crypto_box_SECRETKEYBYTES));
    if (!k->m_secret || k->m_public.size() != crypto_box_PUBLICKEYBYTES) return nullptr;
    // A pending key (made before any code) opens with the empty code until it is adopted.
    const std::string wrap_code = stored->pending ? std::string() : code;
    if (!Unwrap(WrappedOf(*stored), wrap_code, k->m_secret)) return nullptr;
    return k;
}

UnlockedClassKey::~UnlockedClassKey() {
    if (m_secret) sodium_free(m_secret);
}

bool UnlockedClassKey::Open(const Bytes& sealed, std::string& plain) const {
    if (sealed.size() < crypto_box_SEALBYTES) return false;
    std::string out(sealed.size() - crypto_box_SEALBYTES, '\0');
    if (crypto_box_seal_open(reinterpret_cast<unsigned char*>(out.data()), sealed.data(), sealed.size(),
                             m_public.data(), m_secret) != 0)
        return false;
    plain = std::move(out);
    return true;
}

}  // namespace kd
