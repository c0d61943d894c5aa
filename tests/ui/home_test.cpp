#include "headless_kiosk.h"
#include <algorithm>
#include "ui/widgets.h"
#include "store/photos_repo.h"
#include "ui/sizes.h"

#include <catch2/catch.hpp>

using namespace kd;
using kd::test::HeadlessKiosk;

TEST_CASE("home shows three big tiles, the language bar, and nothing to type") {
    HeadlessKiosk k;
    k.Settle();
    CHECK(k.CurrentScreen() == Screen::Home);
    for (const char* id : {"home.tell", "home.photos", "home.week"}) {
        INFO(id);
        const ui::UiItem* tile = k.Map().Find(id);
        REQUIRE(tile);
        // Huge: each at least a quarter of the screen wide and half of it tall.
        CHECK(tile->max.x - tile->min.x > 1920 / 4);
        CHECK(tile->max.y - tile->min.y > 1080 * 0.42f);  // the rest: the date, the demo's poll band, the language bar
    }
    CHECK(k.Map().Find("home.tell")->msgid == "Tell the teacher");
    CHECK(k.Map().Find("lang.nl"));
    CHECK(k.Map().Find("lang.en"));
}

TEST_CASE("every tappable item on every screen is big enough for a thumb") {
    HeadlessKiosk k;
    const float min_px = ui::Em(ui::kMinTouchEm);  // ~15 mm on a 24" 1080p screen
    for (const char* screen : {"home.tell", "home.photos", "home.week"}) {
        k.Settle();
        for (const ui::UiItem& i : k.Map().Items()) {
            INFO(i.id);
            CHECK(i.max.x - i.min.x >= min_px);
            CHECK(i.max.y - i.min.y >= min_px);
        }
        REQUIRE(k.Tap(screen));
        for (const ui::UiItem& i : k.Map().Items()) {
            INFO(i.id);
            CHECK(i.max.x - i.min.x >= min_px);
            CHECK(i.max.y - i.min.y >= min_px);
        }
        REQUIRE(k.Tap(k.Map().Find("nav.home") ? "nav.home" : "nav.cancel"));
    }
}

TEST_CASE("all pictograms the screens use are in the atlas") {
    HeadlessKiosk k;
    CHECK(k.Atlas().Missing().empty());
    for (const char* e : {"💬", "📷", "🗓️", "🏠", "🦊", "👨‍👩‍👧"}) {
        INFO(e);
        CHECK(k.Atlas().Find(e));
    }
}

TEST_CASE("the layout holds at other screen sizes") {
    for (auto [w, h] : {std::pair{1280, 800}, std::pair{1080, 1920}, std::pair{1366, 768}}) {
        HeadlessKiosk k(w, h);
        k.Settle();
        for (const ui::UiItem& i : k.Map().Items()) {
            INFO(w << "x" << h << " " << i.id);
            CHECK(i.min.x >= 0);
            CHECK(i.min.y >= 0);
            CHECK(i.max.x <= w);
            CHECK(i.max.y <= h);
        }
    }
}

TEST_CASE("no tappable item on any screen of the flow sticks out of the screen") {
    HeadlessKiosk k;
    k.Settle();
    REQUIRE(k.Tap("home.tell"));
    for (const char* tap : {"child.class", "topic.sick", "feeling.3", ""}) {
        for (const ui::UiItem& i : k.Map().Items()) {
            INFO(ScreenName(k.CurrentScreen()) << " " << i.id);
            CHECK(i.min.x >= 0);
            CHECK(i.min.y >= 0);
            CHECK(i.max.x <= 1920);
            CHECK(i.max.y <= 1080);
        }
        if (*tap) REQUIRE(k.Tap(tap));
    }
}

TEST_CASE("the poll band shows what it asks about: the event's picture, and a photo of that day") {
    HeadlessKiosk k;
    k.Settle();
    const ScreenData& d = k.Controller().Data();
    REQUIRE(d.poll);
    REQUIRE(d.poll_event);  // the demo's poll is about the toddler party
    CHECK_FALSE(d.poll_photo);  // the demo has no photo of that day
    ui::PictureLog log;
    ui::RecordPictures(&log);
    k.Frame();
    ui::RecordPictures(nullptr);
    CHECK(std::find(log.begin(), log.end(), "🎉|❓") != log.end());
    CHECK(k.Map().Find("poll.1"));

    // A photo of the party's day: the band has it to show beside the picture.
    Photo p;
    p.class_id = d.door_class.id;
    p.content_hash = "party-photo";
    p.day = d.poll_event->start_date;
    p.taken_at = 0;
    p.screen_file = "photos/party.jpg";
    p.thumb_file = "thumbs/party.jpg";
    p.width = 1600;
    p.height = 1200;
    store::PhotosRepo(k.Db()).Add(p);
    k.Controller().Reload();
    REQUIRE(k.Controller().Data().poll_photo);
    CHECK(k.Controller().Data().poll_photo->content_hash == "party-photo");
}

TEST_CASE("the calendar's own title shows only in the school's language") {
    HeadlessKiosk k;
    REQUIRE(k.Controller().Data().poll_event);
    for (const Screen s : {Screen::Home, Screen::EventCard})
        for (const char* lang : {"nl", "ar", "uk"}) {
            INFO(ScreenName(s) << " " << lang);
            k.Controller().Preview(s, lang);
            k.Settle();
            // The title the screen is about: the poll's event on home, the open event on its card.
            std::string title = k.Controller().Data().poll_event->title;
            if (s == Screen::EventCard)
                for (const DayEvents& d : k.Controller().Data().week)
                    for (const Event& e : d.events)
                        if (e.id == k.Controller().State().event_id) title = e.title;
            ui::TextLog texts;
            ui::RecordTexts(&texts);
            k.Frame();
            ui::RecordTexts(nullptr);
            bool shown = false;
            for (const ui::TextBox& t : texts) shown |= t.text == title;
            CHECK(shown == (std::string(lang) == "nl"));  // the demo school's language
        }
}
