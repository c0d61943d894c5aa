#pragma once
// Quick polls: "after every activity take a quick poll" (seeds). The teacher
// makes one from a ready-made question, optionally about a recent event, with
// an end date; parents answer on home with one tap on a face, anonymously.
#include "domain/civil_date.h"
#include "domain/records.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace SQLite { class Database; }

namespace kd {

struct ReadyQuestion {
    std::string key;    // "how_was", stable for the command line
    std::string msgid;  // N_("How was it?")
};
// "How was it?", "Did you feel welcome?", "Would you come again?"
const std::vector<ReadyQuestion>& ReadyMadeQuestions();
const ReadyQuestion* FindReadyQuestion(const std::string& key);

inline constexpr int kMaxPollDays = 60;

// Opens a poll from `opens` to `closes` (inclusive) for a class (or the whole
// school). Throws AdminError (services/class_list.h) for an unknown question,
// an event that does not exist, or dates out of order or more than
// kMaxPollDays apart. Returns its id.
Id CreatePoll(SQLite::Database& db, std::optional<Id> class_id, const std::string& question_key,
              std::optional<Id> event_id, const CivilDate& opens, const CivilDate& closes);
// Ends a poll: it closes yesterday (`today` - 1), so parents no longer see it.
void ClosePoll(SQLite::Database& db, Id poll_id, const CivilDate& today);

struct PollSummary {
    Poll poll;
    std::string event_title;   // empty when the poll is not about an event
    std::array<int, 5> answers{};  // [0] very happy .. [4] very worried
    int total = 0;
};
// The class's polls (and the school's), newest first, with their results.
std::vector<PollSummary> PollsOf(SQLite::Database& db, Id class_id);
// Every poll of every class and of the school, newest first (`klasdeur poll list`).
std::vector<PollSummary> AllPolls(SQLite::Database& db);
// One poll with its results; nothing when there is no poll with that id.
std::optional<PollSummary> FindPoll(SQLite::Database& db, Id poll_id);

// Feedback terminals' rule: after an answer, the kiosk takes no other answer
// for a short while, so a child pressing the faces ten times is one answer.
class PollGate {
public:
    explicit PollGate(double interval_seconds = 4.0) : m_interval(interval_seconds) {}
    // True (and the gate closes for the interval) when an answer may be counted at `now` (monotonic seconds).
    bool TryPass(double now);
    double Interval() const { return m_interval; }

private:
    double m_interval;
    double m_last = -1e18;
};

}  // namespace kd
