#pragma once
// Key/value settings as text; domain/settings.h gives them types and defaults.
#include <map>
#include <optional>
#include <string>

namespace SQLite { class Database; }

namespace kd::store {

class SettingsRepo {
public:
    explicit SettingsRepo(SQLite::Database& db) : m_db(db) {}

    std::optional<std::string> Get(const std::string& key);
    void Set(const std::string& key, const std::string& value);
    // Sets only when the key has no value yet (used by `demo`, which must not
    // overwrite a school's own choices).
    void SetDefault(const std::string& key, const std::string& value);
    std::map<std::string, std::string> All();
    // Forgets `key` when its value is `value` (a removed class's id, say).
    void ClearIf(const std::string& key, const std::string& value);

private:
    SQLite::Database& m_db;
};

}  // namespace kd::store
