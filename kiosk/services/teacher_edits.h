#pragma once
// What a logged-in teacher changes on the kiosk itself: the class list, polls,
// settings (and, through hooks the app provides, photos and the calendar).
// Holds the half-made edits (a child being added, a poll being made) and the
// last message for the teacher; the checks themselves live in class_list,
// polls and settings, shared with the command line.
#include "domain/message.h"
#include "domain/records.h"
#include "domain/pictogram_table.h"
#include "services/polls.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace SQLite { class Database; }

namespace kd {

struct ChildDraft {
    std::optional<Id> id;  // empty: a new child
    std::string name;
    std::string symbol;
    bool consent = false;
};

struct PollDraft {
    std::string question = "how_was";  // ReadyQuestion key
    std::optional<Id> event_id;        // a recent event it asks about
    int days = 7;                      // open for this many days from today
};

class TeacherEdits {
public:
    explicit TeacherEdits(SQLite::Database& db) : m_db(db) {}

    void SetSymbols(const PictogramTable* symbols) { m_symbols = symbols; }

    // The child being edited (or added).
    const ChildDraft& Child() const { return m_child; }
    void EditChild(const kd::Child& c);
    void NewChild(Id class_id);
    void NameKey(const std::string& utf8);  // one character (a key of the keyboard)
    void NameErase();                       // the last character (a whole UTF-8 sequence)
    void PickSymbol(const std::string& emoji) { m_child.symbol = emoji; }
    void ToggleConsent() { m_child.consent = !m_child.consent; }
    // True when saved; else Problem() says why.
    bool SaveChild();
    bool RemoveChild();
    // The symbols the child may take: theirs, and those no other child of the class has.
    const std::vector<std::string>& FreeSymbols() const { return m_free; }

    PollDraft& Poll() { return m_poll; }
    const PollDraft& Poll() const { return m_poll; }
    bool CreatePoll(Id class_id, const CivilDate& today);
    bool ClosePoll(Id poll_id, const CivilDate& today);

    // A setting, checked first. `known_langs` as for ValidateSetting.
    bool SetSetting(const std::string& key, const std::string& value, const std::vector<std::string>& known_langs);

    // The last refusal (empty after a success), and the last thing done, for a
    // short line on screen ("12 events imported"). Both are msgids with their
    // values, put into words when drawn (i18n::Format): SetProblem(N_("The
    // calendar file cannot be read: %s"), path). Only N_() msgids, never built
    // text: tests/check_messages.py holds every call to the msgids of lang/.
    const Message& Problem() const { return m_problem; }
    const Message& Notice() const { return m_notice; }
    template <typename... A>
    void SetProblem(const char* msgid, const A&... args) {
        m_problem = Message(msgid, args...);
    }
    template <typename... A>
    void SetNotice(const char* msgid, const A&... args) {
        m_notice = Message(msgid, args...);
        m_problem = {};
    }
    void ClearMessages() { m_problem = {}; m_notice = {}; }

private:
    template <typename F>
    bool Try(F&& f);

    SQLite::Database& m_db;
    const PictogramTable* m_symbols = nullptr;
    ChildDraft m_child;
    Id m_child_class = 0;
    std::vector<std::string> m_free;
    void RefreshFree();
    PollDraft m_poll;
    Message m_problem, m_notice;
};

}  // namespace kd
