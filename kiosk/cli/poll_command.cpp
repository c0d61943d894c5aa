#include "cli/admin_common.h"
#include "cli/commands.h"
#include "i18n/catalog.h"
#include "services/class_list.h"
#include "services/paths.h"
#include "services/polls.h"
#include "store/classes_repo.h"
#include "store/events_repo.h"

#include <cstdio>
#include <stdexcept>

namespace kd::cli {
namespace {

// The ready-made question's key ("how_was"), or the question itself (the demo's own).
std::string QuestionText(const Poll& p) {
    for (const ReadyQuestion& q : ReadyMadeQuestions())
        if (q.msgid == p.question) return q.key + " (" + q.msgid + ")";
    return p.question;
}

const char* State(const Poll& p, const CivilDate& today) {
    const std::string t = today.Iso();
    if (p.closes_on < t || p.closes_on < p.opens_on) return "closed";
    if (p.opens_on > t) return "coming";
    return "open";
}

std::string ClassName(store::ClassesRepo& classes, const std::optional<Id>& id) {
    if (!id) return "whole school";
    const auto c = classes.Find(*id);
    return c ? c->name : "class " + std::to_string(*id);
}

std::string Answers(int n) { return std::to_string(n) + (n == 1 ? " answer" : " answers"); }

}  // namespace

int Polls(const std::filesystem::path& data_dir, const PollArgs& a) {
    auto db = OpenAdminDatabase(data_dir);
    store::ClassesRepo classes(*db);
    const CivilDate today = SchoolToday(*db);

    if (a.action == "list") {
        std::vector<PollSummary> polls;
        if (a.class_id) {
            if (!classes.Find(*a.class_id)) throw AdminError(N_("There is no class with id %d."), *a.class_id);
            polls = PollsOf(*db, *a.class_id);
        } else {
            polls = AllPolls(*db);
        }
        std::vector<std::vector<std::string>> rows;
        for (const PollSummary& s : polls) {
            std::string what = QuestionText(s.poll);
            if (!s.event_title.empty()) what += " about " + s.event_title;
            rows.push_back({std::to_string(s.poll.id), State(s.poll, today), s.poll.opens_on, s.poll.closes_on,
                            Answers(s.total), ClassName(classes, s.poll.class_id), what});
        }
        PrintColumns(rows);
        return 0;
    }
    if (a.action == "create") {
        const auto until = CivilDate::Parse(a.until);
        if (!until || until->Iso() != a.until) throw std::invalid_argument("--until takes a date like " + today.AddDays(6).Iso() + ".");
        // A poll about an event asks that event's class, unless --class says otherwise.
        std::optional<Id> class_id = a.class_id;
        if (!class_id && a.event_id) {
            const std::optional<Event> event = store::EventsRepo(*db).Find(*a.event_id);
            if (event && event->class_id) class_id = event->class_id;
        }
        const Id id = CreatePoll(*db, class_id, a.question, a.event_id, today, *until);
        const PollSummary s = *FindPoll(*db, id);
        std::printf("Poll %lld (%s) is open from %s to %s: %s%s\n", static_cast<long long>(id),
                    ClassName(classes, s.poll.class_id).c_str(), s.poll.opens_on.c_str(), s.poll.closes_on.c_str(),
                    s.poll.question.c_str(), s.event_title.empty() ? "" : (" (" + s.event_title + ")").c_str());
        return 0;
    }

    const auto found = FindPoll(*db, a.id);
    if (!found) throw AdminError(N_("There is no poll with id %d."), a.id);
    if (a.action == "results") {
        const PollSummary& s = *found;
        std::printf("Poll %lld: %s%s\n", static_cast<long long>(s.poll.id), s.poll.question.c_str(),
                    s.event_title.empty() ? "" : (" (" + s.event_title + ")").c_str());
        std::printf("%s, %s to %s, %s\n", ClassName(classes, s.poll.class_id).c_str(), s.poll.opens_on.c_str(),
                    s.poll.closes_on.c_str(), State(s.poll, today));
        // The faces as parents saw them: assets/feelings.tsv, 1 very happy .. 5 very worried.
        PictogramTable faces;
        try {
            faces = PictogramTable::Load(FindShareDir() / "assets" / "feelings.tsv");
        } catch (const std::exception&) {
            // Without the table the numbers still say it.
        }
        std::vector<std::vector<std::string>> rows;
        for (int f = 1; f <= 5; ++f) {
            const Pictogram* p = faces.Find(std::to_string(f));
            const int n = s.answers[f - 1];
            const int pct = s.total > 0 ? (n * 100 + s.total / 2) / s.total : 0;
            rows.push_back({std::to_string(f), p ? p->emoji : "", p ? p->msgid : "", std::to_string(n),
                            std::to_string(pct) + "%"});
        }
        PrintColumns(rows);
        std::printf("%s\n", Answers(s.total).c_str());
        return 0;
    }
    if (a.action == "close") {
        ClosePoll(*db, a.id, today);
        std::printf("Poll %lld is closed: parents no longer see it (%s).\n", static_cast<long long>(a.id),
                    Answers(found->total).c_str());
        return 0;
    }
    throw std::logic_error("no such poll command: " + a.action);
}

}  // namespace kd::cli
