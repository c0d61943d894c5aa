#include "ui/widgets.h"

#include "ui/pictogram_atlas.h"
#include "ui/sizes.h"
#include "ui/theme.h"

#include <imgui_internal.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <map>

namespace kd::ui {
namespace {

const Resources* g_res = nullptr;
const Resources kNone{};

std::vector<std::string>* g_heard = nullptr;
ImGuiID g_heard_item = 0;  // the item whose hold has spoken, until the finger lifts

// A hold long enough says the item's words, once; the lift after it is not a tap.
bool HearOrPress(ImGuiID gid, const char* msgid, bool held, bool pressed) {
    if (!g_heard || !msgid || !*msgid) return pressed;
    if (held) {
        RequestAnimationFrames();  // frames while the finger rests, to notice the time
        if (g_heard_item != gid && ImGui::GetIO().MouseDownDuration[0] >= kHearSeconds) {
            g_heard_item = gid;
            g_heard->push_back(msgid);
        }
    }
    if (g_heard_item == gid && !ImGui::IsMouseDown(0)) {
        g_heard_item = 0;
        return false;
    }
    return pressed;
}

// Registers a touch item at the cursor; returns whether it was tapped.
bool TouchItem(WidgetId id, const char* msgid, ImVec2 size, ImRect& bb, bool& held, bool enabled = true) {
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    ImGui::PushID(id.name);
    const ImGuiID gid = id.key ? window->GetID(id.key) : window->GetID(reinterpret_cast<void*>(static_cast<intptr_t>(id.index + 1)));
    ImGui::PopID();
    const ImVec2 pos = window->DC.CursorPos;
    bb = ImRect(pos, ImVec2(pos.x + size.x, pos.y + size.y));
    ImGui::ItemSize(size);
    if (!ImGui::ItemAdd(bb, gid)) return false;
    if (AutomationMap* map = RecordingMap()) {
        // What a finger can reach: in a scrolled list, the part in sight.
        ImRect seen = bb;
        seen.ClipWithFull(window->ClipRect);
        // A box with no size is a layout fault: recorded as it is, so a test sees it.
        const bool on = enabled && !(GImGui->CurrentItemFlags & ImGuiItemFlags_Disabled);
        if (bb.GetWidth() <= 0 || bb.GetHeight() <= 0) map->Add(id, msgid, bb.Min, bb.Max, true, on);
        else if (seen.GetWidth() > 0 && seen.GetHeight() > 0)
            map->Add(id, msgid, seen.Min, seen.Max, window->ClipRect.Contains(bb), on);
    }
    bool hovered = false;
    bool pressed = ImGui::ButtonBehavior(bb, gid, &hovered, &held, 0);
    return HearOrPress(gid, msgid, held, pressed);
}

PictureLog* g_picture_log = nullptr;
std::vector<float>* g_picture_sizes = nullptr;

}  // namespace

void RecordPictures(PictureLog* log) { g_picture_log = log; }
void RecordPictureSizes(std::vector<float>* sizes) { g_picture_sizes = sizes; }
void CollectHeard(std::vector<std::string>* heard) {
    g_heard = heard;
    // A hold whose item went away (the screen changed under the finger) must not
    // swallow a later tap on an item with the same id.
    if (!heard && !ImGui::IsMouseDown(0)) g_heard_item = 0;
}
PictureLog* RecordingPictures() { return g_picture_log; }

void SetResources(const Resources* r) { g_res = r; }
const Resources& Res() { return g_res ? *g_res : kNone; }

namespace {
void DrawOnePicto(ImDrawList* dl, std::string_view emoji, ImVec2 center, float size) {
    const PictogramAtlas* atlas = Res().pictos;
    const PictogramAtlas::Entry* e = atlas ? atlas->Find(emoji) : nullptr;
    if (e) {
        // Fit the bitmap's own shape (136x128 for most) into the square.
        const float w = e->aspect >= 1.0f ? size : size * e->aspect;
        const float h = e->aspect >= 1.0f ? size / e->aspect : size;
        dl->AddImage(ImGui::GetIO().Fonts->TexID, ImVec2(center.x - w * 0.5f, center.y - h * 0.5f),
                     ImVec2(center.x + w * 0.5f, center.y + h * 0.5f), e->uv0, e->uv1);
    } else {
        // No glyph: a calm neutral dot, never a hole or a tofu box.
        dl->AddCircleFilled(center, size * 0.35f, colors::kTileBorder);
    }
}
}  // namespace

void DrawPicto(ImDrawList* dl, const char* emoji, ImVec2 center, float size) {
    if (PictureLog* log = RecordingPictures()) log->push_back(emoji);
    if (g_picture_sizes) g_picture_sizes->push_back(size);
    const std::string_view picture(emoji);
    const size_t bar = picture.find('|');
    if (bar == std::string_view::npos) return DrawOnePicto(dl, picture, center, size);
    // Composed: the main picture a little smaller, the badge on its lower corner
    // at the reading end, on a white disc so it reads as one sign.
    const float main = size * 0.86f, badge = size * 0.5f;
    DrawOnePicto(dl, picture.substr(0, bar), ImVec2(center.x - size * 0.06f * (Res().rtl ? -1 : 1), center.y - size * 0.05f), main);
    const ImVec2 b(center.x + (Res().rtl ? -1 : 1) * size * 0.27f, center.y + size * 0.25f);
    dl->AddCircleFilled(b, badge * 0.6f, IM_COL32_WHITE, 32);
    DrawOnePicto(dl, picture.substr(bar + 1), b, badge);
}

namespace {

TextLog* g_text_log = nullptr;

// Hebrew, Arabic, Syriac, Thaana, NKo... and the Arabic presentation forms the shaper emits.
bool IsRtlLetter(unsigned c) { return (c >= 0x0590 && c <= 0x08FF) || (c >= 0xFB1D && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF); }

// Whether a line in display form runs right to left: it holds a right-to-left
// letter. A time or a Latin name in an Arabic kiosk wraps left to right.
bool RunsRightToLeft(const char* b, const char* e) {
    while (b < e) {
        unsigned c = 0;
        b += ImTextCharFromUtf8(&c, b, e);
        if (IsRtlLetter(c)) return true;
    }
    return false;
}

float WidestWord(ImFont* font, float size, const char* text) {
    float widest = 0;
    for (const char* s = text; *s;) {
        const char* e = s;
        while (*e && *e != ' ' && *e != '\n' && *e != '-') ++e;
        if (*e == '-') ++e;  // a line may end after a hyphen: it stays with the first part
        widest = std::max(widest, font->CalcTextSizeA(size, FLT_MAX, 0, s, e).x);
        s = *e == ' ' || *e == '\n' ? e + 1 : e;
    }
    return widest;
}

// Breaks `text` into lines no wider than `wrap_width` at `size`, never inside
// a word unless a word alone is too wide, and calls `line(begin, end)` top to
// bottom. Right-to-left text arrives in visual order (the catalog reordered
// it), so its logical start is at the right end: lines are taken from the
// end, and the first line found is the top one.
template <typename F>
void ForEachLine(ImFont* font, float size, float wrap_width, const char* text, F&& line) {
    auto width = [&](const char* b, const char* e) { return font->CalcTextSizeA(size, FLT_MAX, 0, b, e).x; };
    const char* para = text;
    while (*para) {
        const char* para_end = para;
        while (*para_end && *para_end != '\n') ++para_end;
        if (!RunsRightToLeft(para, para_end)) {
            // Whole words while they fit; a line may also end after a hyphen
            // ("Maximiliaan-" / "Alexander"), never inside a word.
            const char* s = para;
            while (s < para_end) {
                const char* e = s;  // the end of what fits so far
                for (const char* at = s; at < para_end;) {
                    const char* w = at;
                    while (w < para_end && *w != ' ' && *w != '-') ++w;
                    if (w < para_end && *w == '-') ++w;
                    if (e != s && width(s, w) > wrap_width) break;
                    e = w;
                    at = w;
                    while (at < para_end && *at == ' ') ++at;
                    if (width(s, e) > wrap_width) break;  // a single word too wide: it stands alone
                }
                const char* visible = e;
                while (visible > s && visible[-1] == ' ') --visible;
                line(s, visible);
                s = e;
                while (s < para_end && *s == ' ') ++s;
            }
        } else {
            const char* e = para_end;
            while (e > para) {
                while (e > para && e[-1] == ' ') --e;
                const char* b = e;
                // Take whole words from the right while they fit.
                while (b > para) {
                    const char* w = b;
                    while (w > para && w[-1] == ' ') --w;
                    while (w > para && w[-1] != ' ') --w;
                    if (b != e && width(w, e) > wrap_width) break;
                    b = w;
                }
                if (b == e) break;
                line(b, e);
                e = b;
            }
        }
        para = *para_end ? para_end + 1 : para_end;
    }
}

int LineCount(ImFont* font, float size, float wrap_width, const char* text) {
    int lines = 0;
    ForEachLine(font, size, wrap_width, text, [&](const char*, const char*) { ++lines; });
    return lines;
}

// The size `text` is drawn at in `wrap_width` (and `max_height`, if > 0): the
// font's own, or smaller until every word fits and the lines fit the height,
// but not below kMinTextScale. `fits` says whether that was enough.
float FittedSize(ImFont* font, float wrap_width, const char* text, float max_height, bool& fits) {
    const float full = font->FontSize, least = full * kMinTextScale;
    float size = full;
    const float widest = WidestWord(font, full, text);
    if (widest > wrap_width) size = std::max(least, full * wrap_width / widest);
    auto tall = [&](float sz) { return max_height > 0 && LineCount(font, sz, wrap_width, text) * sz > max_height + 0.5f; };
    while (tall(size) && size > least) size = std::max(least, size * 0.92f);
    fits = WidestWord(font, size, text) <= wrap_width + 0.5f && !tall(size);
    return size;
}

void Report(ImFont* font, const char* text, ImVec2 min, ImVec2 max, bool fits) {
    if (!g_text_log) return;
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const ImRect clip(ImGui::GetCurrentWindow()->ClipRect);
    if (!clip.Overlaps(ImRect(min, max))) return;  // scrolled out of sight: not drawn
    TextBox box;
    box.text = text;
    box.min = min;
    box.max = max;
    // Past the screen's edge is a fault, unless a scrolled list hides that part.
    const bool scrolled = (ImGui::GetCurrentWindow()->Flags & ImGuiWindowFlags_ChildWindow) && !clip.Contains(ImRect(min, max));
    box.fits = fits && (scrolled || (min.x >= -0.5f && min.y >= -0.5f && max.x <= display.x + 0.5f &&
                                     max.y <= display.y + 0.5f));
    for (const char* s = text; *s;) {
        unsigned c = 0;
        s += ImTextCharFromUtf8(&c, s, nullptr);
        if (c == '\n' || c == 0) continue;
        if (c > 0xFFFF || !font->FindGlyphNoFallback(static_cast<ImWchar>(c))) box.missing.push_back(c);
    }
    g_text_log->push_back(std::move(box));
}

}  // namespace

void RecordTexts(TextLog* log) { g_text_log = log; }
TextLog* RecordingTexts() { return g_text_log; }

bool WordsFit(ImFont* font, float wrap_width, const char* text) {
    return WidestWord(font, font->FontSize, text) <= wrap_width;
}

float CalcTextCenteredHeight(ImFont* font, float wrap_width, const char* text, float max_height) {
    bool fits = true;
    const float size = FittedSize(font, wrap_width, text, max_height, fits);
    return LineCount(font, size, wrap_width, text) * size;
}

float DrawTextCentered(ImDrawList* dl, ImFont* font, float center_x, float top_y, float wrap_width, const char* text,
                       ImU32 color, float max_height) {
    bool fits = true;
    const float size = FittedSize(font, wrap_width, text, max_height, fits);
    float y = top_y, widest = 0;
    ForEachLine(font, size, wrap_width, text, [&](const char* b, const char* e) {
        const float w = font->CalcTextSizeA(size, FLT_MAX, 0, b, e).x;
        widest = std::max(widest, w);
        dl->AddText(font, size, ImVec2(std::floor(center_x - w * 0.5f), y), color, b, e);
        y += size;
    });
    Report(font, text, ImVec2(center_x - widest * 0.5f, top_y), ImVec2(center_x + widest * 0.5f, y), fits);
    return y - top_y;
}

float FittedLineSize(ImFont* font, float max_width, const char* text) {
    const float w = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, text).x;
    if (w <= max_width || w <= 0) return font->FontSize;
    return std::max(font->FontSize * kMinTextScale, font->FontSize * max_width / w);
}

float DrawTextLine(ImDrawList* dl, ImFont* font, ImVec2 pos, float max_width, const char* text, ImU32 color,
                   bool align_end) {
    const float size = FittedLineSize(font, max_width, text);
    const float w = font->CalcTextSizeA(size, FLT_MAX, 0, text).x;
    const bool fits = w <= max_width + 0.5f;
    const float x = align_end ? pos.x + max_width - std::min(w, max_width) : pos.x;
    // Shrunk text sits on the same middle as full-size text would.
    const float y = pos.y + (font->FontSize - size) * 0.5f;
    if (fits) dl->AddText(font, size, ImVec2(x, y), color, text);
    else dl->AddText(font, size, ImVec2(x, y), color, text, nullptr, 0.0f,
                     std::array<ImVec4, 1>{ImVec4(x, y, x + max_width, y + size)}.data());
    Report(font, text, ImVec2(x, y), ImVec2(x + std::min(w, max_width), y + size), fits);
    return std::min(w, max_width);
}

namespace {
// A tile's insets: at the sides, and top + between picture and words + bottom.
constexpr float kTilePadEm = 0.45f, kTileVerticalEm = 1.05f, kTileBottomEm = 0.4f;
float DefaultTilePicture(ImVec2 size) {
    return std::min({size.x - 2 * Em(kTilePadEm), size.y * 0.5f, 1.3f * 128.0f});
}
// Whether `label` fits under a picture of `picto` in a tile of `size` (large font or body).
bool LabelFits(ImVec2 size, float picto, const char* label) {
    const float wrap = size.x - 2 * Em(kTilePadEm), room = size.y - picto - Em(kTileVerticalEm);
    for (ImFont* font : {Res().fonts.large, Res().fonts.body}) {
        if (!font) continue;
        bool fits = false;
        FittedSize(font, wrap, label, room, fits);
        if (fits) return true;
    }
    return false;
}
}  // namespace

float UniformPictureEm(ImVec2 size, const std::vector<const char*>& labels) {
    float picto = DefaultTilePicture(size);
    const float least = size.y * 0.42f;  // below this the picture stops being what a parent spots first
    for (const char* label : labels)
        while (picto > least && label && *label && !LabelFits(size, picto, label)) picto = std::max(least, picto * 0.94f);
    return picto / EmPixels();
}

bool PictoTile(WidgetId id, const char* emoji, const char* msgid, const char* label, ImVec2 size, ImU32 accent,
               TileState state, float picto_em, float top_reserve) {
    ImRect bb;
    bool held = false;
    const bool pressed = TouchItem(id, msgid, size, bb, held);
    if (!ImGui::GetCurrentWindow()->ClipRect.Overlaps(bb)) return pressed;

    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float r = Em(0.9f);
    const bool selected = state == TileState::Selected;
    const ImVec2 shadow(0, Em(0.15f));
    dl->AddRectFilled(ImVec2(bb.Min.x + shadow.x, bb.Min.y + shadow.y), ImVec2(bb.Max.x, bb.Max.y + shadow.y),
                      colors::kShadow, r);
    ImU32 fill = selected ? colors::kSelected : colors::kTile;
    if (state == TileState::Tinted) {
        // Two thirds white, one third accent: a calm pastel of the tile's colour.
        const ImVec4 a = ImGui::ColorConvertU32ToFloat4(accent);
        fill = ImGui::ColorConvertFloat4ToU32(ImVec4(a.x / 3 + 2.0f / 3, a.y / 3 + 2.0f / 3, a.z / 3 + 2.0f / 3, 1));
    }
    dl->AddRectFilled(bb.Min, bb.Max, held ? colors::kTilePressed : fill, r);
    dl->AddRect(bb.Min, bb.Max, selected ? colors::kSelectedBorder : colors::kTileBorder, r, 0,
                selected ? Em(0.25f) : Em(0.08f));

    const float pad = Em(kTilePadEm);
    const float wrap = bb.GetWidth() - 2 * pad;
    // The pictogram first: it is what a parent reads, so its size comes from the
    // tile alone, never from the words under it (the same picture is the same
    // size in every language). Capped so the 128 px strike stays sharp.
    float picto = std::min(DefaultTilePicture(size), picto_em > 0 ? Em(picto_em) : 1e9f);
    // The words in what is left: the large font if they fit without breaking a
    // word, else the body font (both shrink a little if they must).
    ImFont* font = Res().fonts.large ? Res().fonts.large : ImGui::GetFont();
    const float room = std::max(0.0f, bb.GetHeight() - picto - Em(kTileVerticalEm));
    float text_h = 0.0f;
    if (label && *label) {
        text_h = CalcTextCenteredHeight(font, wrap, label, room);
        if ((text_h > room || !WordsFit(font, wrap, label)) && Res().fonts.body) {
            font = Res().fonts.body;
            text_h = CalcTextCenteredHeight(font, wrap, label, room);
        }
    }
    // The picture sits in the middle of the space above the words.
    const float above = bb.GetHeight() - (text_h > 0 ? text_h + Em(kTileBottomEm) : 0);
    if (top_reserve > 0) picto = std::max(0.0f, std::min(picto, above - top_reserve - Em(0.3f)));
    const ImVec2 c(bb.GetCenter().x, bb.Min.y + std::max(above * 0.5f, top_reserve + (above - top_reserve) * 0.5f));
    dl->AddCircleFilled(c, picto * 0.62f, state == TileState::Tinted ? colors::kTile : accent, 48);
    DrawPicto(dl, emoji, c, picto);
    if (text_h > 0)
        DrawTextCentered(dl, font, bb.GetCenter().x, bb.Max.y - Em(kTileBottomEm) - text_h, wrap, label, colors::kText,
                         room);
    if (selected) {
        // A check in the corner: "picked" without reading.
        const ImVec2 k(bb.Max.x - Em(1.3f), bb.Min.y + Em(1.3f));
        dl->AddCircleFilled(k, Em(0.9f), colors::kSelectedBorder, 24);
        dl->AddPolyline(std::array<ImVec2, 3>{ImVec2(k.x - Em(0.45f), k.y), ImVec2(k.x - Em(0.1f), k.y + Em(0.35f)),
                                              ImVec2(k.x + Em(0.45f), k.y - Em(0.35f))}
                            .data(),
                        3, IM_COL32_WHITE, 0, Em(0.18f));
    }
    return pressed;
}

bool BarButton(WidgetId id, const char* emoji, const char* msgid, const char* label, ImVec2 size, ImU32 fill,
               bool enabled) {
    ImRect bb;
    bool held = false;
    const bool pressed = TouchItem(id, msgid, size, bb, held, enabled) && enabled;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float r = Em(0.7f);
    dl->AddRectFilled(bb.Min, bb.Max, !enabled ? colors::kBar : (held ? colors::kTilePressed : fill), r);
    dl->AddRect(bb.Min, bb.Max, colors::kTileBorder, r, 0, Em(0.08f));
    ImFont* font = Res().fonts.large ? Res().fonts.large : ImGui::GetFont();
    const float picto = std::min(bb.GetHeight() - Em(0.6f), Em(2.2f));
    const float gap = Em(0.5f), pad = Em(0.6f);
    const float room = bb.GetWidth() - 2 * pad - picto - gap;
    const bool has_label = label && *label;
    // The large font if the words fit in it (shrunk a little at most), else the body font.
    if (has_label && Res().fonts.body &&
        font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, label).x * kMinTextScale > room)
        font = Res().fonts.body;
    const float text_size = has_label ? FittedLineSize(font, room, label) : 0.0f;
    const float text_w = has_label ? std::min(room, font->CalcTextSizeA(text_size, FLT_MAX, 0, label).x) : 0.0f;
    const float total = picto + (text_w > 0 ? gap + text_w : 0);
    const bool rtl = Res().rtl;
    const float x = bb.GetCenter().x - total * 0.5f;
    const float cy = bb.GetCenter().y;
    DrawPicto(dl, emoji, ImVec2(rtl ? x + total - picto * 0.5f : x + picto * 0.5f, cy), picto);
    if (text_w > 0)
        DrawTextLine(dl, font, ImVec2(rtl ? x : x + picto + gap, cy - font->FontSize * 0.55f), text_w + 0.5f, label,
                     colors::kText);
    if (!enabled) {
        // Faded: a veil over pictogram and words says "not yet" without words.
        dl->AddRectFilled(bb.Min, bb.Max, IM_COL32(243, 233, 220, 150), r);
    }
    return pressed;
}

bool IconButton(WidgetId id, const char* emoji, const char* msgid, ImVec2 size, bool selected) {
    ImRect bb;
    bool held = false;
    const bool pressed = TouchItem(id, msgid, size, bb, held);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float r = Em(0.6f);
    dl->AddRectFilled(bb.Min, bb.Max, held ? colors::kTilePressed : (selected ? colors::kSelected : colors::kTile), r);
    dl->AddRect(bb.Min, bb.Max, selected ? colors::kSelectedBorder : colors::kTileBorder, r, 0,
                selected ? Em(0.2f) : Em(0.08f));
    DrawPicto(dl, emoji, bb.GetCenter(), std::min(bb.GetWidth(), bb.GetHeight()) * 0.68f);
    return pressed;
}

bool TouchArea(WidgetId id, const char* msgid, ImVec2 size) {
    ImRect bb;
    bool held = false;
    return TouchItem(id, msgid, size, bb, held);
}

namespace {
bool g_animation_requested = false;
}

void RequestAnimationFrames() { g_animation_requested = true; }

bool TakeAnimationRequest() {
    const bool r = g_animation_requested;
    g_animation_requested = false;
    return r;
}

bool HoldArea(WidgetId id, const char* msgid, ImVec2 size, float seconds) {
    ImRect bb;
    bool held = false;
    TouchItem(id, msgid, size, bb, held);
    const bool active = ImGui::IsItemActive() && ImGui::IsMouseDown(0);
    const float t = active ? ImGui::GetIO().MouseDownDuration[0] : 0.0f;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 c = bb.GetCenter();
    const float r = std::min(bb.GetWidth(), bb.GetHeight()) * 0.18f;
    // Faint on purpose: known to the teacher, not an invitation to parents.
    dl->AddCircle(c, r, colors::kTileBorder, 24, Em(0.08f));
    if (!active) return false;
    RequestAnimationFrames();
    const float frac = std::min(1.0f, t / seconds);
    const float pi = 3.14159265f;
    dl->PathArcTo(c, r * 1.8f, -pi * 0.5f, -pi * 0.5f + 2 * pi * frac, 32);
    dl->PathStroke(colors::kSelectedBorder, 0, Em(0.25f));
    // Fires once, on the frame the time is reached; holding on does nothing more.
    const float dt = ImGui::GetIO().DeltaTime;
    return t >= seconds && t - dt < seconds;
}

bool TextPill(WidgetId id, const char* msgid, const char* label, ImVec2 size, bool selected, ImFont* font) {
    ImRect bb;
    bool held = false;
    const bool pressed = TouchItem(id, msgid, size, bb, held);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float r = bb.GetHeight() * 0.5f;
    dl->AddRectFilled(bb.Min, bb.Max, held ? colors::kTilePressed : (selected ? colors::kSelected : colors::kTile), r);
    dl->AddRect(bb.Min, bb.Max, selected ? colors::kSelectedBorder : colors::kTileBorder, r, 0,
                selected ? Em(0.15f) : Em(0.06f));
    if (!font) font = Res().fonts.body ? Res().fonts.body : ImGui::GetFont();
    const float room = bb.GetWidth() - r;
    const float w = std::min(room, font->CalcTextSizeA(FittedLineSize(font, room, label), FLT_MAX, 0, label).x);
    DrawTextLine(dl, font, ImVec2(bb.GetCenter().x - w * 0.5f, bb.GetCenter().y - font->FontSize * 0.5f), w + 0.5f,
                 label, colors::kText);
    return pressed;
}

namespace {
struct Glide {
    float velocity = 0.0f;  // pixels per second, + scrolls down
    bool dragging = false;
};
std::map<ImGuiID, Glide> g_glides;
}  // namespace

void BeginTouchScroll(const char* id, ImVec2 size, bool scrolls) {
    ImGui::BeginChild(id, size, false, ImGuiWindowFlags_NoScrollbar);
    if (!scrolls) return;
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    Glide& g = g_glides[window->ID];
    const ImGuiIO& io = ImGui::GetIO();
    const float dt = std::max(io.DeltaTime, 1.0f / 240.0f);
    const float max_y = ImGui::GetScrollMaxY();
    const bool hovered = ImGui::IsWindowHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem);
    if (hovered && ImGui::IsMouseClicked(0)) g.velocity = 0.0f;  // a finger landing stops a glide
    // Past half an em a finger is scrolling; the item under it then ignores the release.
    if (hovered && ImGui::IsMouseDragging(0, Em(0.5f))) {
        ImGui::SetScrollY(ImGui::GetScrollY() - io.MouseDelta.y);
        // The finger's speed over the last few frames: a finger that stops before lifting throws nothing.
        g.velocity = 0.6f * g.velocity + 0.4f * (-io.MouseDelta.y / dt);
        g.dragging = true;
    } else if (g.dragging && !ImGui::IsMouseDown(0)) {
        g.dragging = false;  // lifted: the glide starts from the finger's speed
    } else if (!g.dragging && std::abs(g.velocity) > Em(2.0f)) {
        const float y = std::clamp(ImGui::GetScrollY() + g.velocity * dt, 0.0f, max_y);
        if (y <= 0.0f || y >= max_y) g.velocity = 0.0f;  // the end of the list stops it
        ImGui::SetScrollY(y);
        g.velocity *= std::exp2(-dt / kGlideHalfLife);
        RequestAnimationFrames();
    } else if (!g.dragging) {
        g.velocity = 0.0f;
    }
    if (max_y <= 0.0f) return;
    // Where in the list: a thin mark along the reading end, not a control.
    const ImRect r = window->Rect();
    const float track = r.GetHeight(), visible = track / (track + max_y);
    const float len = std::max(Em(1.5f), track * visible);
    const float top = r.Min.y + (track - len) * (ImGui::GetScrollY() / max_y);
    const float w = Em(0.25f), x = Res().rtl ? r.Min.x + Em(0.15f) : r.Max.x - Em(0.15f) - w;
    ImGui::GetForegroundDrawList()->AddRectFilled(ImVec2(x, top), ImVec2(x + w, top + len), colors::kTileBorder, w);
}

}  // namespace kd::ui
