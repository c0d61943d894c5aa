#pragma once
// The kiosk's state machine: which screen, what the parent has picked so far,
// which language. Screens read it and push intents; Apply() is the only writer.
#include "core/model.h"

#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace kd {

enum class Screen {
    Home,
    TellChild,  // "tell the teacher", step 1: which child
    Photos,     // today's photos
    Week,       // this week
};

inline constexpr Screen kAllScreens[] = {Screen::Home, Screen::TellChild, Screen::Photos, Screen::Week};

// Stable names, used by `screenshot --screen` and in the UI map.
const char* ScreenName(Screen s);
std::optional<Screen> ScreenFromName(std::string_view name);

// What a parent has picked in the "tell the teacher" flow. Never outlives an idle reset.
struct Draft {
    std::optional<Id> child_id;
    bool about_class = false;  // "about the class / a general question"

    bool Empty() const { return !child_id && !about_class; }
};

struct AppState {
    Screen screen = Screen::Home;
    std::string lang = "nl";
    Draft draft;
};

namespace intent {
struct Navigate { Screen to; };
struct GoHome {};                 // the big Home / Cancel
struct PickChild { Id child_id; };
struct PickWholeClass {};
struct SetLanguage { std::string lang; };
}  // namespace intent

using Intent = std::variant<intent::Navigate, intent::GoHome, intent::PickChild, intent::PickWholeClass,
                            intent::SetLanguage>;

// Applies one intent. Pure: no disk, no clock.
void Apply(AppState& state, const Intent& in);

// What the idle timer does: home, draft dropped, the default language back.
void ResetForNextParent(AppState& state, const std::string& default_lang);

}  // namespace kd
