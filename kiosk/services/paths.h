#pragma once
// Where the kiosk keeps its data and finds its read-only files.
#include "store/database.h"

#include <filesystem>
#include <optional>
#include <string>

namespace kd {

using store::DatabaseFile;

// The installed kiosk's configuration: KEY=value lines, '#' comments (the same
// file is the systemd unit's EnvironmentFile). /etc/klasdeur/klasdeur.conf, or
// $KLASDEUR_CONF. Missing file: empty.
struct KioskConf {
    std::string data_dir;  // KLASDEUR_DATA
    std::string mode;      // KLASDEUR_MODE: classroom or entrance (the first start's setting)
    std::string size;      // KLASDEUR_SIZE: WxH, when the screen reports a wrong mode
};
KioskConf ReadKioskConf();
KioskConf ParseKioskConf(const std::string& text);

// --data wins, then $KLASDEUR_DATA, then the conf's KLASDEUR_DATA, then
// $XDG_DATA_HOME/klasdeur, then ~/.local/share/klasdeur.
std::filesystem::path ResolveDataDir(const std::optional<std::string>& from_command_line);

// Creates the data directory if needed and checks it is writable. Throws
// std::runtime_error with a sentence a person can act on.
void PrepareDataDir(const std::filesystem::path& dir);

// Read-only files (assets/, locale/): <exe>/../share/klasdeur, which is both the
// installed layout (/usr/bin -> /usr/share/klasdeur) and the build tree's
// (build/bin -> build/share/klasdeur). $KLASDEUR_SHARE overrides.
std::filesystem::path FindShareDir();

}  // namespace kd
