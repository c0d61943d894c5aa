#pragma once
// Touch widgets in Dear ImGui's own style: compute a box, register it (and in
// the UI map), handle behaviour, render. Sizes come in pixels computed from em
// by the caller; colours from theme.h.
#include "ui/fonts.h"
#include "ui/automation_map.h"

#include <imgui.h>

#include <string>
#include <vector>

namespace kd::ui {

class PictogramAtlas;

// What widgets draw with, set once per frame by the kiosk frame.
struct Resources {
    const PictogramAtlas* pictos = nullptr;
    Fonts fonts;
    bool rtl = false;  // mirror layouts for right-to-left languages
};
void SetResources(const Resources* r);
const Resources& Res();

// Tests may ask for every picture drawn (DrawPicto), in order, to check each
// against the table of what pictures mean. nullptr stops it.
using PictureLog = std::vector<std::string>;
void RecordPictures(PictureLog* log);
PictureLog* RecordingPictures();
// And the size each was drawn at, in the same order.
void RecordPictureSizes(std::vector<float>* sizes);

// Hold to hear: on the parent's screens a finger held on an item with words
// (its msgid) for kHearSeconds asks for them to be said, and lifting it then is
// not a tap. The frame passes a list to collect those msgids in; nullptr turns
// it off (the teacher's screens, where a slow press is a press).
inline constexpr float kHearSeconds = 0.8f;
void CollectHeard(std::vector<std::string>* heard);

// Tests may ask for every text box drawn: where, and whether its words fit
// (no word split, nothing past its box, not shrunk below kMinTextScale) and
// every character had a glyph. nullptr stops it.
struct TextBox {
    std::string text;
    ImVec2 min, max;
    bool fits = true;
    std::vector<unsigned> missing;  // code points the font has no glyph for
};
using TextLog = std::vector<TextBox>;
void RecordTexts(TextLog* log);
TextLog* RecordingTexts();

// Text shrinks to fit its box, but never below this share of its font's size:
// smaller than that it is no longer read at arm's length.
inline constexpr float kMinTextScale = 0.75f;

// A pictogram scaled into a square of `size` centred on `center`.
void DrawPicto(ImDrawList* dl, const char* emoji, ImVec2 center, float size);

// Text wrapped at word boundaries to `wrap_width`, each line centred on
// center_x, from top_y; in no more than `max_height` if given. A word wider
// than the width (or lines taller than the height) make the text shrink, down
// to kMinTextScale; only past that is a word split, and the box reported as
// not fitting. Returns the height used.
float DrawTextCentered(ImDrawList* dl, ImFont* font, float center_x, float top_y, float wrap_width, const char* text,
                       ImU32 color, float max_height = 0.0f);
float CalcTextCenteredHeight(ImFont* font, float wrap_width, const char* text, float max_height = 0.0f);

// One line of text at `pos` (its top left), at most `max_width` wide: shrunk
// to fit, down to kMinTextScale, and clipped (and reported) past that. With
// `align_end` the line ends at pos.x + max_width (right-aligned). Returns the width drawn.
float DrawTextLine(ImDrawList* dl, ImFont* font, ImVec2 pos, float max_width, const char* text, ImU32 color,
                   bool align_end = false);
// The size a line would be drawn at in `max_width` (its font size, shrunk as DrawTextLine would).
float FittedLineSize(ImFont* font, float max_width, const char* text);
// Whether every word of `text` fits in `wrap_width` (so wrapping never splits a word).
bool WordsFit(ImFont* font, float wrap_width, const char* text);

enum class TileState { Normal, Selected, Tinted };  // Tinted: the whole tile in a soft shade of its accent

// A big tile: pictogram on top, label under it. Returns true on a tap
// (press and release on the tile). `msgid` goes into the UI map.
// `top_reserve`: pixels at the tile's top the caller draws in (home's photo glimpses), kept clear of the pictogram.
bool PictoTile(WidgetId id, const char* emoji, const char* msgid, const char* label, ImVec2 size, ImU32 accent,
               TileState state = TileState::Normal, float picto_em = 0.0f, float top_reserve = 0.0f);

// For a grid of PictoTiles of `size`: the largest picture size (in em, for
// PictoTile's picto_em) that leaves every label room to fit, so all the
// grid's pictures are one size, however long one name is.
float UniformPictureEm(ImVec2 size, const std::vector<const char*>& labels);

// A wide button: pictogram then label, in one row (mirrored right to left).
// A disabled one is drawn faded and never fires, but stays in the UI map.
bool BarButton(WidgetId id, const char* emoji, const char* msgid, const char* label, ImVec2 size, ImU32 fill,
               bool enabled = true);

// A small square with only a pictogram, filled when `selected` (a flag, a
// stepper's minus and plus): the pictogram as large as the square allows.
bool IconButton(WidgetId id, const char* emoji, const char* msgid, ImVec2 size, bool selected = false);

// An invisible touch area (a photo in the grid draws itself under it).
bool TouchArea(WidgetId id, const char* msgid, ImVec2 size);

// A spot that fires only when held down for `seconds` (the teacher's way in):
// a parent's tap or brush does nothing. A ring fills while it is held.
bool HoldArea(WidgetId id, const char* msgid, ImVec2 size, float seconds);

// A widget that needs frames without input (a hold in progress) asks for them;
// the frame loop reads and clears the request once per frame.
void RequestAnimationFrames();
bool TakeAnimationRequest();

// A list that scrolls like a phone's: a finger drags it, and a flick goes on
// gliding and slows down (momentum). No desktop scroll bar: only a thin,
// untappable mark at the reading end (the left in a right-to-left language)
// shows where in the list you are. Pair with ImGui::EndChild().
void BeginTouchScroll(const char* id, ImVec2 size, bool scrolls = true);
// How fast a list glides after a flick slows down: the speed halves every this many seconds.
inline constexpr float kGlideHalfLife = 0.18f;

// A text-only pill (the language bar), in the body font or the one given.
bool TextPill(WidgetId id, const char* msgid, const char* label, ImVec2 size, bool selected, ImFont* font = nullptr);

}  // namespace kd::ui
