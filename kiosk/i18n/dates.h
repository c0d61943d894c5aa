#pragma once
// Dates as a parent reads them, through ICU: in their language, in the school's
// time zone. Called when the day or the language changes, never per frame.
#include "domain/civil_date.h"

#include <cstdint>
#include <string>

namespace kd::i18n {

// The calendar date at `unix_seconds` in time zone `tz` (an Olson name; an
// unknown name falls back to UTC).
CivilDate LocalDate(std::int64_t unix_seconds, const std::string& tz);

// The first second of day `d` in `tz` (local midnight, or the first valid time after it), as unix seconds.
std::int64_t StartOfLocalDay(const CivilDate& d, const std::string& tz);

// The wall-clock date and time at `unix_seconds` in `tz`.
struct LocalTime {
    CivilDate date;
    int hour = 0, minute = 0;
    std::string Hhmm() const;  // "09:30"
};
LocalTime LocalDateTime(std::int64_t unix_seconds, const std::string& tz);

// "dinsdag 24 november", "mardi 24 novembre", "الثلاثاء، 24 نوفمبر".
// Gregorian, digits 0-9 in every language: as the times beside it and the school's papers.
std::string FormatLongDate(const CivilDate& d, const std::string& lang);
// "dinsdag", "mardi", ...: the weekday's name as it stands alone (a column head).
std::string FormatWeekday(const CivilDate& d, const std::string& lang);

// The day of the month in digits 0-9 in every language, like the times: "24".
std::string FormatDayNumber(const CivilDate& d, const std::string& lang);

}  // namespace kd::i18n
