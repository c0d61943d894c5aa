#include "headless_kiosk.h"

#include <catch2/catch.hpp>

using namespace kd;
using kd::test::HeadlessKiosk;

TEST_CASE("each home tile opens its screen, and Home comes back") {
    HeadlessKiosk k;
    k.Settle();
    const std::pair<const char*, Screen> tiles[] = {
        {"home.tell", Screen::TellChild}, {"home.photos", Screen::Photos}, {"home.week", Screen::Week}};
    for (const auto& [id, screen] : tiles) {
        INFO(id);
        REQUIRE(k.Tap(id));
        CHECK(k.CurrentScreen() == screen);
        REQUIRE(k.Tap(k.Map().Find("nav.home") ? "nav.home" : "nav.cancel"));
        CHECK(k.CurrentScreen() == Screen::Home);
    }
}

TEST_CASE("a tap is a press and a release on the same tile; a drag off it is not a tap") {
    HeadlessKiosk k;
    k.Settle();
    const ui::UiItem* tile = k.Map().Find("home.week");
    REQUIRE(tile);
    const ImVec2 at = tile->Center();
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = at;
    io.MouseDown[0] = true;
    k.Frame();
    k.Frame();
    io.MousePos = ImVec2(5, 5);  // slid away before lifting
    k.Frame();
    io.MouseDown[0] = false;
    k.Frame();
    k.Settle();
    CHECK(k.CurrentScreen() == Screen::Home);
}

TEST_CASE("the children screen shows every child of the class and the whole class") {
    HeadlessKiosk k;
    k.Settle();
    REQUIRE(k.Tap("home.tell"));
    const auto& children = k.Controller().Data().children;
    REQUIRE(children.size() == 20);
    for (const Child& c : children) CHECK(k.Map().Find("child." + std::to_string(c.id)));
    CHECK(k.Map().Find("child.class"));
    REQUIRE(k.Tap("child." + std::to_string(children[3].id)));
    CHECK(k.Controller().State().draft.child_id == children[3].id);
    CHECK(k.CurrentScreen() == Screen::TellTopic);
    REQUIRE(k.Tap("nav.back"));
    CHECK(k.Map().Find("child." + std::to_string(children[3].id)));
    REQUIRE(k.Tap("child.class"));
    CHECK(k.Controller().State().draft.about_class);
    CHECK_FALSE(k.Controller().State().draft.child_id);
}

TEST_CASE("one tap on a language switches the whole kiosk") {
    HeadlessKiosk k;
    k.Settle();
    REQUIRE(k.Tap("lang.en"));
    CHECK(k.Controller().State().lang == "en");
    CHECK(k.Controller().Data().today_label == "Tuesday, November 24");
    REQUIRE(k.Tap("lang.nl"));
    CHECK(k.Controller().State().lang == "nl");
}
