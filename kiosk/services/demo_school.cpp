#include "services/demo_school.h"

#include "i18n/catalog.h"
#include "i18n/dates.h"
#include "services/sealed_concerns.h"
#include "store/children_repo.h"
#include "store/classes_repo.h"
#include "store/concerns_repo.h"
#include "store/events_repo.h"
#include "store/polls_repo.h"
#include "store/settings_repo.h"
#include "store/transaction.h"

namespace kd {
namespace {

// First names as a Flemish city preschool has them: Flemish, Moroccan, Turkish,
// Polish, Ukrainian, Romanian, Bulgarian, Eritrean, Congolese, Syrian families.
struct DemoChild {
    const char* name;
    const char* symbol;
    bool consent;
};
constexpr DemoChild kChildren[] = {
    {"Noor", "🦊", true},     {"Yasmina", "🍓", true},  {"Elif", "🦋", true},    {"Lucas", "🚂", true},
    {"Mohamed", "🦁", true},  {"Zofia", "🌻", true},    {"Olena", "🐞", false},  {"Ilias", "🚀", true},
    {"Amira", "🌈", true},    {"Jules", "🐢", true},    {"Teodora", "🍒", true}, {"Yonas", "⚽", true},
    {"Mila", "🐱", true},     {"Rayan", "🚲", false},   {"Aya", "🌙", true},     {"Kacper", "🐸", true},
    {"Selin", "🎈", true},    {"Ibrahim", "🐘", true},  {"Louise", "🐝", true},  {"Grace", "🦉", true},
};

}  // namespace

DemoSummary SeedDemoSchool(SQLite::Database& db, const CivilDate& today) {
    store::Transaction tx(db);
    store::ClassesRepo classes(db);
    store::ChildrenRepo children(db);
    store::EventsRepo events(db);
    store::PollsRepo polls(db);
    store::SettingsRepo settings(db);

    DemoSummary sum;
    sum.class_id = classes.Upsert(ClassInfo{0, "De Vlinders", "Juf Sarah", "🦋"});
    for (const DemoChild& c : kChildren) {
        children.Upsert(Child{0, sum.class_id, c.name, c.symbol, c.consent});
        ++sum.children;
    }

    // Two weeks from this Monday; uids name the slot, so a re-run moves them instead of adding.
    const CivilDate mon = today.MondayOfWeek();
    auto ev = [&](const char* slot, int day, const char* title, const char* type, const char* from, const char* to,
                  bool welcome, const char* bring, int days = 1) {
        Event e;
        e.uid = std::string("demo-") + slot;
        e.class_id = sum.class_id;
        e.title = title;
        e.type = type;
        e.start_date = mon.AddDays(day).Iso();
        e.end_date = mon.AddDays(day + days - 1).Iso();
        if (from) e.start_time = from;
        if (to) e.end_time = to;
        e.parents_welcome = welcome;
        if (bring) e.bring = bring;
        e.source = "demo";
        ++sum.events;
        return events.Upsert(e);
    };
    const Id party = ev("party", 0, "Peuterfeest", "party", "14:00", "15:00", true, nullptr);
    ev("gym-1", 1, "Turnen", "gym", "09:30", "10:20", false, "👟");
    ev("farm-trip", 2, "Uitstap naar de kinderboerderij", "trip", "08:45", "12:00", false, "🥪");
    ev("swim-1", 3, "Zwemmen", "swimming", "10:00", "11:30", false, "🩱");
    ev("costume", 4, "Verkleeddag", "costume", nullptr, nullptr, true, "🎭");
    ev("coffee", 7, "Koffiemoment voor ouders", "coffee", "08:30", "09:30", true, nullptr);
    ev("gym-2", 8, "Turnen", "gym", "09:30", "10:20", false, "👟");
    ev("swim-2", 10, "Zwemmen", "swimming", "10:00", "11:30", false, "🩱");
    ev("talks", 10, "Oudercontact", "talks", "16:00", "19:00", true, nullptr);
    ev("day-off", 11, "Facultatieve vrije dag", "no_school", nullptr, nullptr, false, nullptr);

    Poll p;
    p.key = "demo-party";
    p.class_id = sum.class_id;
    p.question = N_("How was the toddler party?");
    p.event_id = party;  // the poll band shows the party's picture (and a photo of that day, if any)
    p.opens_on = mon.Iso();
    p.closes_on = mon.AddDays(6).Iso();
    polls.Upsert(p);
    sum.polls = 1;

    // Demo defaults only where the school has not chosen yet.
    settings.SetDefault("mode", "classroom");
    settings.SetDefault("class_id", std::to_string(sum.class_id));
    settings.SetDefault("default_lang", "nl");
    settings.SetDefault("idle_timeout_s", "60");
    tx.Commit();
    return sum;
}

int SeedDemoConcerns(SQLite::Database& db, long long class_id, long long now, const std::string& time_zone) {
    struct Sample {
        int child;         // index into the class list; -1: the whole class
        int days_ago;      // 0: today
        int hour, minute;  // local time
        std::vector<std::string> topics;
        int feeling;
        const char* wish;
        bool interpreter;
        const char* lang;
        ConcernStatus status;
        bool same_day;     // as Send marks it from the assets tables (sick, medicine, pickup, hurt, talk today)
    };
    const Sample samples[] = {
        {3, 0, 8, 12, {"sick", "medicine"}, 4, "talk_today", false, "nl", ConcernStatus::New, true},
        {7, 0, 8, 31, {"sad", "friends"}, 5, "private_talk", true, "ar", ConcernStatus::New, false},
        {11, 0, 8, 40, {"nice"}, 1, "no_answer", false, "pl", ConcernStatus::New, false},
        {0, 0, 15, 20, {"pickup"}, 3, "no_answer", false, "tr", ConcernStatus::Seen, true},
        {-1, 0, 8, 5, {"question"}, 3, "call_me", false, "uk", ConcernStatus::New, false},
        {5, 1, 8, 22, {"sleeping", "home_news"}, 4, "call_me", true, "ti", ConcernStatus::WillTalk, false},
        {14, 1, 15, 40, {"hurt"}, 4, "talk_today", false, "fr", ConcernStatus::Done, true},
        {2, 2, 8, 15, {"eating"}, 3, "no_answer", false, "nl", ConcernStatus::Seen, false},
    };
    const std::vector<Id> children = store::ChildrenRepo(db).IdsInClass(class_id);
    const CivilDate today = i18n::LocalDate(now, time_zone);
    const int before = store::ConcernsRepo(db).Count();
    int n = 0;
    for (const Sample& s : samples) {
        const CivilDate day = today.AddDays(-s.days_ago);
        if (s.days_ago > today.IsoWeekday()) continue;  // this week only
        Concern c;
        c.submission_id = "demo-" + day.Iso() + "-" + std::to_string(n++);
        c.class_id = class_id;
        if (s.child >= 0 && s.child < static_cast<int>(children.size())) c.child_id = children[s.child];
        c.topics = s.topics;
        c.feeling = s.feeling;
        c.wish = s.wish;
        c.interpreter = s.interpreter;
        c.lang = s.lang;
        c.kiosk_id = "demo";
        c.created_at = i18n::StartOfLocalDay(day, time_zone) + s.hour * 3600 + s.minute * 60;
        c.status = s.status;
        c.same_day = s.same_day;
        if (c.created_at > now) continue;  // not in the future: the demo may run at 7 in the morning
        CommitConcern(db, c);
    }
    return store::ConcernsRepo(db).Count() - before;
}

}  // namespace kd
