#include "domain/key_value.h"

namespace kd {

namespace {
std::string Trim(std::string_view s) {
    const size_t b = s.find_first_not_of(" \t\r"), e = s.find_last_not_of(" \t\r");
    std::string out = b == std::string_view::npos ? std::string() : std::string(s.substr(b, e - b + 1));
    if (out.size() >= 2 && (out.front() == '"' || out.front() == '\'') && out.back() == out.front())
        out = out.substr(1, out.size() - 2);
    return out;
}
}  // namespace

void ForEachKeyValue(std::string_view text, const std::function<void(const std::string&, const std::string&)>& f) {
    while (!text.empty()) {
        const size_t nl = text.find('\n');
        const std::string_view line = text.substr(0, nl);
        text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
        const size_t eq = line.find('=');
        if (line.empty() || line.front() == '#' || eq == std::string_view::npos) continue;
        f(Trim(line.substr(0, eq)), Trim(line.substr(eq + 1)));
    }
}

}  // namespace kd
