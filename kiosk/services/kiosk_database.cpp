#include "services/kiosk_database.h"

#include "services/sealed_concerns.h"

namespace kd {
namespace {
// The one step of migration 0008 that SQL cannot do.
void SealLegacy(SQLite::Database& db) { SealLegacyConcerns(db); }
}  // namespace

std::unique_ptr<SQLite::Database> OpenKioskDatabase(const std::filesystem::path& file, const std::string& vfs) {
    return store::OpenDatabase(file, vfs, SealLegacy);
}

std::unique_ptr<SQLite::Database> OpenKioskMemoryDatabase() { return store::OpenMemoryDatabase(SealLegacy); }

store::OpenedDatabase OpenOrRecoverKioskDatabase(const std::filesystem::path& data_dir) {
    return store::OpenOrRecover(data_dir, SealLegacy);
}

}  // namespace kd
