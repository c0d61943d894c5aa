#include "domain/time_zone.h"

#include <unicode/timezone.h>
#include <unicode/unistr.h>

#include <memory>

namespace kd {

bool IsKnownTimeZone(const std::string& tz) {
    std::unique_ptr<icu::TimeZone> z(icu::TimeZone::createTimeZone(icu::UnicodeString::fromUTF8(tz)));
    return *z != icu::TimeZone::getUnknown();
}

}  // namespace kd
