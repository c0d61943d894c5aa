#include "store/settings_repo.h"

#include <SQLiteCpp/SQLiteCpp.h>

namespace kd::store {

std::optional<std::string> SettingsRepo::Get(const std::string& key) {
    SQLite::Statement q(m_db, "SELECT value FROM settings WHERE key = ?");
    q.bind(1, key);
    if (!q.executeStep()) return std::nullopt;
    return q.getColumn(0).getString();
}

void SettingsRepo::Set(const std::string& key, const std::string& value) {
    SQLite::Statement q(m_db, "INSERT INTO settings(key, value) VALUES(?, ?) "
                              "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    q.bind(1, key);
    q.bind(2, value);
    q.exec();
}

void SettingsRepo::SetDefault(const std::string& key, const std::string& value) {
    SQLite::Statement q(m_db, "INSERT OR IGNORE INTO settings(key, value) VALUES(?, ?)");
    q.bind(1, key);
    q.bind(2, value);
    q.exec();
}

std::map<std::string, std::string> SettingsRepo::All() {
    SQLite::Statement q(m_db, "SELECT key, value FROM settings ORDER BY key");
    std::map<std::string, std::string> out;
    while (q.executeStep()) out[q.getColumn(0).getString()] = q.getColumn(1).getString();
    return out;
}

void SettingsRepo::ClearIf(const std::string& key, const std::string& value) {
    SQLite::Statement q(m_db, "DELETE FROM settings WHERE key = ? AND value = ?");
    q.bind(1, key);
    q.bind(2, value);
    q.exec();
}

}  // namespace kd::store
