#include "domain/pictogram_table.h"
#include "domain/tsv.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace kd;

TEST_CASE("the shipped tables load and hold what the flow needs") {
    const Pictograms p = Pictograms::Load(std::filesystem::path(KLASDEUR_TEST_SHARE) / "assets");
    CHECK(p.topics.Rows().size() == 16);
    CHECK(p.feelings.Rows().size() == 5);
    CHECK(p.wishes.Find("interpreter"));
    CHECK(p.topics.Find("nice"));  // a positive note is as easy as a worry
    CHECK(p.event_types.Find("other"));
    CHECK(p.symbols.Rows().size() >= 30);
    CHECK(p.AllEmoji().size() > 60);
}

TEST_CASE("tsv: comments, blank lines, CRLF") {
    const auto rows = ParseTsv("# c\n\na\tb\tc\r\nd\te\n");
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].line == 3);
    CHECK(rows[0].cells == std::vector<std::string>{"a", "b", "c"});
    CHECK(rows[1].cells.size() == 2);
}

TEST_CASE("a broken table names its file and line") {
    const auto f = std::filesystem::temp_directory_path() / "klasdeur-bad-topics.tsv";
    std::ofstream(f) << "sick\t🤒\tSick\nhurt\t🩹\n";
    CHECK_THROWS_WITH(PictogramTable::Load(f), Catch::Contains("klasdeur-bad-topics.tsv line 2"));
    std::ofstream(f) << "sick\t🤒\tSick\nsick\t🤢\tSick again\n";
    CHECK_THROWS_WITH(PictogramTable::Load(f), Catch::Contains("twice"));
    CHECK_THROWS_WITH(PictogramTable::Load(f.string() + ".missing"), Catch::Contains("cannot read"));
    std::filesystem::remove(f);
}
