#pragma once
// What a screen asks for: one type per intent, pushed by the screens, applied
// by Apply() (domain/app_state.h) or, for what needs the store, by the controller.
#include "domain/records.h"
#include "domain/screen.h"

#include <string>
#include <variant>

namespace kd {

namespace intent {
struct Navigate { Screen to; };
struct GoHome {};                  // Cancel, or the Home button: drops the draft
struct Back {};                    // one step back in the flow, keeping what was picked
struct PickClass { Id class_id; };
struct PickChild { Id child_id; };
struct PickWholeClass {};
struct PickTopic { std::string topic; };  // picked: on to the feeling; tapped again when picked: unpicked
struct Next {};                    // from the topics, once at least one is picked
struct AnotherTopic {};            // "+ another topic" on the feeling or wish step: back to the topics, keeping them
struct PickFeeling { int feeling; };
struct PickWish { std::string wish; };  // the last choice: the controller sends at once
struct ToggleInterpreter {};
struct Send {};                    // "try again" after a failed commit (a wish sends by itself)
struct TakeBack {};                // on the check mark, for a few seconds: the concern is deleted again
struct Hear { std::string msgid; };  // a finger held on a picture or a button: say it (it does not select)
struct ToggleMute {};              // the small speaker: silence for this parent, or the voice back
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
struct Teach;                      // the teacher's changes to the kiosk: below
}  // namespace intent

// The teacher's changes to the kiosk (teacher mode only), one type each.
namespace intent::teach {
struct EditChild { Id child_id; };
struct ShowClass { Id class_id; };          // the class whose list teacher mode shows (entrance kiosks)
struct NewChild {};
struct NameKey { std::string utf8; };       // one character of the child's name
struct NameErase {};
struct PickSymbol { std::string emoji; };
struct ToggleConsent {};
struct SaveChild {};
struct RemoveChild {};
struct PollQuestion { std::string key; };   // a ready-made question's key
struct PollEvent { Id event_id; };          // 0: about no event
struct PollDays { int days; };              // how long the poll stays open
struct CreatePoll {};
struct ClosePoll { Id poll_id; };
struct SetSetting { std::string key, value; };
struct ImportPhotos {};                     // from the photo folder setting
struct OpenStick {};                        // the USB stick's photos, to pick from
struct PickStickPhoto { int index; };       // picks or unpicks one of them (index in the stick's list)
struct PickAllStickPhotos { bool all; };    // all of them, or none
struct ImportStickPhotos {};                // the picked ones
struct ImportStickCalendar { int index; };  // one of the stick's .ics files
struct SavePickupList {};                   // today's pick-up list as a PDF on the USB stick
struct SetPhotoHidden { Id photo_id; bool hidden; };
struct DeletePhoto { Id photo_id; };
struct ReimportCalendar {};                 // from the calendar file setting
struct ImportVoice {};                      // recordings from the voice folder setting (docs/VOICE.md)
struct OpenEventTypes { Id event_id; };     // the event whose type choice opens (0: close)
struct SetEventType { Id event_id; std::string type; };  // type: an id of assets/event_types.tsv
// What an event asks of parents, as the teacher marks it on the calendar screen.
enum class EventMark { ParentsWelcome, SpecialClothes, PickupChanged, NoSchool };
struct ToggleEventMark { Id event_id; EventMark mark; };
struct Quit {};                             // close the app (maintenance)
struct DismissNotice { Id notice_id; };     // the teacher has read it
}  // namespace intent::teach

using TeachIntent =
    std::variant<intent::teach::EditChild, intent::teach::ShowClass, intent::teach::NewChild, intent::teach::NameKey,
                 intent::teach::NameErase, intent::teach::PickSymbol, intent::teach::ToggleConsent,
                 intent::teach::SaveChild, intent::teach::RemoveChild, intent::teach::PollQuestion,
                 intent::teach::PollEvent, intent::teach::PollDays, intent::teach::CreatePoll,
                 intent::teach::ClosePoll, intent::teach::SetSetting, intent::teach::ImportPhotos,
                 intent::teach::OpenStick, intent::teach::PickStickPhoto, intent::teach::PickAllStickPhotos,
                 intent::teach::ImportStickPhotos, intent::teach::ImportStickCalendar, intent::teach::SavePickupList,
                 intent::teach::SetPhotoHidden, intent::teach::DeletePhoto, intent::teach::ReimportCalendar,
                 intent::teach::ImportVoice,
                 intent::teach::OpenEventTypes, intent::teach::SetEventType, intent::teach::ToggleEventMark,
                 intent::teach::Quit, intent::teach::DismissNotice>;

namespace intent {
struct Teach { TeachIntent change; };
}  // namespace intent

using Intent = std::variant<intent::Navigate, intent::GoHome, intent::Back, intent::PickClass, intent::PickChild,
                            intent::PickWholeClass, intent::PickTopic, intent::Next, intent::AnotherTopic,
                            intent::PickFeeling, intent::PickWish, intent::ToggleInterpreter, intent::Send,
                            intent::TakeBack, intent::Hear, intent::ToggleMute, intent::SetLanguage,
                            intent::OpenPhoto, intent::NextPhoto, intent::PreviousPhoto, intent::NextWeek,
                            intent::PreviousWeek, intent::OpenEvent, intent::AnswerPoll, intent::OpenTeacher, intent::CodeKey,
                            intent::CodeErase, intent::CodeSubmit, intent::ShowTeacher, intent::SetConcernStatus,
                            intent::Teach>;

}  // namespace kd
