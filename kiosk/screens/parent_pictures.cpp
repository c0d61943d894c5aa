#include "screens/parent_pictures.h"

namespace kd::screens {

// A meaning that is also an assets row's label msgid ("No school", "Come and
// watch") is that row's meaning: the same picture may show both.
const std::vector<ParentPicture>& ParentPictures() {
    static const std::vector<ParentPicture> all = {
        {"🏠", "Home: back to the start", "every screen but home"},
        {"💬", "Tell the teacher", "home; the question of each step of telling"},
        {"📷", "Today's photos", "home; photos"},
        {"🗓️", "This week", "home; week"},
        {"🌐", "Language", "home, before the language bar"},
        {"🏫", "The class", "which class; the whole class; the poll, when it is about no event"},
        {"⬅️", "This way: back, or on (by reading direction)", "steps of telling; photo; event card"},
        {"➡️", "This way: back, or on (by reading direction)", "steps of telling; photo; event card"},
        {"❌", "Stop: drop what was picked", "steps of telling"},
        {"➕", "One more topic", "feeling; wish"},
        {"↩️", "Take back what was just sent", "check mark; taken back"},
        {"⚠️", "Something went wrong", "not sent"},
        {"🔁", "Try again", "not sent"},
        {"🗣️", "Talk today at pick-up", "wish; not sent (tell the teacher in person); sent late (tell the teacher at the door)"},
        {"🧑‍🏫", "The teacher", "sent late: talk (🗣️) to the teacher at the door"},
        {"🧑‍🏫|👀", "The teacher has seen your message", "topic step, after picking one's own child"},
        {"🧑‍🏫|🗣️", "The teacher would like to talk to you", "topic step, after picking one's own child"},
        {"🧑‍🏫|✅", "The teacher has dealt with your message", "topic step, after picking one's own child"},
        {"👆", "Touch the screen", "slideshow"},
        {"🔊", "The voice is on: tap for silence", "home; steps of telling"},
        {"🔇", "The voice is off: tap to hear it again", "home; steps of telling"},
        {"👗", "Special clothes", "week; event card"},
        {"🕒", "Pick-up time changes", "week; event card"},
    };
    return all;
}

}  // namespace kd::screens
