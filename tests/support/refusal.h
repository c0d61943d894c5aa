#pragma once
// The sentence of the AdminError `f` throws, or "" when it throws none: how the
// unit tests read a refusal of the school's admin (class lists, polls).
#include "services/class_list.h"

#include <string>

namespace kd::test {

template <typename F>
std::string Refusal(F&& f) {
    try {
        f();
    } catch (const AdminError& e) {
        return e.what();
    }
    return "";
}

}  // namespace kd::test
