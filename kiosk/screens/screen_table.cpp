#include "screens/screen_table.h"

#include <iterator>

namespace kd::screens {

namespace {

// Made from the same list as the enum, so a row can neither be missing nor out
// of place; the checks below say so at compile time all the same.
constexpr ScreenRow kRows[] = {
#define KLASDEUR_SCREEN_ROW(id, name, who) {Screen::id, &Draw##id},
    KLASDEUR_SCREENS(KLASDEUR_SCREEN_ROW)
#undef KLASDEUR_SCREEN_ROW
};

constexpr bool RowsFollowTheScreenList() {
    for (size_t i = 0; i < std::size(kRows); ++i)
        if (kRows[i].screen != kAllScreens[i] || kRows[i].draw == nullptr) return false;
    return true;
}
static_assert(std::size(kRows) == std::size(kAllScreens), "one row per screen");
static_assert(RowsFollowTheScreenList(), "rows in the order of the screens, each with a draw function");

}  // namespace

std::span<const ScreenRow> ScreenTable() { return kRows; }

const ScreenRow& RowOf(Screen s) { return kRows[static_cast<size_t>(s)]; }

}  // namespace kd::screens
