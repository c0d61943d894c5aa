#include "ui/automation_map.h"

#include <cstdio>
#include <fstream>

namespace kd::ui {
namespace {
AutomationMap* g_recording = nullptr;

void AppendJsonString(std::string& out, std::string_view s) {
    out += '"';
    for (const char c : s) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\t': out += "\\t"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\u%04x", c);
                    out += buf;
                } else {
                    out += c;
                }
        }
    }
    out += '"';
}
}  // namespace

void SetRecordingMap(AutomationMap* map) { g_recording = map; }
AutomationMap* RecordingMap() { return g_recording; }

void AutomationMap::Add(WidgetId id, const char* msgid, ImVec2 min, ImVec2 max, bool whole, bool enabled) {
    UiItem item;
    item.id = id.name;
    if (id.key) item.id += std::string(".") + id.key;
    else if (id.index >= 0) item.id += "." + std::to_string(id.index);
    item.msgid = msgid ? msgid : "";
    item.min = min;
    item.max = max;
    item.whole = whole;
    item.enabled = enabled;
    m_items.push_back(std::move(item));
}

const UiItem* AutomationMap::Find(std::string_view id) const {
    for (const UiItem& i : m_items)
        if (i.id == id) return &i;
    return nullptr;
}

std::string AutomationMap::ToJson(std::string_view screen) const {
    std::string out = "{\"screen\": ";
    AppendJsonString(out, screen);
    out += ", \"items\": [";
    char buf[160];
    for (size_t n = 0; n < m_items.size(); ++n) {
        const UiItem& i = m_items[n];
        out += n ? ",\n  {\"id\": " : "\n  {\"id\": ";
        AppendJsonString(out, i.id);
        out += ", \"msgid\": ";
        AppendJsonString(out, i.msgid);
        std::snprintf(buf, sizeof buf, ", \"x\": %d, \"y\": %d, \"w\": %d, \"h\": %d}", static_cast<int>(i.min.x),
                      static_cast<int>(i.min.y), static_cast<int>(i.max.x - i.min.x), static_cast<int>(i.max.y - i.min.y));
        out += buf;
        if (!i.enabled) out.insert(out.size() - 1, ", \"enabled\": false");
    }
    out += "\n]}\n";
    return out;
}

bool WriteFileAtomically(const std::string& file, const std::string& text) {
    const std::string tmp = file + ".tmp";
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        if (!out) return false;
        out << text;
        if (!out.flush()) return false;
    }
    return std::rename(tmp.c_str(), file.c_str()) == 0;
}

}  // namespace kd::ui
