// Names as a school types them, in the families' own scripts: each drawn as
// written (shaped, in its own direction, every glyph there), each child's
// picture the same size whatever the name, a class of 30 on one screen, and a
// name the kiosk cannot draw refused as it is typed.
#include "headless_kiosk.h"
#include "i18n/display_text.h"
#include "services/class_list.h"
#include "ui/glyph_plan.h"
#include "ui/sizes.h"
#include "ui/widgets.h"

#include <catch2/catch.hpp>
#include <imgui.h>

#include <algorithm>
#include <string>
#include <vector>

using namespace kd;
using kd::test::HeadlessKiosk;

namespace {

// Arabic, Cyrillic, Ethiopic (Tigrinya), Greek (polytonic), Vietnamese, Chinese, and 40 characters.
const std::vector<std::string> kNames = {"يوسف", "Олександр", "ኣማኑኤል", "Ἀλέξανδρος", "Nguyễn Thị Minh Khai", "李明",
                                         "Maximiliaan-Alexander Van den Broeckhove"};

// Adds `names` to the door class, each with a free symbol; returns their ids.
std::vector<Id> AddNames(HeadlessKiosk& k, const std::vector<std::string>& names) {
    std::vector<Id> ids;
    const Id cls = k.Controller().Data().door_class.id;
    for (const std::string& n : names) {
        const auto free = FreeSymbols(k.Db(), cls, k.Pictos().symbols);
        REQUIRE(!free.empty());
        ids.push_back(AddChild(k.Db(), cls, n, free.front(), false, k.Pictos().symbols));
    }
    k.Controller().Reload();
    return ids;
}

const ui::TextBox* FindText(const ui::TextLog& log, const std::string& text) {
    for (const ui::TextBox& t : log)
        if (t.text == text) return &t;
    return nullptr;
}

}  // namespace

TEST_CASE("names in six scripts are drawn as written on the child picker", "[names]") {
    for (const auto& [w, h] : {std::pair{1920, 1080}, std::pair{1080, 1920}, std::pair{1024, 600}}) {
        INFO(w << "x" << h);
        HeadlessKiosk k(w, h);
        AddNames(k, kNames);
        CHECK(k.RebuildAtlasForNewNames());  // Greek, Vietnamese and Chinese letters were not in it
        CHECK_FALSE(k.RebuildAtlasForNewNames());

        for (const char* lang : {"nl", "ar"}) {
            INFO(lang);
            k.Controller().Preview(Screen::TellChild, lang);
            k.Settle();
            ui::TextLog texts;
            std::vector<float> sizes;
            ui::PictureLog pictures;
            ui::RecordTexts(&texts);
            ui::RecordPictures(&pictures);
            ui::RecordPictureSizes(&sizes);
            k.Frame();
            ui::RecordTexts(nullptr);
            ui::RecordPictures(nullptr);
            ui::RecordPictureSizes(nullptr);

            for (const std::string& name : kNames) {
                INFO(name);
                const ui::TextBox* box = FindText(texts, i18n::TypedForDisplay(name));
                REQUIRE(box != nullptr);
                CHECK(box->missing.empty());
                CHECK(box->fits);
            }
            // Every child's picture the same size, long name or short.
            std::vector<float> child_sizes;
            for (size_t i = 0; i < pictures.size(); ++i)
                for (const Child& c : k.Controller().Data().children)
                    if (pictures[i] == c.symbol) child_sizes.push_back(sizes[i]);
            REQUIRE(child_sizes.size() >= k.Controller().Data().children.size());
            CHECK(*std::max_element(child_sizes.begin(), child_sizes.end()) ==
                  Approx(*std::min_element(child_sizes.begin(), child_sizes.end())));
            CHECK(child_sizes.front() >= ui::Em(2.2f));  // a picture a parent spots from a step away
        }
    }
}

TEST_CASE("an Arabic name is shaped and drawn right to left, in any kiosk language", "[names]") {
    // يوسف: yeh initial, waw final, seen initial, feh final; drawn left to right
    // as feh, seen, waw, yeh (the reader starts at the right).
    CHECK(i18n::TypedForDisplay("يوسف") == "\uFED2\uFEB3\uFEEE\uFEF3");
    // Latin stays as typed; Vietnamese typed with combining accents is drawn composed.
    CHECK(i18n::TypedForDisplay("Lucas") == "Lucas");
    CHECK(i18n::TypedForDisplay("Nguye\u0302\u0303n") == "Nguyễn");
}

TEST_CASE("a name is stored composed and one the kiosk cannot draw is refused when typed", "[names]") {
    HeadlessKiosk k;
    const Id cls = k.Controller().Data().door_class.id;
    const auto free = FreeSymbols(k.Db(), cls, k.Pictos().symbols);
    const Id id = AddChild(k.Db(), cls, "Nguye\u0302\u0303n", free.at(0), false, k.Pictos().symbols);
    CHECK(FindChild(k.Db(), id)->first_name == "Nguyễn");
    // Devanagari needs a shaper the kiosk does not have; an emoji is a symbol, not a letter.
    for (const std::string& name : {std::string("देवी"), std::string("Lina 🌸")}) {
        INFO(name);
        try {
            AddChild(k.Db(), cls, name, free.at(1), false, k.Pictos().symbols);
            FAIL("accepted");
        } catch (const AdminError& e) {
            CHECK(std::string(e.Said().msgid) == "The name has a character the kiosk cannot draw: %s.");
            CHECK(std::string(e.what()).find("U+") != std::string::npos);
        }
    }
    CHECK_THROWS_AS(RenameChild(k.Db(), id, "देवी"), AdminError);
    CHECK(FindChild(k.Db(), id)->first_name == "Nguyễn");
}

TEST_CASE("a whole CJK font is opened only when a name needs it", "[names]") {
    CHECK(ui::PlanGlyphs(ui::CodePointsOf("Emma Lucas Олександр يوسف")).extra.empty());
    const ui::GlyphPlan greek = ui::PlanGlyphs(ui::CodePointsOf("Ἀλέξανδρος"));
    REQUIRE(greek.extra.size() == 1);
    CHECK(greek.extra[0].file.filename() == "NotoSans-Regular.ttf");
    const ui::GlyphPlan han = ui::PlanGlyphs(ui::CodePointsOf("李明"));
    REQUIRE(han.extra.size() == 1);
    CHECK(han.extra[0].file.filename() == "NotoSansCJK-Regular.ttc");
    CHECK(han.extra[0].chars.size() == 2);
    CHECK(ui::PlanGlyphs(ui::CodePointsOf("देवी")).undrawable.size() == 4);
}

TEST_CASE("a class of 30 fits one screen, every picture whole", "[names]") {
    for (const auto& [w, h] : {std::pair{1920, 1080}, std::pair{1080, 1920}, std::pair{1280, 800}, std::pair{1024, 600}}) {
        INFO(w << "x" << h);
        HeadlessKiosk k(w, h);
        std::vector<std::string> more;
        for (size_t i = k.Controller().Data().children.size(); i < 30; ++i)
            more.push_back(i < kNames.size() + 8 && i >= 8 ? kNames[i - 8] : "Kind " + std::to_string(i + 1));
        AddNames(k, more);
        k.RebuildAtlasForNewNames();
        REQUIRE(k.Controller().Data().children.size() == 30);
        k.Controller().Preview(Screen::TellChild, "nl");
        k.Settle();
        int whole = 0;
        for (const ui::UiItem& i : k.Map().Items())
            if (i.id.rfind("child.", 0) == 0 && i.id != "child.class" && i.whole) ++whole;
        CHECK(whole == 30);
    }
}
