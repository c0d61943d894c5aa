// Problems and notices are msgids with their values: stored as such, put into
// words only when drawn, in whichever language the catalog is.
#include "domain/message.h"
#include "i18n/catalog.h"
#include "i18n/display_text.h"
#include "i18n/rtl_text.h"
#include "services/class_list.h"
#include "services/kiosk_database.h"
#include "services/teacher_edits.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace kd;

namespace {

const i18n::Catalogs& Built() {
    static const i18n::Catalogs all = [] {
        i18n::Catalogs c;
        REQUIRE(c.LoadDir(std::filesystem::path(KLASDEUR_TEST_SHARE) / "locale").empty());
        return c;
    }();
    return all;
}

}  // namespace

TEST_CASE("a message keeps its msgid and its values, and English() fills them in order") {
    const Message m(N_("A poll closes at most %d days after it opens; %s to %s is longer."), 60, "2026-11-24",
                    std::string("2027-02-01"));
    CHECK(std::string(m.msgid) == "A poll closes at most %d days after it opens; %s to %s is longer.");
    CHECK(m.args == std::vector<std::string>{"60", "2026-11-24", "2027-02-01"});
    CHECK(m.English() == "A poll closes at most 60 days after it opens; 2026-11-24 to 2027-02-01 is longer.");
    // A value that looks like a placeholder is never filled itself.
    CHECK(Message(N_("The calendar was left as it was: %s"), "100%d sure").English() ==
          "The calendar was left as it was: 100%d sure");
    CHECK(Message().Empty());
    CHECK(Message().English().empty());
    CHECK(Message(N_("Pick a picture symbol.")) == Message(N_("Pick a picture symbol.")));
    CHECK_FALSE(Message(N_("The photos could not be read: %s"), "a") == Message(N_("The photos could not be read: %s"), "b"));
}

TEST_CASE("teacher mode stores a problem or a notice as msgid and values, never as words") {
    auto db = OpenKioskMemoryDatabase();
    TeacherEdits admin(*db);
    admin.SetProblem(N_("The calendar file cannot be read: %s"), "/media/usb/school.ics");
    CHECK(admin.Problem() == Message(N_("The calendar file cannot be read: %s"), "/media/usb/school.ics"));
    CHECK(admin.Notice().Empty());
    // A notice replaces the problem.
    admin.SetNotice(N_("%d events imported"), 12);
    CHECK(admin.Problem().Empty());
    CHECK(admin.Notice() == Message(N_("%d events imported"), "12"));
    admin.ClearMessages();
    CHECK(admin.Notice().Empty());

    // A refusal of the shared checks arrives as its msgid too (AdminError::Said()),
    // while the command line still reads the same sentence in English (what()).
    admin.Poll().days = 90;
    CHECK_FALSE(admin.CreatePoll(1, CivilDate{2026, 11, 24}));
    CHECK(std::string(admin.Problem().msgid) == "A poll closes at most %d days after it opens; %s to %s is longer.");
    CHECK(admin.Problem().args == std::vector<std::string>{"60", "2026-11-24", "2027-02-21"});
    try {
        throw AdminError(N_("There is no poll with id %d."), 999);
    } catch (const AdminError& e) {
        CHECK(std::string(e.what()) == "There is no poll with id 999.");
        CHECK(e.Said() == Message(N_("There is no poll with id %d."), 999));
    }

    // A setting the checks refuse: the sentence is a msgid, the reason (for the IT person) its value.
    CHECK_FALSE(admin.SetSetting("idle_timeout_s", "0", {}));
    CHECK(std::string(admin.Problem().msgid) == "This setting cannot take that value: %s");
    REQUIRE(admin.Problem().args.size() == 1);
    CHECK_THAT(admin.Problem().args[0], Catch::Contains("idle_timeout_s"));
}

TEST_CASE("a stored message is put into words in the catalog's language when drawn") {
    const Message m(N_("The calendar file cannot be read: %s"), "/media/usb/school.ics");
    CHECK(i18n::Format(Built().For("nl"), m) == "Het kalenderbestand kan niet gelezen worden: /media/usb/school.ics");
    CHECK(i18n::Format(Built().For("fr"), m) == "Le fichier du calendrier est illisible : /media/usb/school.ics");
    CHECK(i18n::Format(Built().For("en"), m) == m.English());
    CHECK(i18n::Format(i18n::Catalog(), m) == m.English());  // no catalog: the msgid itself
    CHECK(i18n::Format(Built().For("nl"), Message(N_("%d events imported"), 12)) == "12 activiteiten ingelezen");
    CHECK(i18n::Format(Built().For("nl"), Message()).empty());
}

TEST_CASE("in a right-to-left catalog the values land where the translation puts them") {
    // Arabic is in display form (visual order, right to left): the first value is the rightmost.
    const Message m(N_("The poll would close (%s) before it opens (%s)."), "2026-11-23", "2026-11-24");
    for (const char* lang : {"ar", "fa"}) {
        INFO(lang);
        const std::string shown = i18n::Format(Built().For(lang), m);
        const size_t closes = shown.find("2026-11-23"), opens = shown.find("2026-11-24");
        REQUIRE(closes != std::string::npos);
        REQUIRE(opens != std::string::npos);
        CHECK(opens < closes);
        CHECK(shown.find("\xEF\xBF\xBC") == std::string::npos);  // no placeholder left
        CHECK(shown.find('%') == std::string::npos);
    }
    // Three values, two of them numbers.
    const std::string too_long = i18n::Format(
        Built().For("ar"), Message(N_("The name is too long: at most %d characters, '%s' has %d."), 40, "Annabella", 41));
    const size_t most = too_long.find("40"), name = too_long.find("Annabella"), has = too_long.find("41");
    CHECK(has < name);
    CHECK(name < most);
    // A value in Arabic script is shaped and ordered for drawing, in either direction.
    const Message arabic_name(N_("There is already a child called %s in this class."), "نور");
    CHECK_THAT(i18n::Format(Built().For("nl"), arabic_name), Catch::Contains(i18n::ShapeForDisplay("نور", false)));
    CHECK(i18n::Format(Built().For("nl"), arabic_name).find("نور") == std::string::npos);
}
