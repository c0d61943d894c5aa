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
    TellClass,    // "tell the teacher" on an entrance kiosk: which class
    TellChild,    // step 1: which child (or the whole class)
    TellTopic,    // step 2: what about (one or more)
    TellFeeling,  // step 3: how do you feel about it (five faces)
    TellWish,     // step 4: what would you like, and send
    TellDone,     // the check mark: committed, the teacher will see it
    TellFailed,   // not sent: tell the teacher at the door; the draft is kept
    Photos,       // today's photos
    PhotoView,    // one photo, full screen: swipe or arrows to move
    Slideshow,    // attract mode: today's photos, slowly, when nobody touches home
    Week,         // this week (or one of the next few)
    EventCard,    // one event: when, what it means, in pictures
    Night,        // the night hours: a dark screen with only the time; a touch wakes it
    TeacherLogin, // behind the long press on the corner mark: the teacher code
    TeacherInbox, // what parents told, today and this week (unlocked session only)
    TeacherWeek,  // counts by topic and feeling for the team meeting, no names
    TeacherClass, // the class list: tap a child to edit, or add one
    TeacherChild, // one child: name, picture symbol, photo consent, remove
    TeacherPolls, // make a poll, see the answers, close it
    TeacherSettings, // languages, times, retention, mode; quit the app
    TeacherPhotos,   // import from the photo folder; hide, show, delete
    TeacherCalendar, // re-import; what each coming event means for parents
};

// Teacher screens are reached only through the code; leaving them ends the session.
inline bool IsTeacherScreen(Screen s) {
    return s == Screen::TeacherLogin || s == Screen::TeacherInbox || s == Screen::TeacherWeek ||
           s == Screen::TeacherClass || s == Screen::TeacherChild || s == Screen::TeacherPolls ||
           s == Screen::TeacherSettings || s == Screen::TeacherPhotos || s == Screen::TeacherCalendar;
}

inline constexpr Screen kAllScreens[] = {Screen::Home,     Screen::TellClass, Screen::TellChild, Screen::TellTopic,
                                         Screen::TellFeeling, Screen::TellWish, Screen::TellDone, Screen::TellFailed,
                                         Screen::Photos,   Screen::PhotoView, Screen::Slideshow, Screen::Week,
                                         Screen::EventCard, Screen::Night, Screen::TeacherLogin, Screen::TeacherInbox,
                                         Screen::TeacherWeek, Screen::TeacherClass, Screen::TeacherChild,
                                         Screen::TeacherPolls, Screen::TeacherSettings, Screen::TeacherPhotos,
                                         Screen::TeacherCalendar};

// Stable names, used by `screenshot --screen` and in the UI map.
const char* ScreenName(Screen s);
std::optional<Screen> ScreenFromName(std::string_view name);

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
};

inline constexpr int kWeeksAhead = 4;

namespace intent {
struct Navigate { Screen to; };
struct GoHome {};                  // Cancel, or the Home button: drops the draft
struct Back {};                    // one step back in the flow, keeping what was picked
struct PickClass { Id class_id; };
struct PickChild { Id child_id; };
struct PickWholeClass {};
struct ToggleTopic { std::string topic; };
struct Next {};                    // from the topics, once at least one is picked
struct PickFeeling { int feeling; };
struct PickWish { std::string wish; };
struct ToggleInterpreter {};
struct Send {};                    // the app commits the concern, then Sent or SendFailed
struct SetLanguage { std::string lang; };
struct OpenPhoto { int index; };
struct NextPhoto {};               // a swipe to the left, or the arrow at the reading end
struct PreviousPhoto {};
struct NextWeek {};
struct PreviousWeek {};
struct OpenEvent { Id event_id; };
struct AnswerPoll { int face; };   // one tap on a face in the poll band on home (the controller counts it)
// Teacher mode: handled by the controller (they need the store), ignored by Apply.
struct OpenTeacher {};             // the corner mark held long enough, on home
struct CodeKey { char c; };        // one character of the teacher code
struct CodeErase {};
struct CodeSubmit {};
struct ShowTeacher { Screen to; }; // inbox or team week, once unlocked
struct SetConcernStatus { Id concern_id; ConcernStatus status; };
// The teacher's changes to the kiosk (teacher mode only).
enum class TeachWhat {
    EditChild,      // id: the child
    ShowClass,      // id: the class whose list teacher mode shows (an entrance kiosk has several)
    NewChild,
    NameKey,        // text: one character
    NameErase,
    PickSymbol,     // text: the emoji
    ToggleConsent,
    SaveChild,
    RemoveChild,
    PollQuestion,   // text: the ready-made question's key
    PollEvent,      // id: the event (0: none)
    PollDays,       // id: days open
    CreatePoll,
    ClosePoll,      // id: the poll
    SetSetting,     // text: "key=value"
    ImportPhotos,   // from the photo folder setting
    HidePhoto,      // id: the photo
    ShowPhoto,      // id: the photo
    DeletePhoto,    // id: the photo
    ReimportCalendar,  // from the calendar file setting
    OpenEventTypes,    // id: the event whose type choice opens (0: close)
    SetEventType,      // id: the event; text: the type id
    ToggleEventFlag,   // id: the event; text: parents_welcome, special_clothes, pickup_changed or no_school
    Quit,           // close the app (maintenance)
    DismissNotice,  // id: the notice the teacher has read
};
struct Teach {
    TeachWhat what;
    Id id = 0;
    std::string text;
};
}  // namespace intent
using intent::TeachWhat;

using Intent = std::variant<intent::Navigate, intent::GoHome, intent::Back, intent::PickClass, intent::PickChild,
                            intent::PickWholeClass, intent::ToggleTopic, intent::Next, intent::PickFeeling,
                            intent::PickWish, intent::ToggleInterpreter, intent::Send, intent::SetLanguage,
                            intent::OpenPhoto, intent::NextPhoto, intent::PreviousPhoto, intent::NextWeek,
                            intent::PreviousWeek, intent::OpenEvent, intent::AnswerPoll, intent::OpenTeacher, intent::CodeKey,
                            intent::CodeErase, intent::CodeSubmit, intent::ShowTeacher, intent::SetConcernStatus,
                            intent::Teach>;

// Applies one intent. Pure: no disk, no clock. Send only checks the draft; the
// controller does the commit and then calls MarkSent or MarkSendFailed.
void Apply(AppState& state, const Intent& in);

// After the concern is on disk: the check mark, and a clean draft.
void MarkSent(AppState& state);
// The commit failed: the picture that says "tell the teacher", draft kept for a retry.
void MarkSendFailed(AppState& state);

// What the idle timer does: home, draft dropped, the default language back.
void ResetForNextParent(AppState& state, const std::string& default_lang);

}  // namespace kd
