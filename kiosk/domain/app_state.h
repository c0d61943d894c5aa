#pragma once
// The kiosk's state machine: which screen, what the parent has picked so far,
// which language. Screens read it and push intents; Apply() is the only writer.
#include "domain/intents.h"
#include "domain/records.h"
#include "domain/screen.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kd {

// The steps of "tell the teacher", for the step dots: 0-based, or -1 off the flow.
int TellStep(Screen s);
inline constexpr int kTellSteps = 4;

// What a parent has picked in the "tell the teacher" flow. Never outlives an
// idle reset, a Cancel, or a sent concern.
struct Draft {
    std::optional<Id> class_id;  // entrance kiosk: the class picked first
    std::optional<Id> child_id;
    bool about_class = false;    // "about the class / a general question"
    std::vector<std::string> topics;  // topic ids, in the order picked
    int feeling = 0;             // 1 (very happy) .. 5 (very worried); 0: not yet
    bool feeling_implied = false;  // only "something nice": very happy, without asking
    std::string wish;            // wish id; empty: not yet
    bool interpreter = false;
    std::string submission_id;   // made once per draft: a retried or double Send is one concern

    bool Empty() const {
        return !class_id && !child_id && !about_class && topics.empty() && feeling == 0 && wish.empty() &&
               !interpreter;
    }
    bool HasWho() const { return child_id.has_value() || about_class; }
    bool Complete() const { return HasWho() && !topics.empty() && feeling >= 1 && feeling <= 5 && !wish.empty(); }
    bool HasTopic(std::string_view id) const;
    // Only "something nice" picked: the feeling step is skipped (very happy).
    bool OnlyNice() const;
};

struct AppState {
    Screen screen = Screen::Home;
    std::string lang = "nl";
    bool entrance = false;  // an entrance kiosk asks for the class first
    Draft draft;
    std::optional<Id> last_sent_child;  // for the check mark screen; cleared when it ends
    bool last_sent_about_class = false;
    int photo = 0;        // which of the day's photos PhotoView shows
    int photo_count = 0;  // how many there are (set by the controller from its data)
    int slide = 0;        // which photo the slideshow shows
    int week_offset = 0;  // 0: this week; up to kWeeksAhead
    std::optional<Id> event_id;  // the event the card shows
    bool poll_thanks = false;    // the poll band says thank you (and takes no answer) for a moment
    bool take_back_failed = false;  // the check mark says it could not be taken back (the concern stays)
    bool sent_late = false;  // the message cannot wait and came after the teacher's last look: tell them at the door
    bool muted = false;             // this parent silenced the voice (back on for the next one)
};

inline constexpr int kWeeksAhead = 4;

// Applies one intent. Pure: no disk, no clock. Send only checks the draft; the
// controller does the commit and then calls MarkSent or MarkSendFailed.
void Apply(AppState& state, const Intent& in);

// After the concern is on disk: the check mark, and a clean draft.
void MarkSent(AppState& state, bool late = false);  // late: see AppState::sent_late
// The commit failed: the picture that says "tell the teacher", draft kept for a retry.
void MarkSendFailed(AppState& state);
// The concern was deleted again from the check mark: "taken back, nothing was sent".
void MarkTakenBack(AppState& state);

// What the idle timer does: home, draft dropped, the default language back.
void ResetForNextParent(AppState& state, const std::string& default_lang);

}  // namespace kd
