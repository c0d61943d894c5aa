#include "cli/admin_common.h"

#include "domain/settings.h"
#include "i18n/dates.h"
#include "services/kiosk_database.h"
#include "services/paths.h"
#include "services/settings_store.h"
#include "store/database.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <stdexcept>
#include <ctime>

namespace kd::cli {

std::unique_ptr<SQLite::Database> OpenAdminDatabase(const std::filesystem::path& data_dir) {
    PrepareDataDir(data_dir);
    return OpenKioskDatabase(DatabaseFile(data_dir));
}

std::unique_ptr<SQLite::Database> OpenExistingDatabase(const std::filesystem::path& data_dir) {
    if (!std::filesystem::exists(DatabaseFile(data_dir)))
        throw std::runtime_error("there is no kiosk database in " + data_dir.string());
    return OpenKioskDatabase(DatabaseFile(data_dir));
}

PictogramTable LoadSymbols() { return PictogramTable::Load(FindShareDir() / "assets" / "symbols.tsv"); }

std::string SymbolFromArgument(const std::string& given, const PictogramTable& symbols) {
    if (const Pictogram* p = symbols.Find(given)) return p->emoji;
    return given;
}

CivilDate SchoolToday(SQLite::Database& db) {
    const Settings settings = LoadSettings(db, nullptr);
    return i18n::LocalDate(static_cast<std::int64_t>(std::time(nullptr)), settings.time_zone);
}

int DisplayWidth(const std::string& s) {
    int width = 0;
    for (size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        size_t len = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
        if (i + len > s.size()) len = 1;
        std::uint32_t cp = len == 1 ? c : c & (0xFF >> (len + 1));
        for (size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        i += len;
        if (cp == 0x200D || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0x0300 && cp <= 0x036F) ||
            (cp >= 0x1F3FB && cp <= 0x1F3FF))
            continue;  // joiners, variation selectors, combining marks, skin tones
        // Emoji and East Asian wide characters take two columns.
        const bool wide = (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF) ||
                          (cp >= 0x2B00 && cp <= 0x2BFF) || (cp >= 0x1100 && cp <= 0x115F) ||
                          (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3) ||
                          (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFF00 && cp <= 0xFF60);
        width += wide ? 2 : 1;
    }
    return width;
}

void PrintColumns(const std::vector<std::vector<std::string>>& rows) {
    std::vector<int> widths;
    for (const auto& row : rows)
        for (size_t i = 0; i < row.size(); ++i) {
            if (widths.size() <= i) widths.resize(i + 1, 0);
            widths[i] = std::max(widths[i], DisplayWidth(row[i]));
        }
    for (const auto& row : rows) {
        std::string line;
        for (size_t i = 0; i < row.size(); ++i) {
            line += row[i];
            if (i + 1 < row.size()) line += std::string(widths[i] - DisplayWidth(row[i]) + 2, ' ');
        }
        while (!line.empty() && line.back() == ' ') line.pop_back();
        std::printf("%s\n", line.c_str());
    }
}

}  // namespace kd::cli
