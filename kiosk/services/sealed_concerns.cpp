#include "services/sealed_concerns.h"

#include "store/concerns_repo.h"
#include "store/database.h"
#include "store/transaction.h"

#include <sodium.h>

#include <sstream>
#include <stdexcept>

namespace kd {
namespace {

std::string Join(const std::vector<std::string>& v) {
    std::string out;
    for (const std::string& s : v) {
        if (!out.empty()) out += ',';
        out += s;
    }
    return out;
}

std::vector<std::string> Split(const std::string& s) {
    std::vector<std::string> out;
    std::string item;
    std::istringstream in(s);
    while (std::getline(in, item, ','))
        if (!item.empty()) out.push_back(item);
    return out;
}

}  // namespace

std::string EncodeConcernContent(const Concern& c) {
    // Ids from the assets tables and a language code: none holds '\n' or '='.
    return "topics=" + Join(c.topics) + "\nfeeling=" + std::to_string(c.feeling) + "\nwish=" + c.wish +
           "\ninterpreter=" + (c.interpreter ? "1" : "0") + "\nlang=" + c.lang + "\n";
}

bool DecodeConcernContent(const std::string& text, Concern& c) {
    std::istringstream in(text);
    std::string line;
    int seen = 0;
    while (std::getline(in, line)) {
        const size_t eq = line.find('=');
        if (eq == std::string::npos) return false;
        const std::string key = line.substr(0, eq), value = line.substr(eq + 1);
        if (key == "topics") c.topics = Split(value), seen |= 1;
        else if (key == "feeling") {
            if (value.size() != 1 || value[0] < '1' || value[0] > '5') return false;
            c.feeling = value[0] - '0', seen |= 2;
        } else if (key == "wish") c.wish = value, seen |= 4;
        else if (key == "interpreter") c.interpreter = value == "1", seen |= 8;
        else if (key == "lang") c.lang = value, seen |= 16;
        // Unknown keys: written by a newer version; what we know is still right.
    }
    return seen == 31;
}

Id CommitConcern(SQLite::Database& db, const Concern& c) {
    // The sealed blob hides the content from the schema's CHECKs: check it here.
    if (c.topics.empty() || c.feeling < 1 || c.feeling > 5 || c.wish.empty() || c.lang.empty() ||
        c.submission_id.empty())
        throw std::invalid_argument("an incomplete concern is not stored");
    if (!HasClassKeys(db, c.class_id)) EnsurePendingClassKeys(db, c.class_id);
    const std::string content = EncodeConcernContent(c);
    return store::ConcernsRepo(db).Add(c, SealForClass(db, c.class_id, content));
}

std::vector<Concern> OpenConcerns(SQLite::Database& db, const UnlockedClassKey& key, Id class_id, std::int64_t from,
                                  std::int64_t to, int* unreadable) {
    std::vector<Concern> out;
    int bad = 0;
    for (store::StoredConcern& s : store::ConcernsRepo(db).OfClass(class_id, from, to)) {
        std::string plain;
        if (key.Open(s.sealed, plain) && DecodeConcernContent(plain, s.concern)) out.push_back(std::move(s.concern));
        else ++bad;
        sodium_memzero(plain.data(), plain.size());
    }
    if (unreadable) *unreadable = bad;
    return out;
}

int SealLegacyConcerns(SQLite::Database& db) {
    store::ConcernsRepo concerns(db);
    if (!concerns.HasLegacyPlainTable()) return 0;
    store::Transaction tx(db);
    std::vector<Concern> rows;
    for (store::LegacyConcern& l : concerns.LegacyPlainRows()) {
        l.concern.topics = Split(l.topics);
        rows.push_back(std::move(l.concern));
    }
    for (const Concern& c : rows) CommitConcern(db, c);
    concerns.DropLegacyPlainTable();
    tx.Commit();
    // The plain rows are still in the main file (the overwritten pages are only in
    // the WAL so far): copy the overwrite there and empty the WAL now, not at some
    // later checkpoint that a kiosk running for weeks, or losing power, may not reach.
    store::CheckpointAndTruncateWal(db);
    return static_cast<int>(rows.size());
}

}  // namespace kd
