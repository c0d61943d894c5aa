#pragma once
// One teacher session: typing the code (or choosing the first one), the class
// keys unlocked for as long as the session lasts, the inbox and the team counts.
// Ending the session wipes the keys, the opened concerns and whatever was typed.
#include "domain/civil_date.h"
#include "domain/clock.h"
#include "domain/records.h"
#include "services/class_keys.h"
#include "services/teacher_code.h"

#include <array>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace SQLite { class Database; }

namespace kd {

// What the code screen asks or answers.
enum class CodePrompt {
    Enter,     // type the teacher code
    Wrong,     // that was not it (maybe with a wait)
    Wait,      // too many wrong codes: wait
    Choose,    // no code yet: choose one (8 or more characters)
    TooShort,  // the chosen code is shorter than 8
    Repeat,    // type the chosen code again
    Mismatch,  // the two did not match: choose again
    NotOnKeys, // the chosen code holds a character the on-screen keys lack (typed on a plugged-in keyboard)
};

struct ConcernCounts {
    std::map<std::string, int> topics;  // topic id -> how many concerns named it
    std::array<int, 5> feelings{};      // [0] very happy .. [4] very worried
    int total = 0;
};

struct TeacherInbox {
    // Today's messages that cannot wait until the end of the day (same_day), not yet done:
    // first on the inbox, oldest first (the first sent has waited longest). A tap on Done
    // leaves the row here until the next reload, then it goes to `today`.
    std::vector<Concern> before_pickup;
    std::vector<Concern> today;    // the rest of today: new, will talk, seen, then done; newest first within each
    std::vector<Concern> earlier;  // the rest of this week, in the same order
    int unreadable = 0;            // rows that did not open (altered, or sealed to another key)
    ConcernCounts week, month;     // for the team: this week (Mon-Sun), this month
    std::map<Id, std::string> when;  // per concern: "08:12" today, "ma 08:22" earlier (teacher's language)
};

class TeacherSession {
public:
    TeacherSession(SQLite::Database& db, const Clock& clock) : m_db(db), m_clock(clock) {
        // Room for the longest code up front: growing would leave copies of it in freed memory.
        m_entry.reserve(kMaxCodeLength);
        m_chosen.reserve(kMaxCodeLength);
    }
    ~TeacherSession() { End(); }

    // The code screen opens: asks for the code, or to choose one on a new kiosk.
    void Begin();
    void Key(char c);
    void Erase();
    // Checks what was typed. True when the session is now unlocked for `classes`.
    bool Submit(const std::vector<Id>& classes);
    bool Unlocked() const { return m_unlocked; }
    // Wipes keys, opened concerns and the typed code.
    void End();

    CodePrompt Prompt() const { return m_prompt; }
    size_t Typed() const { return m_entry.size(); }
    // Seconds until another try is allowed (0: now).
    std::int64_t WaitSecondsLeft() const;

    // Opens today's and this week's concerns and the month's counts.
    // Time labels in `lang` (the teacher's language).
    void Reload(const CivilDate& today, const std::string& time_zone, const std::string& lang = "nl");
    const TeacherInbox& Inbox() const { return m_inbox; }
    // One tap: seen / will talk / done. Committed at once; the row stays where it is.
    bool SetStatus(Id concern_id, ConcernStatus status);

    static constexpr size_t kMaxCodeLength = kd::kMaxCodeLength;

private:
    void Wipe(std::string& s);

    SQLite::Database& m_db;
    const Clock& m_clock;
    CodePrompt m_prompt = CodePrompt::Enter;
    std::string m_entry;
    std::string m_chosen;               // the first typing of a new code, until it is repeated
    std::int64_t m_wait_until = 0;      // unix seconds
    bool m_unlocked = false;
    std::map<Id, std::unique_ptr<UnlockedClassKey>> m_keys;
    TeacherInbox m_inbox;
};

// Orders an inbox list: new, will talk, seen, done; newest first within each.
void SortForInbox(std::vector<Concern>& v);

}  // namespace kd
