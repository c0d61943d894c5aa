#pragma once
// The one way to make several statements one change, all or nothing.
//
// On its own it is a BEGIN IMMEDIATE transaction: the write lock up front, so
// a kiosk writing at the same time makes us wait for the busy timeout instead
// of failing halfway. Inside a transaction that is already open (teacher mode
// saves a child's name, symbol and consent as one) it joins it as a savepoint:
// its own part is undone on failure, and the caller's transaction decides what
// is committed. Destroyed without Commit() (an exception): rolled back.
namespace SQLite { class Database; }

namespace kd::store {

class Transaction {
public:
    explicit Transaction(SQLite::Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // COMMIT, or the savepoint's RELEASE when joined. Throws if SQLite refuses
    // (a full disk at commit); the destructor then rolls back what is left.
    void Commit();
    // Whether this joined a transaction that was already open.
    bool Joined() const { return m_joined; }

private:
    SQLite::Database& m_db;
    bool m_joined;
    bool m_done = false;
};

}  // namespace kd::store
