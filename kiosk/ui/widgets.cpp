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
bool TouchItem(WidgetId id, const char* msgid, ImVec2 size, ImRect& bb, bool& held) {
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    ImGui::PushID(id.name);
    const ImGuiID gid = id.key ? window->GetID(id.key) : window->GetID(reinterpret_cast<void*>(static_cast<intptr_t>(id.index + 1)));
    ImGui::PopID();
    const ImVec2 pos = window->DC.CursorPos;
    bb = ImRect(pos, ImVec2(pos.x + size.x, pos.y + size.y));
    ImGui::ItemSize(size);
    if (!ImGui::ItemAdd(bb, gid)) return false;
    if (AutomationMap* map = RecordingMap()) map->Add(id, msgid, bb.Min, bb.Max);
    bool hovered = false;
    bool pressed = ImGui::ButtonBehavior(bb, gid, &hovered, &held, 0);
    return HearOrPress(gid, msgid, held, pressed);
}

PictureLog* g_picture_log = nullptr;

}  // namespace

void RecordPictures(PictureLog* log) { g_picture_log = log; }
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

bool WordsFit(ImFont* font, float wrap_width, const char* text) {
    const char* s = text;
    while (*s) {
        const char* e = s;
        while (*e && *e != ' ' && *e != '\n') ++e;
        if (font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, s, e).x > wrap_width) return false;
        s = *e ? e + 1 : e;
    }
    return true;
}

namespace {

// Breaks `text` into lines no wider than `wrap_width`, never inside a word
// unless a word alone is too wide, and calls `line(begin, end)` top to bottom.
// Right-to-left text arrives in visual order (the catalog reordered it), so
// its logical start is at the right end: lines are taken from the end, and the
// first line found is the top one.
template <typename F>
void ForEachLine(ImFont* font, float wrap_width, const char* text, bool rtl, F&& line) {
    auto width = [&](const char* b, const char* e) { return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, b, e).x; };
    const char* para = text;
    while (*para) {
        const char* para_end = para;
        while (*para_end && *para_end != '\n') ++para_end;
        if (!rtl) {
            const char* s = para;
            while (s < para_end) {
                const char* e = font->CalcWordWrapPositionA(1.0f, s, para_end, wrap_width);
                if (e == s) e = s + 1;
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

}  // namespace

float CalcTextCenteredHeight(ImFont* font, float wrap_width, const char* text) {
    int lines = 0;
    ForEachLine(font, wrap_width, text, Res().rtl, [&](const char*, const char*) { ++lines; });
    return lines * font->FontSize;
}

float DrawTextCentered(ImDrawList* dl, ImFont* font, float center_x, float top_y, float wrap_width, const char* text,
                       ImU32 color) {
    float y = top_y;
    ForEachLine(font, wrap_width, text, Res().rtl, [&](const char* b, const char* e) {
        const float w = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, b, e).x;
        dl->AddText(font, font->FontSize, ImVec2(std::floor(center_x - w * 0.5f), y), color, b, e);
        y += font->FontSize;
    });
    return y - top_y;
}

bool PictoTile(WidgetId id, const char* emoji, const char* msgid, const char* label, ImVec2 size, ImU32 accent,
               TileState state, float picto_em) {
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

    const float pad = Em(0.6f);
    const float wrap = bb.GetWidth() - 2 * pad;
    // The pictogram first: it is what a parent reads. It keeps at least half the
    // tile, and is capped so the 128 px strike stays sharp.
    float picto = std::min({wrap, bb.GetHeight() * 0.52f, picto_em > 0 ? Em(picto_em) : 1e9f, 1.3f * 128.0f});
    // Then the words, in the large font if they fit without breaking a word, else smaller.
    ImFont* font = Res().fonts.large ? Res().fonts.large : ImGui::GetFont();
    float text_h = 0.0f;
    if (label && *label) {
        const float room = bb.GetHeight() - picto - 3 * pad;
        text_h = CalcTextCenteredHeight(font, wrap, label);
        if ((text_h > room || !WordsFit(font, wrap, label)) && Res().fonts.body) {
            font = Res().fonts.body;
            text_h = CalcTextCenteredHeight(font, wrap, label);
        }
    }
    const float avail = std::max(0.0f, bb.GetHeight() - text_h - 3 * pad);
    picto = std::max(0.0f, std::min(picto * 1.25f, avail));
    const ImVec2 c(bb.GetCenter().x, bb.Min.y + pad + (avail + pad) * 0.5f);
    dl->AddCircleFilled(c, picto * 0.62f, state == TileState::Tinted ? colors::kTile : accent, 48);
    DrawPicto(dl, emoji, c, picto);
    if (text_h > 0)
        DrawTextCentered(dl, font, bb.GetCenter().x, bb.Max.y - pad - text_h, wrap, label, colors::kText);
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
    const bool pressed = TouchItem(id, msgid, size, bb, held) && enabled;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float r = Em(0.7f);
    dl->AddRectFilled(bb.Min, bb.Max, !enabled ? colors::kBar : (held ? colors::kTilePressed : fill), r);
    dl->AddRect(bb.Min, bb.Max, colors::kTileBorder, r, 0, Em(0.08f));
    ImFont* font = Res().fonts.large ? Res().fonts.large : ImGui::GetFont();
    const float picto = std::min(bb.GetHeight() - Em(0.6f), Em(2.2f));
    const float text_w = label ? font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, label).x : 0;
    const float gap = Em(0.5f);
    const float total = picto + (text_w > 0 ? gap + text_w : 0);
    const bool rtl = Res().rtl;
    float x = bb.GetCenter().x - total * 0.5f;
    const float cy = bb.GetCenter().y;
    if (rtl) {
        DrawPicto(dl, emoji, ImVec2(x + total - picto * 0.5f, cy), picto);
        if (text_w > 0) dl->AddText(font, font->FontSize, ImVec2(x, cy - font->FontSize * 0.55f), colors::kText, label);
    } else {
        DrawPicto(dl, emoji, ImVec2(x + picto * 0.5f, cy), picto);
        x += picto + gap;
        if (text_w > 0) dl->AddText(font, font->FontSize, ImVec2(x, cy - font->FontSize * 0.55f), colors::kText, label);
    }
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
    const ImVec2 ts = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, label);
    dl->AddText(font, font->FontSize, ImVec2(bb.GetCenter().x - ts.x * 0.5f, bb.GetCenter().y - ts.y * 0.5f),
                colors::kText, label);
    return pressed;
}

}  // namespace kd::ui
