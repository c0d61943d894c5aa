#include "domain/message.h"

#include <algorithm>
#include <cstring>

namespace kd {

std::string Message::English() const {
    if (Empty()) return {};
    // The values in place of "%s" and "%d", left to right; a value is never searched again.
    const std::string text = msgid;
    std::string out;
    size_t from = 0;
    for (const std::string& value : args) {
        const size_t at = std::min(text.find("%s", from), text.find("%d", from));
        if (at == std::string::npos) break;
        out.append(text, from, at - from).append(value);
        from = at + 2;
    }
    return out.append(text, from, std::string::npos);
}

bool Message::operator==(const Message& o) const {
    if (Empty() || o.Empty()) return Empty() == o.Empty();
    return std::strcmp(msgid, o.msgid) == 0 && args == o.args;
}

}  // namespace kd
