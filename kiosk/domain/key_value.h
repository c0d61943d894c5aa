#pragma once
// "KEY=value" lines, as in /etc/klasdeur/klasdeur.conf (also systemd's
// EnvironmentFile) and a notice's details: blank lines and '#' comments
// skipped, lines without '=' ignored, key and value trimmed, one pair of
// quotes around a value taken off.
#include <functional>
#include <string>
#include <string_view>

namespace kd {

void ForEachKeyValue(std::string_view text, const std::function<void(const std::string& key, const std::string& value)>& f);

}  // namespace kd
