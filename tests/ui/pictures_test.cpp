// One picture, one meaning: every picture a parent can meet stands for one
// thing only, topics do not look like the feeling faces, and what the screens
// really draw is all in the table (screens/parent_pictures.h) or the assets.
#include "domain/pictogram_table.h"
#include "headless_kiosk.h"
#include "screens/parent_pictures.h"
#include "ui/widgets.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <set>
#include <sstream>

using namespace kd;
using kd::test::HeadlessKiosk;

namespace {

struct Use {
    std::string meaning, where;
};

// Every picture with every meaning it is given: the parent pictures' table and
// the assets rows a parent meets (a row's meaning is its label).
std::multimap<std::string, Use> AllMeanings(const Pictograms& p) {
    std::multimap<std::string, Use> uses;
    for (const screens::ParentPicture& pic : screens::ParentPictures()) uses.insert({pic.emoji, {pic.meaning, "screens"}});
    const std::pair<const PictogramTable*, const char*> tables[] = {
        {&p.topics, "topics.tsv"}, {&p.feelings, "feelings.tsv"}, {&p.wishes, "wishes.tsv"},
        {&p.event_types, "event_types.tsv"}};
    for (const auto& [table, name] : tables)
        for (const Pictogram& row : table->Rows()) uses.insert({row.emoji, {row.msgid, name}});
    // The poll band: what it asks about, with a question mark on it.
    for (const Pictogram& row : p.event_types.Rows())
        uses.insert({row.emoji + screens::kPollBadge, {"A question to parents about: " + row.msgid, "poll band"}});
    uses.insert({std::string("🏫") + screens::kPollBadge, {"A question to parents about the class", "poll band"}});
    return uses;
}

// Emoji faces: the emoticons block and the supplemental faces (🤒 🤫 and kin).
bool IsFace(const std::string& utf8) {
    if (utf8.size() < 4) return false;
    const auto* b = reinterpret_cast<const unsigned char*>(utf8.data());
    if (b[0] != 0xF0) return false;
    const unsigned cp = ((b[0] & 0x07u) << 18) | ((b[1] & 0x3Fu) << 12) | ((b[2] & 0x3Fu) << 6) | (b[3] & 0x3Fu);
    return (cp >= 0x1F600 && cp <= 0x1F64F) || (cp >= 0x1F910 && cp <= 0x1F92F) || (cp >= 0x1F970 && cp <= 0x1F97A) ||
           cp == 0x1F9D0;
}

}  // namespace

TEST_CASE("pictures: one picture, one meaning, on every parent screen") {
    HeadlessKiosk k;
    const auto uses = AllMeanings(k.Pictos());
    for (auto it = uses.begin(); it != uses.end();) {
        const auto range = uses.equal_range(it->first);
        std::set<std::string> meanings;
        std::string where;
        for (auto u = range.first; u != range.second; ++u) meanings.insert(u->second.meaning), where += u->second.where + " ";
        INFO(it->first << " means " << meanings.size() << " things, in " << where);
        CHECK(meanings.size() == 1);
        it = range.second;
    }
}

TEST_CASE("pictures: a child's symbol is never a picture that means something") {
    HeadlessKiosk k;
    const auto uses = AllMeanings(k.Pictos());
    for (const Pictogram& s : k.Pictos().symbols.Rows()) {
        INFO(s.emoji << " (" << s.id << ")");
        CHECK(uses.count(s.emoji) == 0);
    }
    for (const Child& c : k.Controller().Data().all_children) {
        INFO(c.first_name << " " << c.symbol);
        CHECK(uses.count(c.symbol) == 0);
    }
}

TEST_CASE("pictures: no topic looks like a feeling face") {
    HeadlessKiosk k;
    for (const Pictogram& t : k.Pictos().topics.Rows())
        for (const std::string& part : PictureParts(t.emoji)) {
            INFO(t.id << " " << part);
            CHECK_FALSE(IsFace(part));
        }
    for (const Pictogram& f : k.Pictos().feelings.Rows()) CHECK(IsFace(f.emoji));  // the check works
}

TEST_CASE("pictures: every picture a parent screen draws is in the table or the assets") {
    HeadlessKiosk k;
    k.Settle();
    std::set<std::string> known;
    for (const auto& [emoji, use] : AllMeanings(k.Pictos())) known.insert(emoji);
    for (const Pictogram& s : k.Pictos().symbols.Rows()) known.insert(s.emoji);
    const ScreenData& d = k.Controller().Data();
    for (const ClassInfo& c : d.classes) known.insert(c.symbol);
    for (const Child& c : d.all_children) known.insert(c.symbol);
    for (const DayEvents& day : d.week)
        for (const Event& e : day.events)
            if (e.bring) known.insert(*e.bring);

    ui::PictureLog log;
    for (const char* lang : {"nl", "ar"})
        for (Screen s : kAllScreens) {
            if (IsTeacherScreen(s)) continue;
            k.Controller().Preview(s, lang);
            ui::RecordPictures(&log);
            k.Frame();
            ui::RecordPictures(nullptr);
            for (const std::string& drawn : log) {
                INFO(ScreenName(s) << " " << lang << " drew " << drawn);
                CHECK((drawn.empty() || known.count(drawn) == 1));
            }
            log.clear();
        }
}

TEST_CASE("pictures: docs/PICTOGRAMS.md lists every picture with its meaning") {
    HeadlessKiosk k;
    std::ifstream in(std::string(KLASDEUR_TEST_SOURCE) + "/docs/PICTOGRAMS.md");
    REQUIRE(in);
    std::stringstream doc;
    doc << in.rdbuf();
    for (const auto& [emoji, use] : AllMeanings(k.Pictos())) {
        INFO(emoji << " " << use.meaning);
        // A composed picture's bar is escaped in the Markdown table.
        std::string cell;
        for (char c : emoji) cell += c == '|' ? std::string("\\|") : std::string(1, c);
        CHECK(doc.str().find("| " + cell + " |") != std::string::npos);
    }
}
