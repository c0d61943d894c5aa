// What cannot wait until the end of the day: which messages are same-day (the
// assets tables), the counts the door screen shows (plain columns, no key), the
// pick-up list drawn from the opened inbox, and its printable page.
#include "domain/pictogram_table.h"
#include "media/photo_decode.h"
#include "media/pickup_sheet.h"
#include "services/demo_school.h"
#include "services/kiosk_database.h"
#include "services/pickup_list.h"
#include "store/concerns_repo.h"
#include "support/test_files.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <filesystem>

using namespace kd;
namespace fs = std::filesystem;

namespace {

const Pictograms& Tables() {
    static const Pictograms p = Pictograms::Load(fs::path(KLASDEUR_TEST_SHARE) / "assets");
    return p;
}

Concern Message(Id id, std::vector<std::string> topics, std::int64_t at, ConcernStatus status = ConcernStatus::New) {
    Concern c;
    c.id = id;
    c.child_id = id;
    c.topics = std::move(topics);
    c.created_at = at;
    c.status = status;
    return c;
}

// The output of a command, "" when it cannot run.
std::string Output(const std::string& command) {
    std::string out;
    if (FILE* p = ::popen(command.c_str(), "r")) {
        char buf[4096];
        size_t n;
        while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
        ::pclose(p);
    }
    return out;
}

}  // namespace

TEST_CASE("same day: who picks up, absent, medicine, sick, hurt and talk today cannot wait") {
    const Pictograms& p = Tables();
    for (const char* t : {"pickup", "absent", "medicine", "sick", "hurt"}) {
        INFO(t);
        CHECK(p.SameDay({t}, "no_answer"));
    }
    for (const char* t : {"eating", "sleeping", "clothes", "nice", "question", "sad"}) {
        INFO(t);
        CHECK_FALSE(p.SameDay({t}, "call_me"));
    }
    CHECK(p.SameDay({"eating"}, "talk_today"));        // the wish alone makes it same-day
    CHECK(p.SameDay({"nice", "medicine"}, "no_answer"));  // one topic of several is enough
    CHECK_FALSE(p.SameDay({}, ""));
    // Only who collects the child goes on the pick-up list.
    for (const Pictogram& t : p.topics.Rows()) CHECK(t.pickup_list == (t.id == "pickup" || t.id == "absent"));
}

TEST_CASE("same day: a table with a mark it does not know is refused, naming the line") {
    kd::test::TempDir dir("marks");
    const fs::path f = dir.Write("topics.tsv", "sick\t🌡️\tSick\tsame_day\nlate\t⏰\tLate\tsoon\n");
    CHECK_THROWS_WITH(PictogramTable::Load(f), Catch::Contains("line 2") && Catch::Contains("'soon'"));
    const fs::path g = dir.Write("ok.tsv", "pickup\t🚗\tSomeone else\tsame_day,pickup_list\nnice\t🌟\tNice\n");
    const PictogramTable t = PictogramTable::Load(g);
    CHECK(t.Find("pickup")->same_day);
    CHECK(t.Find("pickup")->pickup_list);
    CHECK_FALSE(t.Find("nice")->same_day);
}

TEST_CASE("waiting: unanswered messages are counted, today's same-day ones apart, without any key") {
    auto db = OpenKioskMemoryDatabase();
    const DemoSummary s = SeedDemoSchool(*db, CivilDate{2026, 11, 24});
    const std::int64_t day_start = 1'795'000'000;
    store::ConcernsRepo repo(*db);
    auto add = [&](const char* sub, bool same_day, std::int64_t at) {
        Concern c;
        c.submission_id = sub;
        c.class_id = s.class_id;
        c.created_at = at;
        c.same_day = same_day;
        return repo.Add(c, {1, 2, 3});  // the content is sealed elsewhere: an opaque blob here
    };
    const Id today = add("a", true, day_start + 3600);
    add("b", true, day_start - 3600);  // yesterday's: waiting, but no longer "today"
    add("c", false, day_start + 7200);
    store::WaitingCount w = repo.Waiting(s.class_id, day_start);
    CHECK(w.unread == 3);
    CHECK(w.same_day_today == 1);
    // Seen: the teacher knows, the mark goes; the count follows.
    REQUIRE(repo.SetStatus(today, ConcernStatus::Seen, day_start + 4000));
    w = repo.Waiting(s.class_id, day_start);
    CHECK(w.unread == 2);
    CHECK(w.same_day_today == 0);
    CHECK(repo.Waiting(s.class_id + 99, day_start).unread == 0);  // another class's door shows nothing
}

TEST_CASE("pick-up list: today's messages that change who collects a child, in the order they came") {
    TeacherInbox box;
    box.before_pickup = {Message(2, {"pickup"}, 200), Message(3, {"medicine"}, 100)};
    box.today = {Message(4, {"absent", "sick"}, 150, ConcernStatus::Done), Message(5, {"nice"}, 50)};
    box.earlier = {Message(6, {"pickup"}, 10)};  // not today: not on today's list
    const std::vector<PickupChange> list = PickupChanges(box, Tables());
    REQUIRE(list.size() == 2);
    CHECK(list[0].concern.id == 4);  // 150 came before 200
    CHECK(list[0].topics == std::vector<std::string>{"absent"});
    CHECK(list[1].concern.id == 2);
    CHECK(list[1].topics == std::vector<std::string>{"pickup"});
}

TEST_CASE("pick-up sheet: one A4 page as PDF whose words read back, and as a PNG") {
    kd::test::TempDir dir("sheet");
    media::PickupSheet sheet;
    sheet.title = "Ophalen vandaag";
    sheet.subtitle = "De Vlinders · donderdag 3 december";
    sheet.empty_line = "Niets verandert vandaag.";
    sheet.rows = {{"🦊", "Noor", "Iemand anders haalt vandaag op", "08:12"},
                  {"🐢", "يوسف", "Blijft vandaag thuis", "08:40"}};
    const fs::path pdf = dir.path / "today.pdf", png = dir.path / "today.png";
    REQUIRE(media::WritePickupSheet(sheet, pdf).empty());
    REQUIRE(media::WritePickupSheet(sheet, png).empty());
    CHECK(kd::test::ReadBytes(pdf).rfind("%PDF-", 0) == 0);
    CHECK_FALSE(fs::exists(dir.path / "today.pdf.tmp"));
    const media::RgbaImage img = media::LoadImageFile(png.string());
    CHECK(img.width == 1240);
    CHECK(img.height == 1754);
    // poppler-utils reads the PDF back: one page, and its words (Arabic in logical order, joined).
    const std::string info = Output("pdfinfo '" + pdf.string() + "' 2>/dev/null");
    if (info.empty()) {
        WARN("pdfinfo is not installed (poppler-utils): the PDF's pages and text are not read back");
    } else {
        CHECK_THAT(info, Catch::Matches("[\\s\\S]*Pages: +1\\n[\\s\\S]*") && Catch::Contains("A4"));
        // Words as a reader finds them: a column wraps, so lines are joined with spaces.
        std::string text;
        for (char ch : Output("pdftotext '" + pdf.string() + "' - 2>/dev/null")) {
            if (ch == '\n') ch = ' ';
            if (ch != ' ' || (!text.empty() && text.back() != ' ')) text.push_back(ch);
        }
        CHECK_THAT(text, Catch::Contains("Ophalen vandaag") && Catch::Contains("Noor") &&
                             Catch::Contains("Iemand anders haalt vandaag op") && Catch::Contains("08:40"));
        CHECK_THAT(text, Catch::Contains("يوسف"));
    }
    // A file the kiosk cannot write: a reason, and nothing left behind.
    CHECK_FALSE(media::WritePickupSheet(sheet, dir.path / "no-such-dir" / "x.pdf").empty());
    CHECK_FALSE(media::WritePickupSheet(sheet, dir.path / "x.txt").empty());
}
