// Photos tapped and swiped like a parent would, and the slideshow woken by a touch.
#include "headless_kiosk.h"

#include <catch2/catch.hpp>
#include <imgui_internal.h>

#include <string_view>

using namespace kd;
using kd::test::HeadlessKiosk;

namespace {

void Drag(HeadlessKiosk& k, ImVec2 from, ImVec2 to) { k.Drag(from, to); }

}  // namespace

TEST_CASE("tap a photo: full screen; arrows, swipes and Back") {
    HeadlessKiosk k;
    AddPhotos(k, 5);
    k.Settle();
    REQUIRE(k.Tap("home.photos"));
    for (int i = 0; i < 5; ++i) CHECK(k.Map().Find("photo." + std::to_string(i)));
    REQUIRE(k.Tap("photo.2"));
    CHECK(k.CurrentScreen() == Screen::PhotoView);
    CHECK(k.Controller().State().photo == 2);
    REQUIRE(k.Tap("photo.next"));
    CHECK(k.Controller().State().photo == 3);
    REQUIRE(k.Tap("photo.prev"));
    CHECK(k.Controller().State().photo == 2);

    Drag(k, ImVec2(1400, 540), ImVec2(600, 560));  // swipe to the left: the next photo
    CHECK(k.Controller().State().photo == 3);
    Drag(k, ImVec2(600, 540), ImVec2(1400, 540));  // to the right: back again
    CHECK(k.Controller().State().photo == 2);
    Drag(k, ImVec2(900, 300), ImVec2(960, 900));   // mostly down: not a swipe
    CHECK(k.Controller().State().photo == 2);
    k.Drag(ImVec2(1400, 540), ImVec2(600, 540), 0);  // a quick swipe inside one slow frame still counts
    CHECK(k.Controller().State().photo == 3);
    k.Drag(ImVec2(600, 540), ImVec2(1400, 540), 0);
    CHECK(k.Controller().State().photo == 2);

    REQUIRE(k.Tap("photo.next"));
    REQUIRE(k.Tap("photo.next"));
    CHECK_FALSE(k.Map().Find("photo.next"));  // the last one: no arrow onwards
    REQUIRE(k.Tap("nav.back"));
    CHECK(k.CurrentScreen() == Screen::Photos);
}

TEST_CASE("the slideshow starts on an untouched home, and any touch brings home back at once") {
    HeadlessKiosk k;
    AddPhotos(k, 3);
    k.Settle();
    k.Clock().Advance(k.Controller().GetSettings().attract_delay_s + 1);
    REQUIRE(k.Controller().Tick());
    k.Settle();
    CHECK(k.CurrentScreen() == Screen::Slideshow);
    REQUIRE(k.Tap("slideshow.wake"));
    CHECK(k.CurrentScreen() == Screen::Home);  // and the touch did not open a tile under it
}

TEST_CASE("fifty photos: large thumbnails that scroll by dragging, and a drag is not a tap") {
    HeadlessKiosk k;
    AddPhotos(k, 50);
    k.Settle();
    REQUIRE(k.Tap("home.photos"));
    const ui::UiItem* first = k.Map().Find("photo.0");
    REQUIRE(first);
    CHECK(first->max.x - first->min.x > 1920 / 5);  // four across, not fifty crammed in
    CHECK_FALSE(k.Map().Find("photo.49"));          // below the fold
    Drag(k, ImVec2(900, 900), ImVec2(900, 200));   // drag up: scroll down
    CHECK(k.CurrentScreen() == Screen::Photos);     // the drag opened nothing
    CHECK_FALSE(k.Map().Find("photo.0"));  // the first row has gone up out of sight
    const ui::UiItem* moved = k.Map().Find("photo.8");
    REQUIRE(moved);
    CHECK(moved->min.y < 400);  // the third row has come up
}

namespace {
// How far the photo grid is scrolled, in pixels.
float GridScroll() {
    for (ImGuiWindow* w : ImGui::GetCurrentContext()->Windows)
        if (std::string_view(w->Name).find("##photo-grid") != std::string_view::npos) return w->Scroll.y;
    return -1.0f;
}
}  // namespace

TEST_CASE("a flick glides on and slows down, a drag that stops does not, and no scroll bar shows") {
    HeadlessKiosk k;
    AddPhotos(k, 80);
    k.Settle();
    REQUIRE(k.Tap("home.photos"));
    for (ImGuiWindow* w : ImGui::GetCurrentContext()->Windows) CHECK_FALSE(w->ScrollbarY);
    REQUIRE(GridScroll() == 0.0f);

    // A slow drag of 300 px that rests before the finger lifts: the list moves 300 px and stays.
    k.Drag(ImVec2(900, 800), ImVec2(900, 500), 30, 20);
    const float slow = GridScroll();
    CHECK(slow == Approx(300).margin(20));  // less the first half em, before a touch counts as a drag
    for (int i = 0; i < 30; ++i) k.Frame();
    CHECK(GridScroll() == Approx(slow));
    CHECK_FALSE(k.Animating());

    // A flick of the same 300 px in 3 frames: the list goes on, farther than the finger went, then stops.
    k.Drag(ImVec2(900, 800), ImVec2(900, 500), 3);
    CHECK(k.Animating());
    float last = GridScroll();
    for (int i = 0; i < 240 && k.Animating(); ++i) {
        k.Frame();
        CHECK(GridScroll() >= last);  // only ever onward
        last = GridScroll();
    }
    CHECK_FALSE(k.Animating());  // it stopped within 4 s
    CHECK(last - slow > 450);    // glided well past the finger's 300 px
    CHECK(k.CurrentScreen() == Screen::Photos);  // and opened nothing
}
