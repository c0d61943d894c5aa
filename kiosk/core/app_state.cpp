#include "core/app_state.h"

namespace kd {

const char* ScreenName(Screen s) {
    switch (s) {
        case Screen::Home: return "home";
        case Screen::TellChild: return "tell-child";
        case Screen::Photos: return "photos";
        case Screen::Week: return "week";
    }
    return "home";
}

std::optional<Screen> ScreenFromName(std::string_view name) {
    for (Screen s : kAllScreens)
        if (name == ScreenName(s)) return s;
    return std::nullopt;
}

namespace {
struct Applier {
    AppState& st;
    void operator()(const intent::Navigate& n) {
        // Starting the flow anew always starts from an empty draft.
        if (n.to == Screen::TellChild && st.screen == Screen::Home) st.draft = Draft{};
        st.screen = n.to;
    }
    void operator()(const intent::GoHome&) {
        st.draft = Draft{};
        st.screen = Screen::Home;
    }
    void operator()(const intent::PickChild& p) {
        st.draft.child_id = p.child_id;
        st.draft.about_class = false;
    }
    void operator()(const intent::PickWholeClass&) {
        st.draft.child_id.reset();
        st.draft.about_class = true;
    }
    void operator()(const intent::SetLanguage& l) { st.lang = l.lang; }
};
}  // namespace

void Apply(AppState& state, const Intent& in) { std::visit(Applier{state}, in); }

void ResetForNextParent(AppState& state, const std::string& default_lang) {
    state.draft = Draft{};
    state.screen = Screen::Home;
    state.lang = default_lang;
}

}  // namespace kd
