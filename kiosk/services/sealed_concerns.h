#pragma once
// Concerns as they rest on disk: what a parent chose is sealed to the class's
// public key (services/class_keys.h) at the moment of sending; only a teacher session
// holding the unlocked class key reads it back.
#include "domain/records.h"
#include "services/class_keys.h"

#include <string>
#include <vector>

namespace SQLite { class Database; }

namespace kd {

// The sealed part: topics, feeling, wish, interpreter, language, as "key=value" lines.
std::string EncodeConcernContent(const Concern& c);
// Fills those fields of `c`; false for text that is not a well-formed content.
bool DecodeConcernContent(const std::string& text, Concern& c);

// Seals and commits one concern (one INSERT, synchronous=FULL). A class without
// keys gets pending ones first (no teacher code yet). The same submission_id
// twice is one row. Returns its id; throws having committed nothing.
Id CommitConcern(SQLite::Database& db, const Concern& c);

// Concerns of a class created in [from, to), newest first, opened with `key`.
// A row that does not open (altered, or sealed to another key) is left out and
// counted in `unreadable`.
std::vector<Concern> OpenConcerns(SQLite::Database& db, const UnlockedClassKey& key, Id class_id, std::int64_t from,
                                  std::int64_t to, int* unreadable = nullptr);

// Seals the rows a pre-0008 database kept in plain text (table concerns_unsealed)
// and drops that table, in one transaction. Returns how many were sealed.
int SealLegacyConcerns(SQLite::Database& db);

}  // namespace kd
