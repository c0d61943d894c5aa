#include "store/class_keys_repo.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <string>

namespace kd::store {
namespace {

constexpr const char* kColumns = "SELECT class_id, public_key, wrapped_secret, salt, nonce, pending FROM class_keys ";

std::vector<unsigned char> Blob(const SQLite::Column& c) {
    const auto* p = static_cast<const unsigned char*>(c.getBlob());
    return std::vector<unsigned char>(p, p + c.getBytes());
}

void BindBlob(SQLite::Statement& q, int index, const std::vector<unsigned char>& b) {
    q.bind(index, b.data(), static_cast<int>(b.size()));
}

std::vector<ClassKeys> ReadAll(SQLite::Statement& q) {
    std::vector<ClassKeys> out;
    while (q.executeStep())
        out.push_back(ClassKeys{q.getColumn(0).getInt64(), Blob(q.getColumn(1)), Blob(q.getColumn(2)),
                                Blob(q.getColumn(3)), Blob(q.getColumn(4)), q.getColumn(5).getInt() != 0});
    return out;
}

}  // namespace

void ClassKeysRepo::Put(const ClassKeys& k) {
    SQLite::Statement q(m_db, "INSERT INTO class_keys(class_id, public_key, wrapped_secret, salt, nonce, pending) "
                              "VALUES(?,?,?,?,?,?) ON CONFLICT(class_id) DO UPDATE SET public_key = excluded.public_key, "
                              "wrapped_secret = excluded.wrapped_secret, salt = excluded.salt, nonce = excluded.nonce, "
                              "pending = excluded.pending");
    q.bind(1, k.class_id);
    BindBlob(q, 2, k.public_key);
    BindBlob(q, 3, k.wrapped_secret);
    BindBlob(q, 4, k.salt);
    BindBlob(q, 5, k.nonce);
    q.bind(6, k.pending ? 1 : 0);
    q.exec();
}

bool ClassKeysRepo::Has(Id class_id) {
    SQLite::Statement q(m_db, "SELECT 1 FROM class_keys WHERE class_id = ?");
    q.bind(1, class_id);
    return q.executeStep();
}

std::optional<ClassKeys> ClassKeysRepo::Find(Id class_id) {
    SQLite::Statement q(m_db, std::string(kColumns) + "WHERE class_id = ?");
    q.bind(1, class_id);
    auto found = ReadAll(q);
    if (found.empty()) return std::nullopt;
    return std::move(found.front());
}

std::optional<std::vector<unsigned char>> ClassKeysRepo::PublicKey(Id class_id) {
    SQLite::Statement q(m_db, "SELECT public_key FROM class_keys WHERE class_id = ?");
    q.bind(1, class_id);
    if (!q.executeStep()) return std::nullopt;
    return Blob(q.getColumn(0));
}

std::vector<ClassKeys> ClassKeysRepo::All() {
    SQLite::Statement q(m_db, kColumns);
    return ReadAll(q);
}

std::vector<ClassKeys> ClassKeysRepo::Pending() {
    SQLite::Statement q(m_db, std::string(kColumns) + "WHERE pending = 1");
    return ReadAll(q);
}

int ClassKeysRepo::CountPending() {
    return m_db.execAndGet("SELECT count(*) FROM class_keys WHERE pending = 1").getInt();
}

}  // namespace kd::store
