// Polls as stored (store/polls_repo.h): added, closed, listed with the title
// of their event. The rules for making one are services/polls.h's (polls_test.cpp).
#include "services/kiosk_database.h"
#include "store/classes_repo.h"
#include "store/events_repo.h"
#include "store/polls_repo.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>

using namespace kd;

namespace {
Poll MakePoll(const std::string& key, std::optional<Id> class_id, std::optional<Id> event_id, const std::string& opens) {
    return Poll{0, key, class_id, "How was it?", event_id, opens, "2026-12-31"};
}

std::vector<std::string> Keys(const std::vector<store::PollListing>& v) {
    std::vector<std::string> out;
    for (const auto& l : v) out.push_back(l.poll.key);
    return out;
}
}  // namespace

TEST_CASE("polls repo: add, list newest first with the event's title, close") {
    auto db = OpenKioskMemoryDatabase();
    const Id a = store::ClassesRepo(*db).Add({0, "De Vlinders", "Juf Sarah", "🦋"});
    const Id b = store::ClassesRepo(*db).Add({0, "De Egeltjes", "Meester Tom", "🦔"});
    Event party;
    party.uid = "party";
    party.title = "Peuterfeest";
    party.type = "party";
    party.start_date = party.end_date = "2026-11-23";
    const Id ev = store::EventsRepo(*db).Upsert(party);

    store::PollsRepo polls(*db);
    const Id p1 = polls.Add(MakePoll("p1", a, ev, "2026-11-23"));
    polls.Add(MakePoll("p2", std::nullopt, std::nullopt, "2026-11-25"));  // the whole school
    polls.Add(MakePoll("p3", b, std::nullopt, "2026-11-24"));
    CHECK_THROWS(polls.Add(MakePoll("p1", a, std::nullopt, "2026-11-26")));  // UNIQUE(key)
    CHECK(polls.Count() == 3);

    CHECK(Keys(polls.ListOfClass(a)) == std::vector<std::string>{"p2", "p1"});
    CHECK(Keys(polls.ListAll()) == std::vector<std::string>{"p2", "p3", "p1"});
    const auto one = polls.FindListing(p1);
    REQUIRE(one);
    CHECK(one->event_title == "Peuterfeest");
    CHECK(one->poll.class_id == std::optional<Id>(a));
    CHECK(one->poll.event_id == std::optional<Id>(ev));
    CHECK(one->poll.question == "How was it?");
    CHECK(one->poll.opens_on == "2026-11-23");
    CHECK(polls.ListOfClass(a)[0].event_title.empty());
    CHECK_FALSE(polls.FindListing(9999));

    CHECK(polls.CloseBy(p1, "2026-11-24"));
    CHECK(polls.FindListing(p1)->poll.closes_on == "2026-11-24");
    CHECK(polls.CloseBy(p1, "2026-11-30"));  // closing never reopens
    CHECK(polls.FindListing(p1)->poll.closes_on == "2026-11-24");
    CHECK_FALSE(polls.CloseBy(9999, "2026-11-24"));
}
