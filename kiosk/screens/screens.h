#pragma once
// One file per screen, each a free function that draws from the view and pushes
// intents. Sizes in em (ui/sizes.h), colours from ui/theme.h, labels as msgids.
#include "domain/app_state.h"
#include "domain/screen.h"
#include "ui/kiosk_view.h"
#include "ui/screen_pieces.h"

#include <imgui.h>

#include <string>
#include <vector>

namespace kd::screens {

using ui::KioskView;

// Each screen's draw function, Draw<Id> for each row of domain/screen.h, defined
// in the screen's own file; screen_table.cpp pairs them with their screens.
// Teacher screens draw in the teacher's language.
#define KLASDEUR_SCREEN_DRAW(id, name, who) void Draw##id(const KioskView& v, std::vector<Intent>& out);
KLASDEUR_SCREENS(KLASDEUR_SCREEN_DRAW)
#undef KLASDEUR_SCREEN_DRAW

// [photos.cpp] A photo fitted into a rectangle, keeping its shape (a calm
// placeholder while it loads). `tint` fades it (for cross-fades).
void DrawPhotoFitted(ImDrawList* dl, ImTextureID tex, const Photo& p, ImVec2 a, ImVec2 b, float rounding,
                     ImU32 tint = IM_COL32_WHITE);
// [week.cpp] The small pictograms of what an event asks of parents, with their line of text.
struct EventFlag {
    const char* emoji;
    const char* msgid;
};
int EventFlags(const Event& e, EventFlag out[6]);

// [chrome.cpp] A child window that scrolls by dragging anywhere in it, with
// momentum and no scroll bar (ui::BeginTouchScroll): the photo grid, the
// inbox, teacher lists. Pair with ImGui::EndChild().
void BeginDragScroll(const char* id, ImVec2 size, bool scrolls = true);
// [teacher_chrome.cpp] The teacher's last refusal, if any, in the teacher's
// language ("" when none); and the same as a line across the screen, returning
// the height used (0: none).
std::string TeacherProblem(const KioskView& v);
float DrawTeacherProblem(const KioskView& v, float y, float after);
// [teacher_chrome.cpp] The bar over the teacher screens: Log out, the title,
// and (once unlocked) the Inbox / Team week switch. Returns where content starts.
float DrawTeacherHeader(const KioskView& v, std::vector<Intent>& out, const char* emoji, const char* title_msgid);
// [teacher_chrome.cpp] The header, and what a teacher screen lays out with below
// it: the display, the body font, the direction, the side margin and the first y.
struct TeacherPage {
    ImVec2 display;
    ImFont* body;
    bool rtl;
    float margin;
    float y;
};
TeacherPage BeginTeacherPage(const KioskView& v, std::vector<Intent>& out, const char* emoji, const char* title_msgid);
// [teacher_chrome.cpp] The rest of a teacher page from `y` down as a list that
// scrolls by dragging; when `empty`, the line `empty_msgid` instead and false.
// Pair a true answer with ImGui::EndChild().
bool BeginTeacherList(const KioskView& v, const TeacherPage& p, float y, const char* id, bool empty,
                      const char* empty_msgid);

// [chrome.cpp] Shared by the screens.
// The pictogram of a teacher's answer on the inbox (a parent sees HeardPicture's, tell_chrome.cpp).
const char* StatusEmoji(ConcernStatus s);
// The bar over every screen but home: a big Home button and the screen's title
// with its pictogram. Returns the y where the screen's content starts.
float DrawScreenHeader(const KioskView& v, std::vector<Intent>& out, const char* emoji, const char* title_msgid);
// [chrome.cpp] The small speaker that silences the voice for this parent (or
// brings it back); nothing when the school has the voice off.
void DrawMuteButton(const KioskView& v, std::vector<Intent>& out, ImVec2 at, float size);
// [tell_chrome.cpp] The top of each step of "tell the teacher": Back, Cancel,
// step dots, the question and who it is about. Returns where content starts.
float DrawFlowHeader(const KioskView& v, std::vector<Intent>& out, const char* emoji, const char* question_msgid);
const Child* FindChild(const KioskView& v, Id id);
// [tell_chrome.cpp] "+ another topic" in a step's go-on corner, and its size (for LayoutStep).
ImVec2 AnotherTopicSize();
void DrawAnotherTopic(const KioskView& v, std::vector<Intent>& out, const ui::StepRoom& step);
// [tell_chrome.cpp] Whether the teacher saw the picked child's last message, in
// a picture and a line at the bottom's reading start; nothing before a child is
// picked, for the whole class, or when the school turned it off.
void DrawHeardCard(const KioskView& v, const ui::StepRoom& step);
// The last ten seconds before the idle reset, counted down in a corner.
void DrawIdleCountdown(const KioskView& v);
// Lays out n equal cells in the rectangle, as large as fit, filled from the
// reading side (right first for right-to-left).
struct Grid {
    int cols = 1, rows = 1;
    ImVec2 origin, cell;
    float gap = 0;
    ImVec2 CellPos(int i, bool rtl) const;
};
Grid FitGrid(int n, ImVec2 min, ImVec2 max, float gap, float cell_aspect, int max_cols = 8);

// Every pictogram the screens draw themselves (beyond the assets tables and the
// children's symbols), so the atlas has them all from the start.
std::vector<std::string> ChromeEmoji();

}  // namespace kd::screens
