#pragma once
// The screen table: each row of domain/screen.h paired with its Draw<Id>
// function, in the same order. The frame looks the current screen up here
// instead of switching over the enum, so a new screen is one row in
// domain/screen.h and one file in screens/ that defines Draw<Id>.
#include "screens/screens.h"

#include <span>

namespace kd::screens {

using DrawScreenFn = void (*)(const KioskView& v, std::vector<Intent>& out);

struct ScreenRow {
    Screen screen;
    DrawScreenFn draw;
};

// Every row, in the order of kAllScreens.
std::span<const ScreenRow> ScreenTable();
// The row of one screen.
const ScreenRow& RowOf(Screen s);

}  // namespace kd::screens
