#include "domain/app_state.h"

#include <algorithm>

namespace kd {

std::optional<Screen> ScreenFromName(std::string_view name) {
    for (Screen s : kAllScreens)
        if (name == ScreenName(s)) return s;
    return std::nullopt;
}

int TellStep(Screen s) {
    switch (s) {
        case Screen::TellClass:
        case Screen::TellChild: return 0;
        case Screen::TellTopic: return 1;
        case Screen::TellFeeling: return 2;
        case Screen::TellWish: return 3;
        default: return -1;
    }
}

bool Draft::HasTopic(std::string_view id) const {
    return std::find(topics.begin(), topics.end(), id) != topics.end();
}

bool Draft::OnlyNice() const { return topics.size() == 1 && topics.front() == "nice"; }

namespace {

bool InFlow(Screen s) { return TellStep(s) >= 0 || s == Screen::TellFailed; }

struct Applier {
    AppState& st;

    void operator()(const intent::Navigate& n) {
        // Entering the flow from outside always starts from an empty draft; an
        // entrance kiosk asks for the class first.
        if ((n.to == Screen::TellChild || n.to == Screen::TellClass) && !InFlow(st.screen)) {
            st.draft = Draft{};
            st.screen = st.entrance ? Screen::TellClass : Screen::TellChild;
            return;
        }
        // Only the places a tile or a button leads to: never into the middle of the
        // flow, never to a check mark that no commit earned.
        if (n.to == Screen::Week && st.screen == Screen::Home) st.week_offset = 0;  // "this week" is this week
        if (n.to == Screen::Home || n.to == Screen::Photos || n.to == Screen::Week) st.screen = n.to;
    }
    void operator()(const intent::GoHome&) {
        st.draft = Draft{};
        st.sent_late = false;
        st.screen = Screen::Home;
    }
    void operator()(const intent::Back&) {
        switch (st.screen) {
            case Screen::TellClass: (*this)(intent::GoHome{}); break;
            case Screen::TellChild:
                if (st.entrance) st.screen = Screen::TellClass;
                else (*this)(intent::GoHome{});
                break;
            case Screen::TellTopic: st.screen = Screen::TellChild; break;
            case Screen::TellFeeling: st.screen = Screen::TellTopic; break;
            case Screen::TellWish:
                st.screen = st.draft.feeling_implied ? Screen::TellTopic : Screen::TellFeeling;
                break;
            case Screen::TellFailed: st.screen = Screen::TellWish; break;
            case Screen::PhotoView: st.screen = Screen::Photos; break;
            case Screen::EventCard: st.screen = Screen::Week; break;
            default: (*this)(intent::GoHome{}); break;
        }
    }
    void operator()(const intent::PickClass& p) {
        if (st.screen != Screen::TellClass) return;
        if (st.draft.class_id != p.class_id) {
            st.draft.child_id.reset();
            st.draft.about_class = false;
        }
        st.draft.class_id = p.class_id;
        st.screen = Screen::TellChild;
    }
    void operator()(const intent::PickChild& p) {
        if (st.screen != Screen::TellChild) return;
        st.draft.child_id = p.child_id;
        st.draft.about_class = false;
        st.screen = Screen::TellTopic;
    }
    void operator()(const intent::PickWholeClass&) {
        if (st.screen != Screen::TellChild) return;
        st.draft.child_id.reset();
        st.draft.about_class = true;
        st.screen = Screen::TellTopic;
    }
    // One tap on a topic is the choice: on at once. A picked one (back from
    // "+ another topic") is unpicked and the parent stays to choose again.
    void operator()(const intent::PickTopic& t) {
        if (st.screen != Screen::TellTopic || t.topic.empty()) return;
        auto& v = st.draft.topics;
        const auto it = std::find(v.begin(), v.end(), t.topic);
        if (it != v.end()) {
            v.erase(it);
            return;
        }
        v.push_back(t.topic);
        OnFromTopics();
    }
    void operator()(const intent::Next&) {
        if (st.screen == Screen::TellTopic && !st.draft.topics.empty()) OnFromTopics();
    }
    // Something nice needs no face: very happy, straight to the wish.
    void OnFromTopics() {
        Draft& d = st.draft;
        if (d.OnlyNice()) {
            if (d.feeling == 0 || d.feeling_implied) d.feeling = 1, d.feeling_implied = true;
            st.screen = d.feeling_implied ? Screen::TellWish : Screen::TellFeeling;
            return;
        }
        if (d.feeling_implied) d.feeling = 0, d.feeling_implied = false;
        st.screen = Screen::TellFeeling;
    }
    void operator()(const intent::AnotherTopic&) {
        if (st.screen == Screen::TellFeeling || st.screen == Screen::TellWish) st.screen = Screen::TellTopic;
    }
    void operator()(const intent::PickFeeling& f) {
        if (st.screen != Screen::TellFeeling || f.feeling < 1 || f.feeling > 5) return;
        st.draft.feeling = f.feeling;
        st.draft.feeling_implied = false;
        st.screen = Screen::TellWish;
    }
    void operator()(const intent::PickWish& w) {
        if (st.screen != Screen::TellWish || w.wish.empty()) return;
        st.draft.wish = w.wish;
    }
    void operator()(const intent::ToggleInterpreter&) {
        if (st.screen == Screen::TellWish) st.draft.interpreter = !st.draft.interpreter;
    }
    void operator()(const intent::Send&) {}      // the controller commits; see KioskController::Dispatch
    void operator()(const intent::TakeBack&) {}  // the controller deletes; see KioskController::TakeBack
    void operator()(const intent::Hear&) {}      // the controller speaks (controller_voice.cpp)
    void operator()(const intent::ToggleMute&) { st.muted = !st.muted; }
    void operator()(const intent::SetLanguage& l) {
        if (!l.lang.empty()) st.lang = l.lang;
    }
    void operator()(const intent::OpenPhoto& o) {
        if (st.screen != Screen::Photos || o.index < 0 || o.index >= st.photo_count) return;
        st.photo = o.index;
        st.screen = Screen::PhotoView;
    }
    // Photos run newest first; Next goes on to older ones and stops at the end.
    void operator()(const intent::NextPhoto&) {
        if (st.screen == Screen::PhotoView && st.photo + 1 < st.photo_count) ++st.photo;
    }
    void operator()(const intent::PreviousPhoto&) {
        if (st.screen == Screen::PhotoView && st.photo > 0) --st.photo;
    }
    void operator()(const intent::NextWeek&) {
        if (st.screen == Screen::Week && st.week_offset < kWeeksAhead) ++st.week_offset;
    }
    void operator()(const intent::PreviousWeek&) {
        if (st.screen == Screen::Week && st.week_offset > 0) --st.week_offset;
    }
    void operator()(const intent::OpenEvent& o) {
        if (st.screen != Screen::Week) return;
        st.event_id = o.event_id;
        st.screen = Screen::EventCard;
    }
    // The controller's: they need the store and the teacher session.
    void operator()(const intent::AnswerPoll&) {}
    void operator()(const intent::OpenTeacher&) {}
    void operator()(const intent::CodeKey&) {}
    void operator()(const intent::CodeErase&) {}
    void operator()(const intent::CodeSubmit&) {}
    void operator()(const intent::ShowTeacher&) {}
    void operator()(const intent::SetConcernStatus&) {}
    void operator()(const intent::Teach&) {}
};

}  // namespace

void Apply(AppState& state, const Intent& in) { std::visit(Applier{state}, in); }

void MarkSent(AppState& state, bool late) {
    state.sent_late = late;
    state.last_sent_child = state.draft.child_id;
    state.last_sent_about_class = state.draft.about_class;
    state.take_back_failed = false;
    state.draft = Draft{};
    state.screen = Screen::TellDone;
}

void MarkSendFailed(AppState& state) { state.screen = Screen::TellFailed; }

void MarkTakenBack(AppState& state) {
    state.take_back_failed = false;
    state.screen = Screen::TellTakenBack;
}

void ResetForNextParent(AppState& state, const std::string& default_lang) {
    state.draft = Draft{};
    state.last_sent_child.reset();
    state.last_sent_about_class = false;
    state.screen = Screen::Home;
    state.lang = default_lang;
    state.week_offset = 0;
    state.event_id.reset();
    state.poll_thanks = false;
    state.take_back_failed = false;
    state.sent_late = false;
    state.muted = false;
}

}  // namespace kd
