// libFuzzer harness for the school calendar import: any bytes as an .ics file,
// parsed and expanded by libical and our own rules (types, flags, RRULE window,
// time zones). It must never crash, hang or read out of bounds; a broken file
// is an error list, not a fault.
#include "services/calendar_import.h"

#include <cstddef>
#include <cstdint>
#include <string>

#ifndef KLASDEUR_ASSETS
#error "KLASDEUR_ASSETS must name the assets directory"
#endif

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const kd::EventRules rules = kd::EventRules::Load(KLASDEUR_ASSETS);
    const std::string text(reinterpret_cast<const char*>(data), size);
    const kd::CalendarParse p =
        kd::ParseCalendar(text, kd::CivilDate{2026, 11, 16}, kd::CivilDate{2027, 1, 18}, "Europe/Brussels", rules);
    // What comes out is usable: dates in order, types known to the rules or "other".
    for (const kd::Event& e : p.events)
        if (e.end_date < e.start_date) __builtin_trap();
    return 0;
}
