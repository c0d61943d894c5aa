#include "services/polls.h"

#include "i18n/catalog.h"
#include "services/class_list.h"
#include "store/classes_repo.h"
#include "store/events_repo.h"
#include "store/polls_repo.h"

#include <cstdio>
#include <ctime>
#include <random>

namespace kd {
namespace {

std::string NewPollKey() {
    std::random_device rd;
    char buf[64];
    std::snprintf(buf, sizeof buf, "poll-%lld-%08x", static_cast<long long>(std::time(nullptr)),
                  static_cast<unsigned>(rd()));
    return buf;
}

// The listed polls with their answers counted.
std::vector<PollSummary> Summaries(SQLite::Database& db, std::vector<store::PollListing> listed) {
    store::PollsRepo polls(db);
    std::vector<PollSummary> out;
    for (store::PollListing& l : listed) {
        PollSummary s;
        s.poll = std::move(l.poll);
        s.event_title = std::move(l.event_title);
        s.answers = polls.Results(s.poll.id);
        for (const int n : s.answers) s.total += n;
        out.push_back(std::move(s));
    }
    return out;
}

}  // namespace

const std::vector<ReadyQuestion>& ReadyMadeQuestions() {
    static const std::vector<ReadyQuestion> kQuestions = {
        {"how_was", N_("How was it?")},
        {"welcome", N_("Did you feel welcome?")},
        {"again", N_("Would you come again?")},
    };
    return kQuestions;
}

const ReadyQuestion* FindReadyQuestion(const std::string& key) {
    for (const ReadyQuestion& q : ReadyMadeQuestions())
        if (q.key == key) return &q;
    return nullptr;
}

Id CreatePoll(SQLite::Database& db, std::optional<Id> class_id, const std::string& question_key,
              std::optional<Id> event_id, const CivilDate& opens, const CivilDate& closes) {
    const ReadyQuestion* question = FindReadyQuestion(question_key);
    if (!question) {
        std::string keys;
        for (const ReadyQuestion& q : ReadyMadeQuestions()) keys += (keys.empty() ? "" : ", ") + q.key;
        throw AdminError(N_("'%s' is not a ready-made question; there are %s."), question_key, keys);
    }
    if (closes.DaysSinceEpoch() < opens.DaysSinceEpoch())
        throw AdminError(N_("The poll would close (%s) before it opens (%s)."), closes.Iso(), opens.Iso());
    if (closes.DaysSinceEpoch() - opens.DaysSinceEpoch() > kMaxPollDays)
        throw AdminError(N_("A poll closes at most %d days after it opens; %s to %s is longer."), kMaxPollDays,
                         opens.Iso(), closes.Iso());
    if (class_id) {
        const bool known = store::ClassesRepo(db).Find(*class_id).has_value();
        if (!known) throw AdminError(N_("There is no class with id %d."), *class_id);
    }
    if (event_id) {
        const std::optional<Event> event = store::EventsRepo(db).Find(*event_id);
        if (!event) throw AdminError(N_("There is no event with id %d."), *event_id);
        // A class's poll may ask about the whole school's event, not about another class's.
        if (class_id && event->class_id && *event->class_id != *class_id)
            throw AdminError(N_("The event '%s' is another class's."), event->title);
    }

    return store::PollsRepo(db).Add(
        Poll{0, NewPollKey(), class_id, question->msgid, event_id, opens.Iso(), closes.Iso()});
}

void ClosePoll(SQLite::Database& db, Id poll_id, const CivilDate& today) {
    // min(): a poll that closed earlier keeps its day; closing never reopens one.
    const bool found = store::PollsRepo(db).CloseBy(poll_id, today.AddDays(-1).Iso());
    if (!found) throw AdminError(N_("There is no poll with id %d."), poll_id);
}

std::vector<PollSummary> PollsOf(SQLite::Database& db, Id class_id) {
    return Summaries(db, store::PollsRepo(db).ListOfClass(class_id));
}

std::vector<PollSummary> AllPolls(SQLite::Database& db) { return Summaries(db, store::PollsRepo(db).ListAll()); }

std::optional<PollSummary> FindPoll(SQLite::Database& db, Id poll_id) {
    std::optional<store::PollListing> found = store::PollsRepo(db).FindListing(poll_id);
    if (!found) return std::nullopt;
    std::vector<store::PollListing> one;
    one.push_back(std::move(*found));
    return std::move(Summaries(db, std::move(one)).front());
}

bool PollGate::TryPass(double now) {
    // Taps while the gate is closed do not keep it closed longer: the next
    // answer counts `interval` after the last counted one.
    if (now - m_last < m_interval) return false;
    m_last = now;
    return true;
}

}  // namespace kd
