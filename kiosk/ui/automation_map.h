#pragma once
// The UI map: after a settled frame, the screen's name and every tappable item
// (stable id, label msgid, rectangle in window pixels). Tests tap by id with it;
// the kiosk writes it only when asked (--ui-map), so normal frames allocate nothing.
#include <imgui.h>

#include <string>
#include <string_view>
#include <vector>

namespace kd::ui {

// A widget's stable id: a name, and an index for repeated items ("child", 12 -> "child.12").
// Or a name and a key ("lang", "ar" -> "lang.ar").
struct WidgetId {
    const char* name;
    long long index = -1;
    const char* key = nullptr;
};

struct UiItem {
    std::string id;
    std::string msgid;
    ImVec2 min, max;   // the part a finger can reach (inside its scrolled list, if in one)
    bool whole = true; // false: partly scrolled out of sight
    bool enabled = true;  // false: drawn faded, a tap does nothing (nothing picked yet, no stick in)
    ImVec2 Center() const { return ImVec2((min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f); }
};

class AutomationMap {
public:
    void Clear() { m_items.clear(); }
    void Add(WidgetId id, const char* msgid, ImVec2 min, ImVec2 max, bool whole = true, bool enabled = true);
    const std::vector<UiItem>& Items() const { return m_items; }
    const UiItem* Find(std::string_view id) const;
    std::string ToJson(std::string_view screen) const;

private:
    std::vector<UiItem> m_items;
};

// The map widgets record into during a frame; null when nobody listens.
void SetRecordingMap(AutomationMap* map);
AutomationMap* RecordingMap();

// Writes `json` to `file` atomically (temp file + rename), so a reader never sees half.
bool WriteFileAtomically(const std::string& file, const std::string& text);

}  // namespace kd::ui
