#include "domain/app_state.h"

#include <catch2/catch.hpp>

using namespace kd;

TEST_CASE("every screen has a stable name that parses back") {
    for (Screen s : kAllScreens) CHECK(ScreenFromName(ScreenName(s)) == s);
    CHECK(ScreenName(Screen::Home) == std::string("home"));
    CHECK_FALSE(ScreenFromName("nope"));
}

TEST_CASE("navigation, picking and going home") {
    AppState st;
    Apply(st, intent::Navigate{Screen::TellChild});
    CHECK(st.screen == Screen::TellChild);
    Apply(st, intent::PickChild{7});
    CHECK(st.draft.child_id == 7);
    Apply(st, intent::Back{});
    Apply(st, intent::PickWholeClass{});
    CHECK_FALSE(st.draft.child_id);
    CHECK(st.draft.about_class);
    Apply(st, intent::GoHome{});
    CHECK(st.screen == Screen::Home);
    CHECK(st.draft.Empty());
}

TEST_CASE("starting the flow from home starts from an empty draft") {
    AppState st;
    st.draft.child_id = 3;  // whatever was there must not leak into a new flow
    Apply(st, intent::Navigate{Screen::TellChild});
    CHECK(st.draft.Empty());
}

TEST_CASE("the idle reset drops the draft and restores the default language") {
    AppState st;
    Apply(st, intent::SetLanguage{"ar"});
    Apply(st, intent::Navigate{Screen::TellChild});
    Apply(st, intent::PickChild{4});
    ResetForNextParent(st, "nl");
    CHECK(st.screen == Screen::Home);
    CHECK(st.draft.Empty());
    CHECK(st.lang == "nl");
}
