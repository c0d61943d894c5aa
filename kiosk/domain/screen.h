#pragma once
// The kiosk's screens, listed once. Each row gives the screen's id, its stable
// name (`screenshot --screen`, the UI map) and who may see it; the enum, the
// names, IsTeacherScreen and screens/screen_table.cpp (which pairs each row
// with its Draw<Id> function) are all made from this list. A new screen is one
// row here and one file in screens/.
#include <optional>
#include <string_view>

namespace kd {

// X(Id, "name", who): who is Parent or Teacher (reached only through the code;
// leaving a teacher screen ends the session).
#define KLASDEUR_SCREENS(X)                                                                              \
    X(Home, "home", Parent)                                                                              \
    X(TellClass, "tell-class", Parent)     /* "tell the teacher" on an entrance kiosk: which class */    \
    X(TellChild, "tell-child", Parent)     /* step 1: which child (or the whole class) */                \
    X(TellTopic, "tell-topic", Parent)     /* step 2: what about (a tap goes on) */                      \
    X(TellFeeling, "tell-feeling", Parent) /* step 3: how do you feel about it (five faces) */           \
    X(TellWish, "tell-wish", Parent)       /* step 4: what would you like: the tap sends */              \
    X(TellDone, "tell-done", Parent)       /* the check mark: committed; take back for a few seconds */  \
    X(TellTakenBack, "tell-taken-back", Parent) /* taken back: deleted, nothing was sent */              \
    X(TellFailed, "tell-failed", Parent)   /* not sent: tell the teacher at the door; draft kept */      \
    X(Photos, "photos", Parent)            /* today's photos */                                          \
    X(PhotoView, "photo-view", Parent)     /* one photo, full screen: swipe or arrows to move */         \
    X(Slideshow, "slideshow", Parent)      /* attract mode: today's photos when nobody touches home */   \
    X(Week, "week", Parent)                /* this week (or one of the next few) */                      \
    X(EventCard, "event-card", Parent)     /* one event: when, what it means, in pictures */             \
    X(Night, "night", Parent)              /* the night hours: only the time; a touch wakes it */        \
    X(TeacherLogin, "teacher-login", Teacher)       /* behind the long press on the corner mark */       \
    X(TeacherInbox, "teacher-inbox", Teacher)       /* what parents told, today and this week */         \
    X(TeacherPickup, "teacher-pickup", Teacher)     /* today's changes to who collects a child */        \
    X(TeacherWeek, "teacher-week", Teacher)         /* counts by topic and feeling, no names */          \
    X(TeacherClass, "teacher-class", Teacher)       /* the class list: tap a child, or add one */        \
    X(TeacherChild, "teacher-child", Teacher)       /* one child: name, symbol, photo consent, remove */ \
    X(TeacherPolls, "teacher-polls", Teacher)       /* make a poll, see the answers, close it */         \
    X(TeacherSettings, "teacher-settings", Teacher) /* languages, times, retention, mode; quit */        \
    X(TeacherPhotos, "teacher-photos", Teacher)     /* import from the photo folder; hide, delete */     \
    X(TeacherStick, "teacher-stick", Teacher)       /* a USB stick's photos: pick, then import */        \
    X(TeacherCalendar, "teacher-calendar", Teacher) /* re-import; what each coming event means */

enum class Screen {
#define KLASDEUR_SCREEN_ENUM(id, name, who) id,
    KLASDEUR_SCREENS(KLASDEUR_SCREEN_ENUM)
#undef KLASDEUR_SCREEN_ENUM
};

enum class ScreenFor { Parent, Teacher };

struct ScreenInfo {
    Screen screen;
    const char* name;
    ScreenFor who;
};

inline constexpr ScreenInfo kScreenInfo[] = {
#define KLASDEUR_SCREEN_INFO(id, name, who) {Screen::id, name, ScreenFor::who},
    KLASDEUR_SCREENS(KLASDEUR_SCREEN_INFO)
#undef KLASDEUR_SCREEN_INFO
};

inline constexpr Screen kAllScreens[] = {
#define KLASDEUR_SCREEN_ID(id, name, who) Screen::id,
    KLASDEUR_SCREENS(KLASDEUR_SCREEN_ID)
#undef KLASDEUR_SCREEN_ID
};

inline constexpr const ScreenInfo& InfoOf(Screen s) { return kScreenInfo[static_cast<int>(s)]; }

// Teacher screens are reached only through the code; leaving them ends the session.
inline constexpr bool IsTeacherScreen(Screen s) { return InfoOf(s).who == ScreenFor::Teacher; }

// Stable names, used by `screenshot --screen` and in the UI map.
inline constexpr const char* ScreenName(Screen s) { return InfoOf(s).name; }
std::optional<Screen> ScreenFromName(std::string_view name);

}  // namespace kd
