#pragma once
// Whether a time zone name ("Europe/Brussels") is one ICU knows: the settings
// table checks the school's time zone with it.
#include <string>

namespace kd {

bool IsKnownTimeZone(const std::string& tz);

}  // namespace kd
