#pragma once
// Pieces several screens share, drawn one way: a title with its pictogram, a
// tile with a one-line caption, the room of a flow's step, and an action row
// with its status. Like the widgets, sizes come in pixels from em; unlike
// most of them, they take the font and direction from the caller (the view).
#include "ui/automation_map.h"

#include <imgui.h>

namespace kd::ui {

// A title with its pictogram before it in reading order, the pair centred on
// center.x with its middle at center.y (a screen's title, a flow's question).
void DrawTitledPicto(ImDrawList* dl, ImFont* font, const char* emoji, const char* title, ImVec2 center, float picto,
                     bool rtl);

// A tile with its pictogram over one line of words, the words shrunk to fit the
// tile: for rows of tiles too narrow for PictoTile's label (the teacher's tabs,
// the inbox's answers). A selected tile is filled and edged. Returns true on a tap.
struct CaptionTileLook {
    float picto;          // the pictogram's size
    float picto_top;      // from the tile's top to the pictogram's
    float selected_edge;  // the edge's width when selected
};
bool CaptionTile(WidgetId id, const char* emoji, const char* msgid, const char* label, ImVec2 size, bool selected,
                 ImFont* font, const CaptionTileLook& look);

// The room of one step of a flow, under its header (`top`): its choices fill
// [min, max]; its go-on button (Next, Send) of size `go`, if it has one,
// stands in the bottom corner where reading ends, `above_go` below the choices.
struct StepRoom {
    ImVec2 min, max;        // the choices' area
    ImVec2 go_at, go_size;  // the go-on button's top-left and size
    float margin;           // from the screen's edges
};
StepRoom LayoutStep(float top, bool rtl, ImVec2 go = ImVec2(0, 0), float above_go = 0.0f);

// One action and how it went, in a row at `y` between side margins: a wide
// button at the reading start and, beside it, the status centred in the rest
// of the row, `status_top` below the row's top; a problem, if there is one,
// stands there instead in the warning colour. Returns true on a tap; `room`,
// if given, gets where the status is, for more lines under it.
struct ActionRow {
    WidgetId id;
    const char* emoji;
    const char* msgid;
    const char* label;
    ImVec2 size;  // the button's
    ImU32 fill;
    bool enabled = true;
    const char* status = "";
    const char* problem = "";  // translated; empty: none
    float status_top = 0.0f;
};
struct StatusRoom {
    float center_x, width;
};
bool DrawActionRow(const ActionRow& row, float y, float margin, ImFont* font, bool rtl, StatusRoom* room = nullptr);

}  // namespace kd::ui
