#include "services/settings_store.h"

#include "store/settings_repo.h"

namespace kd {

Settings LoadSettings(SQLite::Database& db, std::vector<std::string>* problems) {
    return Settings::FromMap(store::SettingsRepo(db).All(), problems);
}

}  // namespace kd
