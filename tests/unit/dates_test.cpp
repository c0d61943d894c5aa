#include "domain/time_zone.h"
#include "i18n/dates.h"
#include "i18n/language_names.h"

#include <catch2/catch.hpp>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <string>

using namespace kd;

namespace {

// The kiosk's languages (kiosk_ui.cpp's language bar).
const char* const kLanguages[] = {"ar", "bg", "en", "es", "fa", "fr", "nl", "pl", "pt", "ro", "ru", "so", "ti", "tr", "uk"};

// Whether `utf8` holds a digit (any script) that is not ASCII 0-9.
bool HasNonLatinDigit(const std::string& utf8) {
    const icu::UnicodeString s = icu::UnicodeString::fromUTF8(utf8);
    for (int32_t i = 0; i < s.length(); i = s.moveIndex32(i, 1)) {
        const UChar32 c = s.char32At(i);
        if (u_isdigit(c) && (c < '0' || c > '9')) return true;
    }
    return false;
}

bool HasDigit(const std::string& utf8) {
    const icu::UnicodeString s = icu::UnicodeString::fromUTF8(utf8);
    for (int32_t i = 0; i < s.length(); i = s.moveIndex32(i, 1))
        if (u_isdigit(s.char32At(i))) return true;
    return false;
}

bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("dates are written in the parent's language", "[dates]") {
    const CivilDate d{2026, 11, 24};
    CHECK(i18n::FormatLongDate(d, "nl") == "dinsdag 24 november");
    CHECK(i18n::FormatLongDate(d, "fr") == "mardi 24 novembre");
    CHECK(i18n::FormatLongDate(d, "en") == "Tuesday, November 24");
    CHECK(i18n::FormatWeekday(d, "nl") == "dinsdag");
    const std::string ar = i18n::FormatLongDate(d, "ar");
    CHECK(ar.find("نوفمبر") != std::string::npos);
    CHECK(i18n::FormatDayNumber(d, "nl") == "24");
    CHECK(i18n::FormatDayNumber(d, "ar") == "24");  // digits 0-9, as the times beside it (issue 19)
}

TEST_CASE("dates use the digits 0-9 in every language", "[dates]") {
    const CivilDate d{2026, 12, 3};
    for (const char* lang : kLanguages) {
        INFO(lang);
        const std::string long_date = i18n::FormatLongDate(d, lang);
        const std::string day = i18n::FormatDayNumber(d, lang);
        const std::string weekday = i18n::FormatWeekday(d, lang);
        INFO(long_date + " / " + day + " / " + weekday);
        CHECK_FALSE(HasNonLatinDigit(long_date));
        CHECK(Has(long_date, "3"));
        CHECK_FALSE(HasNonLatinDigit(day));
        CHECK(day == "3");
        CHECK_FALSE(weekday.empty());
        CHECK_FALSE(HasDigit(weekday));
    }
}

TEST_CASE("a date has the same day number in every language", "[dates]") {
    // 2027-03-21 is Nowruz: day 1 of the Solar Hijri year, which a Persian calendar would show.
    for (const CivilDate d : {CivilDate{2026, 12, 3}, CivilDate{2026, 11, 24}, CivilDate{2027, 3, 21}, CivilDate{2027, 1, 1}}) {
        INFO(d.Iso());
        for (const char* lang : kLanguages) {
            INFO(lang);
            CHECK(i18n::FormatDayNumber(d, lang) == std::to_string(d.day));
        }
    }
}

TEST_CASE("Persian dates are Gregorian with Persian month names", "[dates]") {
    const std::string fa = i18n::FormatLongDate(CivilDate{2026, 12, 3}, "fa");
    INFO(fa);
    CHECK(fa == "پنجشنبه 3 دسامبر");  // Thursday 3 December
    CHECK(Has(fa, "دسامبر"));          // December, as Iranians and Afghans name the Western month
    CHECK_FALSE(Has(fa, "آذر"));       // not the Solar Hijri month (12 Azar 1405)
    CHECK_FALSE(Has(fa, "12"));
    CHECK(i18n::FormatWeekday(CivilDate{2026, 12, 3}, "fa") == "پنجشنبه");
}

TEST_CASE("Arabic dates use the digits 0-9", "[dates]") {
    const std::string ar = i18n::FormatLongDate(CivilDate{2026, 12, 3}, "ar");
    INFO(ar);
    CHECK(ar == "الخميس، 3 ديسمبر");
    CHECK(Has(ar, "3"));
    CHECK_FALSE(Has(ar, "٣"));
    CHECK(i18n::FormatDayNumber(CivilDate{2026, 12, 3}, "ar") == "3");
}

TEST_CASE("weekday and month names in several languages", "[dates]") {
    const CivilDate d{2026, 12, 3};
    CHECK(i18n::FormatLongDate(d, "nl") == "donderdag 3 december");
    const std::string fr = i18n::FormatLongDate(d, "fr");
    CHECK(Has(fr, "jeudi"));
    CHECK(Has(fr, "décembre"));
    // Ukrainian Friday: ICU writes the apostrophe as U+02BC MODIFIER LETTER APOSTROPHE
    // (not U+2019), so the font must hold U+02BC.
    const std::string uk = i18n::FormatWeekday(CivilDate{2026, 12, 4}, "uk");
    CHECK(uk == "п\u02BCятниця");
    CHECK(Has(uk, "\u02BC"));
    for (const char* lang : {"ti", "so"}) {
        INFO(lang);
        CHECK_FALSE(i18n::FormatWeekday(d, lang).empty());
        const std::string long_date = i18n::FormatLongDate(d, lang);
        INFO(long_date);
        CHECK(long_date.size() > 3);  // a weekday and a month name beside the 3
    }
    CHECK(i18n::FormatWeekday(d, "ti") == "ሓሙስ");
    CHECK(i18n::FormatWeekday(d, "so") == "Khamiis");
}

TEST_CASE("today is the school's day, not UTC's", "[dates]") {
    // 2026-11-24 23:30 UTC is already the 25th in Brussels (UTC+1) and still the 24th in New York.
    const std::int64_t t = 20781LL * 86400 + 23 * 3600 + 30 * 60;
    CHECK(i18n::LocalDate(t, "Europe/Brussels") == CivilDate{2026, 11, 25});
    CHECK(i18n::LocalDate(t, "America/New_York") == CivilDate{2026, 11, 24});
    CHECK(i18n::LocalDate(t, "Not/AZone") == CivilDate{2026, 11, 24});  // unknown: UTC
    CHECK(IsKnownTimeZone("Europe/Brussels"));
    CHECK_FALSE(IsKnownTimeZone("Not/AZone"));
}

TEST_CASE("languages are named in their own script", "[dates]") {
    CHECK(i18n::Endonym("nl") == "Nederlands");
    CHECK(i18n::Endonym("fr") == "Français");
    CHECK(i18n::Endonym("ar") == "العربية");
    CHECK(i18n::Endonym("tr") == "Türkçe");
    CHECK(i18n::IsRightToLeft("ar"));
    CHECK_FALSE(i18n::IsRightToLeft("nl"));
}
