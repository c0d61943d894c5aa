#include "domain/time_zone.h"
#include "i18n/dates.h"
#include "i18n/language_names.h"

#include <catch2/catch.hpp>

using namespace kd;

TEST_CASE("dates are written in the parent's language") {
    const CivilDate d{2026, 11, 24};
    CHECK(i18n::FormatLongDate(d, "nl") == "dinsdag 24 november");
    CHECK(i18n::FormatLongDate(d, "fr") == "mardi 24 novembre");
    CHECK(i18n::FormatLongDate(d, "en") == "Tuesday, November 24");
    CHECK(i18n::FormatWeekday(d, "nl") == "dinsdag");
    const std::string ar = i18n::FormatLongDate(d, "ar");
    CHECK(ar.find("نوفمبر") != std::string::npos);
    CHECK(i18n::FormatDayNumber(d, "nl") == "24");
    CHECK(i18n::FormatDayNumber(d, "ar") == "٢٤");  // Arabic-Indic digits, as the locale writes them
}

TEST_CASE("today is the school's day, not UTC's") {
    // 2026-11-24 23:30 UTC is already the 25th in Brussels (UTC+1) and still the 24th in New York.
    const std::int64_t t = 20781LL * 86400 + 23 * 3600 + 30 * 60;
    CHECK(i18n::LocalDate(t, "Europe/Brussels") == CivilDate{2026, 11, 25});
    CHECK(i18n::LocalDate(t, "America/New_York") == CivilDate{2026, 11, 24});
    CHECK(i18n::LocalDate(t, "Not/AZone") == CivilDate{2026, 11, 24});  // unknown: UTC
    CHECK(IsKnownTimeZone("Europe/Brussels"));
    CHECK_FALSE(IsKnownTimeZone("Not/AZone"));
}

TEST_CASE("languages are named in their own script") {
    CHECK(i18n::Endonym("nl") == "Nederlands");
    CHECK(i18n::Endonym("fr") == "Français");
    CHECK(i18n::Endonym("ar") == "العربية");
    CHECK(i18n::Endonym("tr") == "Türkçe");
    CHECK(i18n::IsRightToLeft("ar"));
    CHECK_FALSE(i18n::IsRightToLeft("nl"));
}
