#pragma once
// Two columns side by side under a teacher screen's header (polls, settings),
// mirrored right to left: the column read first stands at the reading start
// (left; right in Arabic), the other beside it. Text and rows of cells in a
// column start at its reading start too.
#include "ui/sizes.h"
#include "ui/widgets.h"

#include <cfloat>
#include <imgui.h>

namespace kd::ui {

struct TwoColumns {
    float width = 0;   // of each column
    float first = 0;   // the left edge of the column read first
    float second = 0;  // the left edge of the other
    float margin = 0;  // from the screen's edges (the bottom's too, for what stands there)
    bool rtl = false;

    // Across `display_w`, 1.5 em from the edges and 1.5 em apart.
    explicit TwoColumns(float display_w, bool right_to_left = Res().rtl) : rtl(right_to_left) {
        margin = Em(1.5f);
        const float gap = Em(1.5f);
        width = (display_w - 2 * margin - gap) * 0.5f;
        first = rtl ? margin + width + gap : margin;
        second = rtl ? margin : margin + width + gap;
    }

    // Where something `w` wide starts at the reading start of the column at `x`.
    float Start(float x, float w) const { return rtl ? x + width - w : x; }

    // The left edge of cell `i` in a row of cells `cell` wide and `gap` apart,
    // counted from the reading start of the column at `x`.
    float Cell(float x, int i, float cell, float gap) const {
        return rtl ? x + width - (i + 1) * cell - i * gap : x + i * (cell + gap);
    }

    // One line of text at the reading start of the column at `x`, its top at `y`.
    void Text(ImDrawList* dl, ImFont* font, float x, float y, const char* text, ImU32 color) const {
        const float tw = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, text).x;
        dl->AddText(font, font->FontSize, ImVec2(Start(x, tw), y), color, text);
    }
};

}  // namespace kd::ui
