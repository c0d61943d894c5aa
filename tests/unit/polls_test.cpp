// Quick polls: made from a ready-made question, open for a stretch of days,
// closed early by the teacher, counted per face; and the gate that makes ten
// taps of a child one answer.
#include "services/class_list.h"
#include "services/kiosk_database.h"
#include "services/polls.h"
#include "store/classes_repo.h"
#include "store/database.h"
#include "store/events_repo.h"
#include "store/polls_repo.h"
#include "support/refusal.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>

using namespace kd;
using kd::test::Refusal;

namespace {

Id AddEvent(SQLite::Database& db, const std::string& uid, std::optional<Id> class_id, const std::string& title) {
    Event e;
    e.uid = uid;
    e.class_id = class_id;
    e.title = title;
    e.type = "party";
    e.start_date = e.end_date = "2026-11-23";
    return store::EventsRepo(db).Upsert(e);
}

const CivilDate kTuesday{2026, 11, 24};

}  // namespace

TEST_CASE("the ready-made questions have stable keys and msgids") {
    const auto& q = ReadyMadeQuestions();
    REQUIRE(q.size() == 3);
    CHECK(q[0].key == "how_was");
    CHECK(q[0].msgid == "How was it?");
    CHECK(q[1].key == "welcome");
    CHECK(q[1].msgid == "Did you feel welcome?");
    CHECK(q[2].key == "again");
    CHECK(q[2].msgid == "Would you come again?");
    CHECK(FindReadyQuestion("again") == &q[2]);
    CHECK_FALSE(FindReadyQuestion("How was it?"));
}

TEST_CASE("a poll is made for a class, about an event, and listed with its results") {
    auto db = OpenKioskMemoryDatabase();
    store::ClassesRepo classes(*db);
    const Id a = classes.Upsert({0, "De Vlinders", "Juf Sarah", "🦋"});
    const Id b = classes.Upsert({0, "De Bijtjes", "Juf Ann", "🐝"});
    const Id party = AddEvent(*db, "e-party", a, "Peuterfeest");
    const Id fair = AddEvent(*db, "e-fair", std::nullopt, "Schoolfeest");
    const Id swim = AddEvent(*db, "e-swim", b, "Zwemmen");

    const Id p1 = CreatePoll(*db, a, "how_was", party, kTuesday, kTuesday.AddDays(6));
    const Id p2 = CreatePoll(*db, std::nullopt, "welcome", fair, kTuesday.AddDays(1), kTuesday.AddDays(3));
    const Id p3 = CreatePoll(*db, b, "again", swim, kTuesday, kTuesday);
    CHECK(CreatePoll(*db, a, "again", fair, kTuesday, kTuesday) > 0);  // the school's event, asked in a class

    const auto found = FindPoll(*db, p1);
    REQUIRE(found);
    CHECK(found->poll.question == "How was it?");  // the msgid: each parent reads it in their language
    CHECK(found->poll.key.rfind("poll-", 0) == 0);
    CHECK(found->poll.class_id == a);
    CHECK(found->poll.event_id == party);
    CHECK(found->poll.opens_on == "2026-11-24");
    CHECK(found->poll.closes_on == "2026-11-30");
    CHECK(found->event_title == "Peuterfeest");
    CHECK(FindPoll(*db, p2)->poll.key != found->poll.key);  // made in the same second, still unique
    CHECK_FALSE(FindPoll(*db, 999));

    store::PollsRepo repo(*db);
    for (const int face : {1, 1, 2, 5}) repo.Answer(p1, face, 1'795'000'000);
    repo.Answer(p3, 3, 1'795'000'000);

    // Class a's polls and the school's, newest first; not class b's.
    const auto mine = PollsOf(*db, a);
    REQUIRE(mine.size() == 3);
    CHECK(mine[0].poll.id == p2);  // opens latest
    CHECK_FALSE(mine[0].poll.class_id);
    CHECK(mine[0].event_title == "Schoolfeest");
    CHECK(mine[0].total == 0);
    CHECK(mine[1].poll.question == "Would you come again?");  // same day as p1, made later
    CHECK(mine[2].poll.id == p1);
    CHECK(mine[2].answers == std::array<int, 5>{2, 1, 0, 0, 1});
    CHECK(mine[2].total == 4);
    CHECK(AllPolls(*db).size() == 4);
    CHECK(PollsOf(*db, b).size() == 2);
}

TEST_CASE("a poll is refused for an unknown question, event or class, and for dates out of order or too far apart") {
    auto db = OpenKioskMemoryDatabase();
    const Id a = store::ClassesRepo(*db).Upsert({0, "De Vlinders", "Juf Sarah", "🦋"});
    const Id b = store::ClassesRepo(*db).Upsert({0, "De Bijtjes", "Juf Ann", "🐝"});
    const Id swim = AddEvent(*db, "e-swim", b, "Zwemmen");

    CHECK_THAT(Refusal([&] { CreatePoll(*db, a, "how_is_the_weather", std::nullopt, kTuesday, kTuesday); }),
               Catch::Contains("not a ready-made question; there are how_was, welcome, again"));
    CHECK_THAT(Refusal([&] { CreatePoll(*db, a, "how_was", 999, kTuesday, kTuesday); }),
               Catch::Contains("no event with id 999"));
    CHECK_THAT(Refusal([&] { CreatePoll(*db, a, "how_was", swim, kTuesday, kTuesday); }),
               Catch::Contains("another class's"));
    CHECK_THAT(Refusal([&] { CreatePoll(*db, 999, "how_was", std::nullopt, kTuesday, kTuesday); }),
               Catch::Contains("no class with id 999"));
    CHECK_THAT(Refusal([&] { CreatePoll(*db, a, "how_was", std::nullopt, kTuesday, kTuesday.AddDays(-1)); }),
               Catch::Contains("before it opens"));
    CHECK_THAT(Refusal([&] { CreatePoll(*db, a, "how_was", std::nullopt, kTuesday, kTuesday.AddDays(kMaxPollDays + 1)); }),
               Catch::Contains("at most 60 days"));
    CHECK(store::PollsRepo(*db).Count() == 0);
    CHECK(CreatePoll(*db, a, "how_was", std::nullopt, kTuesday, kTuesday.AddDays(kMaxPollDays)) > 0);
}

TEST_CASE("closing a poll ends it yesterday, never reopens one, and names an unknown poll") {
    auto db = OpenKioskMemoryDatabase();
    const Id a = store::ClassesRepo(*db).Upsert({0, "De Vlinders", "Juf Sarah", "🦋"});
    const Id p = CreatePoll(*db, a, "how_was", std::nullopt, kTuesday.AddDays(-3), kTuesday.AddDays(4));
    store::PollsRepo repo(*db);
    CHECK(repo.OpenOn(a, kTuesday.Iso()));

    ClosePoll(*db, p, kTuesday);
    CHECK(FindPoll(*db, p)->poll.closes_on == "2026-11-23");
    CHECK_FALSE(repo.OpenOn(a, kTuesday.Iso()));
    ClosePoll(*db, p, kTuesday.AddDays(5));  // later: the earlier end stays
    CHECK(FindPoll(*db, p)->poll.closes_on == "2026-11-23");

    // A poll that opens today is never seen once closed.
    const Id today = CreatePoll(*db, a, "welcome", std::nullopt, kTuesday, kTuesday.AddDays(2));
    ClosePoll(*db, today, kTuesday);
    CHECK_FALSE(repo.OpenOn(a, kTuesday.Iso()));
    CHECK_THAT(Refusal([&] { ClosePoll(*db, 999, kTuesday); }), Catch::Contains("no poll with id 999"));
}

TEST_CASE("the poll gate counts one answer per interval") {
    PollGate gate;
    CHECK(gate.Interval() == 4.0);
    CHECK(gate.TryPass(100.0));
    CHECK_FALSE(gate.TryPass(100.2));  // a child pressing again
    CHECK_FALSE(gate.TryPass(103.9));
    CHECK(gate.TryPass(104.0));  // the interval after the counted answer, not after the last tap
    CHECK_FALSE(gate.TryPass(105.0));
    CHECK(gate.TryPass(200.0));

    PollGate quick(1.5);
    CHECK(quick.TryPass(0.0));  // the very first answer counts, whatever the clock says
    CHECK_FALSE(quick.TryPass(1.0));
    CHECK(quick.TryPass(1.5));
}
