// libFuzzer harness for what a school types into settings and the tables in
// assets/: any bytes as settings (key=value lines, as `klasdeur settings set`
// and the settings table hold them) and as a pictogram table (.tsv). A bad
// value is refused with a sentence and the default kept; a bad table row is an
// exception naming the line; nothing may crash.
#include "domain/pictogram_table.h"
#include "domain/settings.h"

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <fstream>
#include <map>
#include <stdexcept>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);

    // Settings: each line key=value, checked one by one and then all together.
    static const std::vector<std::string> langs = {"nl", "fr", "en", "ar", "ti"};
    std::map<std::string, std::string> values;
    size_t start = 0;
    while (start < text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        const std::string line = text.substr(start, end - start);
        const size_t eq = line.find('=');
        if (eq != std::string::npos) {
            const std::string key = line.substr(0, eq), value = line.substr(eq + 1);
            (void)kd::ValidateSetting(key, value, langs);
            values[key] = value;
        }
        start = end + 1;
    }
    std::vector<std::string> problems;
    const kd::Settings s = kd::Settings::FromMap(values, &problems);
    // Whatever was stored, every number in effect is in its row's range.
    for (const kd::SettingSpec& spec : kd::SettingSpecs()) {
        const long long n = kd::SettingNumber(s, spec);
        if (spec.type == kd::SettingType::Number && (n < spec.lo || n > spec.hi)) __builtin_trap();
    }

    // The same bytes as an assets table.
    static const std::string file = "/tmp/klasdeur-fuzz-table-" + std::to_string(::getpid()) + ".tsv";
    std::ofstream(file, std::ios::binary | std::ios::trunc) << text;
    try {
        const kd::PictogramTable t = kd::PictogramTable::Load(file);
        for (const kd::Pictogram& p : t.Rows())
            if (p.id.empty() || t.Find(p.id) == nullptr) __builtin_trap();
    } catch (const std::runtime_error&) {
    }
    return 0;
}
