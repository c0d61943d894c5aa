#include "store/migrations.h"

#include "store/transaction.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <optional>
#include <stdexcept>
#include <string>

namespace kd::store {

int SchemaVersion(SQLite::Database& db) {
    return db.execAndGet("PRAGMA user_version").getInt();
}

int Migrate(SQLite::Database& db, const std::vector<Migration>& migrations) {
    const int have = SchemaVersion(db);
    const int known = static_cast<int>(migrations.size());
    if (have > known) {
        throw std::runtime_error("the database was made by a newer Klasdeur (schema " + std::to_string(have) +
                                 ", this program knows " + std::to_string(known) + ")");
    }
    int ran = 0;
    for (int v = have; v < known; ++v) {
        // Schema change and version bump commit together, or neither does.
        // BEGIN IMMEDIATE takes the write lock, as the migration's first write did
        // under a plain BEGIN: a lock or a read-only file is this migration's failure.
        std::optional<Transaction> tx;
        try {
            tx.emplace(db);
            db.exec(migrations[v].sql);
        } catch (const SQLite::Exception& e) {
            throw std::runtime_error(std::string("migration ") + migrations[v].name + " failed: " + e.what());
        }
        db.exec("PRAGMA user_version = " + std::to_string(v + 1));
        tx->Commit();
        ++ran;
    }
    return ran;
}

}  // namespace kd::store
