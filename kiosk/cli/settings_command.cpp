#include "cli/admin_common.h"
#include "cli/commands.h"
#include "domain/settings.h"
#include "i18n/catalog.h"
#include "services/class_list.h"
#include "services/paths.h"
#include "services/settings_store.h"
#include "store/classes_repo.h"
#include "store/settings_repo.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <cstdio>
#include <stdexcept>

namespace kd::cli {
namespace {

// A row's line of help with its default: "(60)", "(0: the first class)", "(empty: no night)".
std::string HelpWithDefault(const SettingSpec& spec) {
    const std::string value = SettingText(Settings{}, spec.key);
    const std::string means = spec.default_means ? spec.default_means : "";
    std::string out = spec.help;
    if (!value.empty()) out += " (" + value + (means.empty() ? "" : ": " + means) + ")";
    else if (!means.empty()) out += " (empty: " + means + ")";
    return out;
}

// The languages there are: the catalogs in the share directory's locale/.
std::vector<std::string> KnownLanguages() {
    i18n::Catalogs catalogs;
    catalogs.LoadDir(FindShareDir() / "locale");
    return catalogs.Languages();
}

}  // namespace

std::string SettingsHelp() {
    std::string out = "Settings (the default in brackets):\n";
    size_t width = 0;
    for (const SettingSpec& k : SettingSpecs()) width = std::max(width, std::string(k.key).size());
    for (const SettingSpec& k : SettingSpecs())
        out += "  " + std::string(k.key) + std::string(width - std::string(k.key).size() + 2, ' ') + HelpWithDefault(k) +
               "\n";
    return out;
}

int SettingsCommand(const std::filesystem::path& data_dir, const SettingsArgs& a) {
    auto db = OpenAdminDatabase(data_dir);
    store::SettingsRepo repo(*db);
    const auto stored = repo.All();
    std::vector<std::string> problems;
    const Settings in_effect = LoadSettings(*db, &problems);

    if (a.action == "list") {
        // key, where the value comes from (set / default / bad: a stored value that does not parse), the value in effect.
        std::vector<std::vector<std::string>> rows;
        for (const SettingSpec& k : SettingSpecs()) {
            const auto it = stored.find(k.key);
            const std::string effect = SettingText(in_effect, k.key);
            const bool bad = std::any_of(problems.begin(), problems.end(), [&](const std::string& p) {
                return p.rfind("setting " + std::string(k.key) + "='", 0) == 0;
            });
            const char* from = it == stored.end() ? "default" : bad ? "bad" : "set";
            rows.push_back({k.key, from, effect});
        }
        PrintColumns(rows);
        for (const std::string& p : problems) std::fprintf(stderr, "klasdeur: %s\n", p.c_str());
        return 0;
    }
    if (!FindSetting(a.key)) throw std::invalid_argument("There is no setting called '" + a.key + "' (klasdeur settings list).");
    if (a.action == "get") {
        std::printf("%s\n", SettingText(in_effect, a.key).c_str());
        return 0;
    }
    if (a.action == "set") {
        const SettingType type = FindSetting(a.key)->type;
        const bool about_languages = type == SettingType::Language || type == SettingType::Languages;
        if (const auto why = ValidateSetting(a.key, a.value, about_languages ? KnownLanguages() : std::vector<std::string>{}))
            throw std::invalid_argument(*why);
        if (type == SettingType::ClassId && a.value != "0" && !store::ClassesRepo(*db).Find(std::stoll(a.value)))
            throw std::invalid_argument("class_id: there is no class with id " + a.value + " (klasdeur class list).");
        repo.Set(a.key, a.value);
        std::printf("%s = %s\n", a.key.c_str(), a.value.empty() ? "(empty)" : a.value.c_str());
        // A night needs both ends, at different times.
        if ((a.key == "night_start" || a.key == "night_end") && !a.value.empty()) {
            const std::string other = a.key == "night_start" ? "night_end" : "night_start";
            const std::string other_value = repo.Get(other).value_or("");
            if (other_value.empty())
                std::printf("Note: set %s too; until then the screen does not dim at night.\n", other.c_str());
            else if (other_value == a.value)
                std::printf("Note: %s is the same time; the screen does not dim at night.\n", other.c_str());
        }
        std::printf("(A running kiosk reads its settings when it starts.)\n");
        return 0;
    }
    throw std::logic_error("no such settings command: " + a.action);
}

}  // namespace kd::cli
