#include "store/db_recovery.h"

#include "store/backups.h"
#include "store/database.h"
#include "store/durable_file.h"
#include "store/transaction.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include <cstdio>
#include <set>
#include <stdexcept>
#include <system_error>
#include <vector>

namespace kd::store {

namespace fs = std::filesystem;

namespace {

std::string Quoted(const std::string& name) {
    std::string q = "\"";
    for (char c : name) q += c == '"' ? std::string("\"\"") : std::string(1, c);
    return q + "\"";
}

std::vector<std::string> Columns(SQLite::Database& db, const std::string& table) {
    std::vector<std::string> cols;
    SQLite::Statement q(db, "SELECT name FROM pragma_table_info(?)");
    q.bind(1, table);
    while (q.executeStep()) cols.push_back(q.getColumn(0).getString());
    return cols;
}

// A value copied with its storage class, as it was.
void BindAs(SQLite::Statement& q, int index, const SQLite::Column& c) {
    switch (c.getType()) {
        case SQLITE_INTEGER: q.bind(index, static_cast<std::int64_t>(c.getInt64())); break;
        case SQLITE_FLOAT: q.bind(index, c.getDouble()); break;
        case SQLITE_TEXT: q.bind(index, c.getString()); break;
        case SQLITE_BLOB: q.bind(index, c.getBlob(), c.getBytes()); break;
        default: q.bind(index); break;
    }
}

// One table: forward in rowid order until the damage, then backward from the
// end until it again, so rows on both sides of a bad page come back. Read on
// its own connection: an error there never touches the one written to.
int RescueTable(SQLite::Database& db, SQLite::Database& damaged, const std::string& table) {
    const auto mine = Columns(db, table);
    std::vector<std::string> theirs;
    try {
        theirs = Columns(damaged, table);
    } catch (const SQLite::Exception&) {
        return 0;
    }
    const std::set<std::string> have(theirs.begin(), theirs.end());
    std::string cols, marks;
    for (const auto& c : mine) {
        if (!have.count(c)) continue;
        cols += (cols.empty() ? "" : ", ") + Quoted(c);
        marks += marks.empty() ? "?" : ", ?";
    }
    if (cols.empty()) return 0;
    SQLite::Statement insert(db, "INSERT OR IGNORE INTO " + Quoted(table) + " (" + cols + ") VALUES (" + marks + ")");
    const int n = insert.getBindParameterCount();
    int copied = 0;
    auto copy_from = [&](SQLite::Statement& rows, std::int64_t* last_rowid) {
        try {
            while (rows.executeStep()) {
                insert.reset();
                for (int i = 0; i < n; ++i) BindAs(insert, i + 1, rows.getColumn(i));
                copied += insert.exec();
                if (last_rowid) *last_rowid = rows.getColumn(n).getInt64();
            }
        } catch (const SQLite::Exception& e) {
            if (!IsDamageError(e.getErrorCode())) throw;  // a full disk is not something to skip past
        }
    };
    bool has_rowid = true;
    try {
        SQLite::Statement probe(damaged, "SELECT rowid FROM " + Quoted(table) + " LIMIT 0");
    } catch (const SQLite::Exception&) {
        has_rowid = false;
    }
    if (!has_rowid) {
        try {
            SQLite::Statement rows(damaged, "SELECT " + cols + " FROM " + Quoted(table));
            copy_from(rows, nullptr);
        } catch (const SQLite::Exception& e) {
            if (!IsDamageError(e.getErrorCode())) throw;
        }
        return copied;
    }
    std::int64_t last = INT64_MIN;
    try {
        SQLite::Statement forward(damaged, "SELECT " + cols + ", rowid FROM " + Quoted(table) + " ORDER BY rowid");
        copy_from(forward, &last);
        SQLite::Statement backward(
            damaged, "SELECT " + cols + ", rowid FROM " + Quoted(table) + " WHERE rowid > ? ORDER BY rowid DESC");
        backward.bind(1, static_cast<std::int64_t>(last));
        copy_from(backward, nullptr);
    } catch (const SQLite::Exception& e) {
        if (!IsDamageError(e.getErrorCode())) throw;
    }
    return copied;
}

// Rows pointing at a parent that was not rescued go: the schema's promises hold again.
void DropOrphans(SQLite::Database& db) {
    for (int round = 0; round < 8; ++round) {
        std::vector<std::pair<std::string, std::int64_t>> orphans;
        SQLite::Statement q(db, "PRAGMA foreign_key_check");
        while (q.executeStep()) orphans.emplace_back(q.getColumn(0).getString(), q.getColumn(1).getInt64());
        if (orphans.empty()) return;
        for (const auto& [table, rowid] : orphans) {
            SQLite::Statement del(db, "DELETE FROM " + Quoted(table) + " WHERE rowid = ?");
            del.bind(1, static_cast<std::int64_t>(rowid));
            del.exec();
        }
    }
}

fs::path NextFree(const fs::path& dir, const std::string& stem) {
    for (int i = 1;; ++i) {
        fs::path p = dir / (stem + "-" + std::to_string(i) + ".db");
        if (!fs::exists(p)) return p;
    }
}

bool Sound(const fs::path& file, std::string* problem) {
    try {
        SQLite::Database db(file.string(), SQLite::OPEN_READONLY);
        const std::string verdict = QuickCheck(db);
        if (verdict == "ok") return true;
        if (problem) *problem = verdict;
    } catch (const SQLite::Exception& e) {
        if (problem) *problem = e.what();
    }
    return false;
}

}  // namespace

int RescueRows(SQLite::Database& into, const fs::path& damaged, int* concerns) {
    std::unique_ptr<SQLite::Database> from;
    try {
        from = std::make_unique<SQLite::Database>(damaged.string(), SQLite::OPEN_READWRITE);
        from->exec("PRAGMA query_only = ON");
    } catch (const SQLite::Exception&) {
        return 0;  // not even a header left to read
    }
    int total = 0, from_concerns = 0;
    std::vector<std::string> tables;
    {
        SQLite::Statement q(into, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
        while (q.executeStep()) tables.push_back(q.getColumn(0).getString());
    }
    into.exec("PRAGMA foreign_keys = OFF");  // parents and children arrive in any order
    try {
        store::Transaction tx(into);
        for (const auto& t : tables) {
            const int n = RescueTable(into, *from, t);
            total += n;
            if (t == "concerns") from_concerns = n;
        }
        DropOrphans(into);
        tx.Commit();
    } catch (...) {
        into.exec("PRAGMA foreign_keys = ON");
        throw;
    }
    into.exec("PRAGMA foreign_keys = ON");
    if (concerns) *concerns = from_concerns;
    return total;
}

void MarkDamaged(const fs::path& data_dir, const std::string& why) { WriteDurably(DamageMarker(data_dir), why + "\n"); }

OpenedDatabase OpenOrRecover(const fs::path& data_dir, const AfterMigrations& after) {
    const fs::path file = DatabaseFile(data_dir);
    const fs::path marker = DamageMarker(data_dir);
    OpenedDatabase out;
    std::error_code ec;
    if (!fs::exists(marker, ec)) {
        try {
            out.db = OpenDatabase(file, {}, after);
            const std::string verdict = QuickCheck(*out.db);
            if (verdict == "ok") return out;
            out.recovery.problem = verdict;
        } catch (const DatabaseDamaged& e) {
            out.recovery.problem = e.what();
        } catch (const SQLite::Exception& e) {
            if (!IsDamageError(e.getErrorCode())) throw;
            out.recovery.problem = e.what();
        }
        out.db.reset();
    } else {
        out.recovery.problem = "the nightly integrity check found damage";
    }

    // 1. The damaged file (and its WAL) aside, kept for whoever looks into it.
    const fs::path aside_dir = data_dir / "damaged";
    fs::create_directories(aside_dir, ec);
    if (ec) throw std::runtime_error("cannot create " + aside_dir.string() + ": " + ec.message());
    const fs::path aside = NextFree(aside_dir, "klasdeur");
    if (fs::exists(file)) {
        MoveDurably(file, aside);
        for (const char* side : {"-wal", "-shm"})
            if (fs::exists(file.string() + side)) MoveDurably(file.string() + side, aside.string() + side);
    }
    out.recovery.recovered = true;
    out.recovery.damaged_file = aside;

    // 2. The newest backup that is itself sound.
    for (const BackupFile& b : ListBackups(BackupDir(data_dir))) {
        std::string why;
        if (!Sound(b.path, &why)) {
            std::fprintf(stderr, "klasdeur: backup %s is not usable either: %s\n", b.path.c_str(), why.c_str());
            continue;
        }
        CopyDurably(b.path, file);
        out.recovery.backup_seq = b.seq;
        out.recovery.backup_made_at = b.made_at;
        break;
    }
    out.db = OpenDatabase(file, {}, after);  // the backup, migrated; or a new database when none was good

    // 3. What the damaged file still holds, read from a scratch copy so the kept file stays as it was.
    if (fs::exists(aside)) {
        const fs::path scratch = aside_dir / ".rescue.db";
        for (const char* side : {"", "-wal"}) {
            fs::remove(scratch.string() + side, ec);
            if (fs::exists(aside.string() + side)) fs::copy_file(aside.string() + side, scratch.string() + side, ec);
        }
        try {
            out.recovery.rows_rescued = RescueRows(*out.db, scratch, &out.recovery.concerns_rescued);
        } catch (const std::exception& e) {
            std::fprintf(stderr, "klasdeur: rows could not be rescued from the damaged file: %s\n", e.what());
        }
        for (const char* side : {"", "-wal", "-shm", "-journal"}) fs::remove(scratch.string() + side, ec);
    }
    fs::remove(marker, ec);
    return out;
}

}  // namespace kd::store
