// libFuzzer harness for the translation catalogs: any bytes as a GNU .mo file.
// A damaged catalog must be refused with an exception naming it, never read
// out of bounds; what parses must answer lookups (and the right-to-left
// display transform) without fault.
#include "i18n/catalog.h"
#include "i18n/display_text.h"

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    try {
        kd::i18n::Catalog c = kd::i18n::Catalog::FromMoBytes(std::string(reinterpret_cast<const char*>(data), size), "fuzz.mo");
        (void)c.Tr("Tell the teacher");
        (void)c.Tr("");
        // As the kiosk does for Arabic: every translation shaped for display.
        c.TransformTranslations([](std::string_view s) { return kd::i18n::DisplayForm(std::string(s), "ar"); });
        (void)c.Tr("Home");
    } catch (const std::runtime_error&) {
        // Refused with a reason: the expected outcome for most inputs.
    }
    return 0;
}
