// The screen table: every screen of domain/screen.h has its row, in order, and
// the kiosk frame draws each one through it.
#include "headless_kiosk.h"
#include "screens/screen_table.h"
#include "services/teacher_code.h"

#include <catch2/catch.hpp>
#include <imgui.h>

#include <algorithm>
#include <iterator>
#include <map>
#include <string>
#include <vector>

using namespace kd;
using kd::test::HeadlessKiosk;

namespace {

constexpr const char* kCode = "vlinders2026";

// What a frame drew, enough to tell one screen from another: the tappable
// items' ids and how many vertices it drew.
std::string Fingerprint(const HeadlessKiosk& k) {
    std::vector<std::string> ids;
    for (const ui::UiItem& item : k.Map().Items()) ids.push_back(item.id);
    std::sort(ids.begin(), ids.end());
    std::string print;
    for (const std::string& id : ids) print += id + " ";
    return print + "| " + std::to_string(ImGui::GetDrawData()->TotalVtxCount);
}

}  // namespace

TEST_CASE("the screen table has one row per screen, in the order of the screen list") {
    const auto table = screens::ScreenTable();
    REQUIRE(table.size() == std::size(kAllScreens));
    for (size_t i = 0; i < table.size(); ++i) {
        INFO(ScreenName(kAllScreens[i]));
        CHECK(table[i].screen == kAllScreens[i]);
        CHECK(table[i].draw != nullptr);
        CHECK(&screens::RowOf(kAllScreens[i]) == &table[i]);
    }
}

TEST_CASE("every screen draws through the table, each its own") {
    Settings entrance;  // an entrance kiosk asks for the class first: it has every screen
    entrance.mode = KioskMode::Entrance;
    HeadlessKiosk k(1920, 1080, entrance);
    TeacherCode(k.Db(), k.Clock()).Set(kCode);
    AddPhotos(k, 3);  // photo view and the slideshow show only with photos to show
    std::map<std::string, Screen> drawn;  // fingerprint -> the screen that drew it
    for (const Screen s : kAllScreens) {
        INFO(ScreenName(s));
        if (IsTeacherScreen(s)) REQUIRE(k.Controller().PreviewTeacher(s, kCode, "nl"));
        else k.Controller().Preview(s, "nl");
        k.Settle();
        REQUIRE(k.CurrentScreen() == s);
        CHECK(ImGui::GetDrawData()->TotalVtxCount > 0);
        const auto [at, fresh] = drawn.emplace(Fingerprint(k), s);
        INFO("draws the same as " << ScreenName(at->second));
        CHECK(fresh);
    }
    k.Controller().Preview(Screen::Home, "nl");
    k.Settle();
    CHECK(k.CurrentScreen() == Screen::Home);
}
