// Every screen, in four scripts, on the screens schools hang up: each tappable
// item lies inside the screen, none overlaps another, each is at least 15 mm
// across at that screen's usual size, and every text box drew its words whole
// (no word split, nothing past the screen, not shrunk below the least size,
// no character without a glyph).
#include "headless_kiosk.h"
#include "services/demo_school.h"
#include "services/teacher_code.h"
#include "ui/widgets.h"

#include <catch2/catch.hpp>
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace kd;
using kd::test::HeadlessKiosk;

namespace {

constexpr const char* kCode = "vlinders2026";

struct ScreenSize {
    int width, height;
    float inches;  // the diagonal such a panel usually has
};
// 23" office monitors (landscape at the entrance, upright beside a door), the
// cheap 10.1" touch panels (1280x800 and 1024x600), a 15.6" all-in-one, a 55" TV.
constexpr ScreenSize kSizes[] = {{1920, 1080, 23.0f}, {1080, 1920, 23.0f}, {1280, 800, 10.1f},
                                 {1366, 768, 15.6f},  {1024, 600, 10.1f},  {3840, 2160, 55.0f}};
constexpr const char* kLangs[] = {"nl", "ar", "ti", "uk"};

// 15 mm in pixels on that panel.
float FingerPixels(const ScreenSize& s) {
    const float px_per_mm = std::hypot(float(s.width), float(s.height)) / (s.inches * 25.4f);
    return 15.0f * px_per_mm;
}

bool Overlap(const ui::UiItem& a, const ui::UiItem& b) {
    const float ox = std::min(a.max.x, b.max.x) - std::max(a.min.x, b.min.x);
    const float oy = std::min(a.max.y, b.max.y) - std::max(a.min.y, b.min.y);
    return ox > 0.5f && oy > 0.5f;
}

// The photo view's swipe area is the photo itself, under its buttons: a tap on
// a button is the button's, a drag anywhere moves the photo.
// So is the slideshow's wake area: the whole screen, under anything shown on it.
bool Backdrop(const ui::UiItem& i) { return i.id == "photo.swipe" || i.id == "slideshow.wake"; }

std::string Where(const ui::UiItem& i) {
    std::ostringstream s;
    s << i.id << " [" << int(i.min.x) << "," << int(i.min.y) << " " << int(i.max.x - i.min.x) << "x"
      << int(i.max.y - i.min.y) << "]";
    return s.str();
}

// The problems on the screen drawn last.
std::vector<std::string> Check(HeadlessKiosk& k, const ScreenSize& size, const ui::TextLog& texts) {
    std::vector<std::string> problems;
    const float finger = FingerPixels(size);
    const auto& items = k.Map().Items();
    for (size_t i = 0; i < items.size(); ++i) {
        const ui::UiItem& a = items[i];
        if (a.min.x < -0.5f || a.min.y < -0.5f || a.max.x > size.width + 0.5f || a.max.y > size.height + 0.5f)
            problems.push_back("outside the screen: " + Where(a));
        if (a.whole && std::min(a.max.x - a.min.x, a.max.y - a.min.y) < finger - 0.5f)
            problems.push_back("smaller than 15 mm (" + std::to_string(int(finger)) + " px): " + Where(a));
        for (size_t j = i + 1; j < items.size(); ++j)
            if (!Backdrop(a) && !Backdrop(items[j]) && Overlap(a, items[j])) problems.push_back("overlap: " + Where(a) + " and " + Where(items[j]));
    }
    for (const ui::TextBox& t : texts) {
        if (!t.fits) problems.push_back("text does not fit: \"" + t.text + "\"");
        if (!t.missing.empty()) {
            std::ostringstream s;
            s << "no glyph for U+" << std::hex << t.missing.front() << " in \"" << t.text << "\"";
            problems.push_back(s.str());
        }
    }
    return problems;
}

}  // namespace

TEST_CASE("every screen fits every supported screen size in four scripts", "[layout]") {
    std::vector<std::string> all;
    int screens_checked = 0;
    for (const ScreenSize& size : kSizes) {
        Settings entrance;  // an entrance kiosk has every screen
        entrance.mode = KioskMode::Entrance;
        HeadlessKiosk k(size.width, size.height, entrance);
        TeacherCode(k.Db(), k.Clock()).Set(kCode);
        AddPhotos(k, 6);
        // The inbox with rows to lay out: the demo's parents' messages, today and this week.
        SeedDemoConcerns(k.Db(), k.Controller().Data().door_class.id, k.Clock().UnixSeconds(), "Europe/Brussels");
        for (const char* lang : kLangs)
            for (const Screen s : kAllScreens) {
                if (IsTeacherScreen(s)) REQUIRE(k.Controller().PreviewTeacher(s, kCode, lang));
                else k.Controller().Preview(s, lang);
                k.Settle();
                ui::TextLog texts;
                ui::RecordTexts(&texts);
                k.Frame();
                ui::RecordTexts(nullptr);
                ++screens_checked;
                if (s == Screen::TeacherInbox) {  // the inbox really has rows to check
                    int answers = 0;
                    for (const ui::UiItem& i : k.Map().Items()) answers += i.id.rfind("answer", 0) == 0;
                    CHECK(answers >= 3);
                }
                auto note = [&](const std::string& p) {
                    std::ostringstream where;
                    where << size.width << "x" << size.height << " " << lang << " " << ScreenName(s) << ": " << p;
                    all.push_back(where.str());
                };
                for (const std::string& p : Check(k, size, texts)) note(p);
                // And with the idle countdown showing: it covers no button.
                const double left = k.Controller().IdleSecondsLeft();
                if (!IsTeacherScreen(s) && left > 3.0 && left < 1e6) {
                    k.Clock().Advance(left - 3.0);
                    k.Controller().Tick();
                    k.Frame();
                    if (k.CurrentScreen() == s && k.Map().Find("idle.countdown"))
                        for (const std::string& p : Check(k, size, {})) note("with the countdown: " + p);
                }
            }
    }
    if (const char* file = std::getenv("KLASDEUR_LAYOUT_REPORT")) {
        std::ofstream out(file);
        for (const std::string& p : all) out << p << "\n";
    }
    std::ostringstream report;
    for (size_t i = 0; i < all.size() && i < 80; ++i) report << all[i] << "\n";
    INFO(all.size() << " problems over " << screens_checked << " screens; the first:\n" << report.str());
    CHECK(screens_checked == int(std::size(kSizes) * std::size(kLangs) * std::size(kAllScreens)));
    CHECK(all.empty());
}
