#include "domain/screen_data.h"

namespace kd {

std::string TypedTextOf(const ScreenData& data) {
    std::string typed;
    auto add = [&](const std::string& s) { typed += s + '\n'; };
    for (const ClassInfo& c : data.classes) add(c.name), add(c.teacher);
    add(data.door_class.name), add(data.door_class.teacher);
    for (const Child& c : data.all_children) add(c.first_name);
    for (const Child& c : data.children) add(c.first_name);
    for (const DayEvents& d : data.week)
        for (const Event& e : d.events) add(e.title);
    if (data.poll_event) add(data.poll_event->title);
    return typed;
}

}  // namespace kd
