#include "i18n/dates.h"

#include <unicode/calendar.h>
#include <unicode/dtptngen.h>
#include <unicode/gregocal.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>

#include <cstdio>
#include <map>
#include <memory>
#include <mutex>
#include <utility>

namespace kd::i18n {
namespace {

std::unique_ptr<icu::TimeZone> Zone(const std::string& tz) {
    std::unique_ptr<icu::TimeZone> z(icu::TimeZone::createTimeZone(icu::UnicodeString::fromUTF8(tz)));
    if (*z == icu::TimeZone::getUnknown()) z.reset(icu::TimeZone::createTimeZone("UTC"));
    return z;
}

// The locale `lang` with the Gregorian calendar and Latin digits (issue 19):
// the kiosk's times and the school's papers use 0-9 and Gregorian dates, so
// ICU's defaults (Solar Hijri for fa, Arabic-Indic digits for ar) would mix
// systems on one screen. Month and weekday names stay in the language.
icu::Locale DateLocale(const std::string& lang) {
    icu::Locale locale(lang.c_str());
    UErrorCode err = U_ZERO_ERROR;
    locale.setKeywordValue("calendar", "gregorian", err);
    locale.setKeywordValue("numbers", "latn", err);
    return locale;
}

// A formatter per language and skeleton, made once: ICU's pattern generator
// costs milliseconds to create, and the week view formats ten dates at a time.
icu::SimpleDateFormat* Formatter(const std::string& lang, const char* skeleton) {
    static std::mutex mutex;
    static std::map<std::pair<std::string, std::string>, std::unique_ptr<icu::SimpleDateFormat>> cache;
    std::lock_guard lock(mutex);
    auto& slot = cache[{lang, skeleton}];
    if (!slot) {
        UErrorCode err = U_ZERO_ERROR;
        const icu::Locale locale = DateLocale(lang);  // both the generator and the formatter
        std::unique_ptr<icu::DateTimePatternGenerator> gen(icu::DateTimePatternGenerator::createInstance(locale, err));
        if (U_FAILURE(err)) return nullptr;
        const icu::UnicodeString pattern = gen->getBestPattern(icu::UnicodeString(skeleton), err);
        auto fmt = std::make_unique<icu::SimpleDateFormat>(pattern, locale, err);
        if (U_FAILURE(err)) return nullptr;
        fmt->adoptTimeZone(icu::TimeZone::createTimeZone("UTC"));
        slot = std::move(fmt);
    }
    return slot.get();
}

// Formats a civil date (at noon UTC, so no zone can move it to another day).
std::string Format(const CivilDate& d, const std::string& lang, const char* skeleton) {
    icu::SimpleDateFormat* fmt = Formatter(lang, skeleton);
    if (!fmt) return d.Iso();
    const UDate when = (static_cast<double>(d.DaysSinceEpoch()) * 86400.0 + 12 * 3600.0) * 1000.0;
    icu::UnicodeString out;
    fmt->format(when, out);
    std::string utf8;
    out.toUTF8String(utf8);
    return utf8;
}

}  // namespace

CivilDate LocalDate(std::int64_t unix_seconds, const std::string& tz) {
    UErrorCode err = U_ZERO_ERROR;
    icu::GregorianCalendar cal(Zone(tz).release(), err);
    if (U_FAILURE(err)) return CivilDate::FromDaysSinceEpoch(static_cast<long>(unix_seconds / 86400));
    cal.setTime(static_cast<UDate>(unix_seconds) * 1000.0, err);
    const int y = cal.get(UCAL_EXTENDED_YEAR, err);
    const int m = cal.get(UCAL_MONTH, err) + 1;
    const int day = cal.get(UCAL_DATE, err);
    if (U_FAILURE(err)) return CivilDate::FromDaysSinceEpoch(static_cast<long>(unix_seconds / 86400));
    return CivilDate{y, m, day};
}

std::int64_t StartOfLocalDay(const CivilDate& d, const std::string& tz) {
    UErrorCode err = U_ZERO_ERROR;
    icu::GregorianCalendar cal(Zone(tz).release(), err);
    const std::int64_t utc_midnight = static_cast<std::int64_t>(d.DaysSinceEpoch()) * 86400;
    if (U_FAILURE(err)) return utc_midnight;
    cal.clear();
    cal.set(d.year, d.month - 1, d.day, 0, 0, 0);
    const UDate ms = cal.getTime(err);
    if (U_FAILURE(err)) return utc_midnight;
    return static_cast<std::int64_t>(ms / 1000.0);
}

LocalTime LocalDateTime(std::int64_t unix_seconds, const std::string& tz) {
    UErrorCode err = U_ZERO_ERROR;
    icu::GregorianCalendar cal(Zone(tz).release(), err);
    cal.setTime(static_cast<UDate>(unix_seconds) * 1000.0, err);
    LocalTime t;
    t.date = CivilDate{cal.get(UCAL_EXTENDED_YEAR, err), cal.get(UCAL_MONTH, err) + 1, cal.get(UCAL_DATE, err)};
    t.hour = cal.get(UCAL_HOUR_OF_DAY, err);
    t.minute = cal.get(UCAL_MINUTE, err);
    if (U_FAILURE(err)) {
        t.date = CivilDate::FromDaysSinceEpoch(static_cast<long>(unix_seconds / 86400));
        t.hour = static_cast<int>(unix_seconds % 86400 / 3600);
        t.minute = static_cast<int>(unix_seconds % 3600 / 60);
    }
    return t;
}

std::string LocalTime::Hhmm() const {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02d:%02d", hour, minute);
    return buf;
}

std::string FormatLongDate(const CivilDate& d, const std::string& lang) { return Format(d, lang, "EEEEdMMMM"); }

std::string FormatWeekday(const CivilDate& d, const std::string& lang) { return Format(d, lang, "cccc"); }

std::string FormatDayNumber(const CivilDate& d, const std::string& lang) { return Format(d, lang, "d"); }

}  // namespace kd::i18n
