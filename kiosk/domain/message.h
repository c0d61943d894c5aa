#pragma once
// A sentence for a person, kept as its msgid (an N_() literal in
// lang/klasdeur.pot) and the values for its "%s"/"%d" placeholders, in order.
// It is put into words only when it is drawn, in the reader's language
// (i18n::Format), so a teacher who switches language sees it switch too.
// English() is the msgid filled in: for the command line, logs and tests.
// tests/check_messages.py fails when a Message (or a call that makes one:
// SetProblem, SetNotice, AdminError) is given anything but an N_() msgid.
#include <string>
#include <type_traits>
#include <vector>

namespace kd {

struct Message {
    const char* msgid = nullptr;    // null: no message
    std::vector<std::string> args;  // names, paths, numbers, technical detail: never translated

    Message() = default;
    // Explicit, so every message is spelled Message(N_("..."), ...) where it is made.
    template <typename... A>
    explicit Message(const char* id, const A&... a) : msgid(id), args{Arg(a)...} {}

    bool Empty() const { return msgid == nullptr || *msgid == '\0'; }
    std::string English() const;
    bool operator==(const Message& o) const;

private:
    static std::string Arg(const std::string& s) { return s; }
    static std::string Arg(const char* s) { return s; }
    template <typename N, std::enable_if_t<std::is_integral_v<N>, int> = 0>
    static std::string Arg(N n) {
        return std::to_string(n);
    }
};

}  // namespace kd
