#pragma once
// The teacher's way in, for the headless tests: the code set, the corner held,
// the code typed on a plugged-in keyboard; the inbox is open after it.
#include "headless_kiosk.h"
#include "services/teacher_code.h"

#include <catch2/catch.hpp>

namespace kd::test {

inline constexpr const char* kTeacherCode = "vlinders2026";

inline void LogIn(HeadlessKiosk& k) {
    TeacherCode(k.Db(), k.Clock()).Set(kTeacherCode);
    k.Settle();
    REQUIRE(k.Hold("home.teacher", 3.2));
    k.TypeOnKeyboard(kTeacherCode, true);
    REQUIRE(k.CurrentScreen() == Screen::TeacherInbox);
}

}  // namespace kd::test
