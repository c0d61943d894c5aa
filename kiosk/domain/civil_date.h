#pragma once
// Calendar dates without a time zone (YYYY-MM-DD), for week arithmetic.
// Days-from-civil after Howard Hinnant's public-domain algorithm.
#include <optional>
#include <string>
#include <string_view>

namespace kd {

struct CivilDate {
    int year = 1970;
    int month = 1;  // 1..12
    int day = 1;    // 1..31

    // Days since 1970-01-01.
    long DaysSinceEpoch() const;
    static CivilDate FromDaysSinceEpoch(long days);
    // 0 = Monday ... 6 = Sunday (ISO).
    int IsoWeekday() const;
    CivilDate AddDays(long n) const { return FromDaysSinceEpoch(DaysSinceEpoch() + n); }
    CivilDate MondayOfWeek() const { return AddDays(-IsoWeekday()); }
    std::string Iso() const;  // "2026-11-24"
    static std::optional<CivilDate> Parse(std::string_view iso);

    friend bool operator==(const CivilDate&, const CivilDate&) = default;
};

}  // namespace kd
