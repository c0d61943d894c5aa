// `klasdeur export`: the concerns of a period as CSV or JSON, or only the counts.
#include "i18n/dates.h"
#include "services/class_keys.h"
#include "services/concern_export.h"
#include "services/demo_school.h"
#include "services/kiosk_database.h"
#include "services/sealed_concerns.h"
#include "store/children_repo.h"
#include "store/database.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>

#include <cctype>
#include <stdexcept>

using namespace kd;

namespace {

const char* const kTz = "Europe/Brussels";
const std::string kAnn = "Ann, \"Jo\"";        // a comma and quotes: must be quoted
const std::string kFormula = "=cmd|' /C calc'";  // a spreadsheet would run it: must be defused

// Just enough JSON to check the export's structure: a strict parser that throws
// on anything malformed (trailing commas, bare words, unbalanced brackets).
struct Json {
    enum class Type { Null, Bool, Number, String, Array, Object } type = Type::Null;
    bool b = false;
    double n = 0;
    std::string s;
    std::vector<Json> items;
    std::vector<std::pair<std::string, Json>> fields;

    bool Has(const std::string& k) const {
        for (const auto& f : fields)
            if (f.first == k) return true;
        return false;
    }
    const Json& operator[](const std::string& k) const {
        for (const auto& f : fields)
            if (f.first == k) return f.second;
        throw std::out_of_range("no key " + k);
    }
    const Json& operator[](size_t i) const { return items.at(i); }
    std::vector<std::string> Keys() const {
        std::vector<std::string> out;
        for (const auto& f : fields) out.push_back(f.first);
        return out;
    }
};

class JsonParser {
public:
    explicit JsonParser(const std::string& text) : m_t(text) {}
    Json Document() {
        Json v = Value();
        Ws();
        if (m_i != m_t.size()) Fail("text after the value");
        return v;
    }

private:
    [[noreturn]] void Fail(const std::string& why) {
        throw std::runtime_error("bad JSON at " + std::to_string(m_i) + ": " + why);
    }
    void Ws() {
        while (m_i < m_t.size() && (m_t[m_i] == ' ' || m_t[m_i] == '\n' || m_t[m_i] == '\r' || m_t[m_i] == '\t'))
            ++m_i;
    }
    char Peek() {
        Ws();
        if (m_i >= m_t.size()) Fail("unexpected end");
        return m_t[m_i];
    }
    void Expect(char c) {
        if (Peek() != c) Fail(std::string("expected ") + c);
        ++m_i;
    }
    bool Literal(const char* word) {
        const std::string w(word);
        if (m_t.compare(m_i, w.size(), w) != 0) return false;
        m_i += w.size();
        return true;
    }
    std::string String() {
        Expect('"');
        std::string out;
        while (true) {
            if (m_i >= m_t.size()) Fail("unterminated string");
            const char c = m_t[m_i++];
            if (c == '"') return out;
            if (static_cast<unsigned char>(c) < 0x20) Fail("raw control character in a string");
            if (c != '\\') {
                out += c;
                continue;
            }
            if (m_i >= m_t.size()) Fail("unterminated escape");
            const char e = m_t[m_i++];
            switch (e) {
                case '"': out += '"'; break;
                case '\\': out += '\\'; break;
                case '/': out += '/'; break;
                case 'n': out += '\n'; break;
                case 'r': out += '\r'; break;
                case 't': out += '\t'; break;
                case 'b': out += '\b'; break;
                case 'f': out += '\f'; break;
                case 'u': {
                    if (m_i + 4 > m_t.size()) Fail("short \\u escape");
                    const unsigned code = static_cast<unsigned>(std::stoul(m_t.substr(m_i, 4), nullptr, 16));
                    m_i += 4;
                    if (code >= 0x80) Fail("only ASCII \\u escapes expected here");
                    out += static_cast<char>(code);
                    break;
                }
                default: Fail("bad escape");
            }
        }
    }
    Json Value() {
        Json v;
        const char c = Peek();
        if (c == '{') {
            v.type = Json::Type::Object;
            ++m_i;
            if (Peek() == '}') {
                ++m_i;
                return v;
            }
            while (true) {
                if (Peek() != '"') Fail("expected a key");
                std::string key = String();
                Expect(':');
                v.fields.emplace_back(std::move(key), Value());
                if (Peek() == ',') {
                    ++m_i;
                    continue;
                }
                Expect('}');
                return v;
            }
        }
        if (c == '[') {
            v.type = Json::Type::Array;
            ++m_i;
            if (Peek() == ']') {
                ++m_i;
                return v;
            }
            while (true) {
                v.items.push_back(Value());
                if (Peek() == ',') {
                    ++m_i;
                    continue;
                }
                Expect(']');
                return v;
            }
        }
        if (c == '"') {
            v.type = Json::Type::String;
            v.s = String();
            return v;
        }
        if (Literal("null")) return v;
        if (Literal("true")) {
            v.type = Json::Type::Bool;
            v.b = true;
            return v;
        }
        if (Literal("false")) {
            v.type = Json::Type::Bool;
            return v;
        }
        if (c == '-' || std::isdigit(static_cast<unsigned char>(c))) {
            const size_t start = m_i;
            if (m_t[m_i] == '-') ++m_i;
            if (m_i >= m_t.size() || !std::isdigit(static_cast<unsigned char>(m_t[m_i]))) Fail("bad number");
            while (m_i < m_t.size() && std::isdigit(static_cast<unsigned char>(m_t[m_i]))) ++m_i;
            if (m_i < m_t.size() && m_t[m_i] == '.') {
                ++m_i;
                if (m_i >= m_t.size() || !std::isdigit(static_cast<unsigned char>(m_t[m_i]))) Fail("bad fraction");
                while (m_i < m_t.size() && std::isdigit(static_cast<unsigned char>(m_t[m_i]))) ++m_i;
            }
            v.type = Json::Type::Number;
            v.n = std::stod(m_t.substr(start, m_i - start));
            return v;
        }
        Fail("unexpected character");
    }

    const std::string& m_t;
    size_t m_i = 0;
};

Json ParseJson(const std::string& text) { return JsonParser(text).Document(); }

std::vector<std::string> CsvLines(const std::string& csv) {
    std::vector<std::string> out;
    size_t at = 0;
    while (at < csv.size()) {
        const size_t end = csv.find("\r\n", at);
        REQUIRE(end != std::string::npos);  // every line ends in CRLF
        out.push_back(csv.substr(at, end - at));
        at = end + 2;
    }
    return out;
}

bool Contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

std::int64_t LocalTime(const CivilDate& day, int hour, int minute) {
    return i18n::StartOfLocalDay(day, kTz) + hour * 3600 + minute * 60;
}

struct Fixture {
    std::unique_ptr<SQLite::Database> db = OpenKioskMemoryDatabase();
    Id class_id = 0;
    Id ann = 0, formula = 0;  // two children with names a CSV must take care of
    Id mon = 0, tue_early = 0, tue_class = 0;
    std::map<Id, std::unique_ptr<UnlockedClassKey>> keys;

    Fixture() {
        class_id = SeedDemoSchool(*db, CivilDate{2026, 11, 24}).class_id;
        const std::vector<Child> kids = store::ChildrenRepo(*db).InClass(class_id);
        REQUIRE(kids.size() >= 2);
        ann = kids[0].id;
        formula = kids[1].id;
        Rename(ann, kAnn);
        Rename(formula, kFormula);

        // Out of the period on both sides.
        Add("sun", LocalTime({2026, 11, 22}, 23, 59), ann, {"hurt"}, 2, "no_answer", false, "nl");
        Add("wed", LocalTime({2026, 11, 25}, 0, 0), ann, {"hurt"}, 2, "no_answer", false, "nl");
        // In it, committed out of time order.
        tue_class = Add("tue-class", LocalTime({2026, 11, 24}, 9, 30), std::nullopt, {"question"}, 3, "call_me", false,
                        "nl");
        mon = Add("mon", LocalTime({2026, 11, 23}, 0, 0), ann, {"sick", "medicine"}, 4, "talk_today", true, "ar");
        tue_early = Add("tue-early", LocalTime({2026, 11, 24}, 8, 15), formula, {"sick"}, 5, "private_talk", false,
                        "fr", ConcernStatus::Seen);
        keys[class_id] = UnlockedClassKey::Unlock(*db, class_id, "");  // pending key: no code on this kiosk
        REQUIRE(keys[class_id]);
    }
    void Rename(Id child, const std::string& name) {
        SQLite::Statement q(*db, "UPDATE children SET first_name = ? WHERE id = ?");
        q.bind(1, name);
        q.bind(2, child);
        REQUIRE(q.exec() == 1);
    }
    Id Add(const std::string& sub, std::int64_t at, std::optional<Id> child, std::vector<std::string> topics,
           int feeling, const std::string& wish, bool interpreter, const std::string& lang,
           ConcernStatus status = ConcernStatus::New) {
        Concern c;
        c.submission_id = sub;
        c.class_id = class_id;
        c.child_id = child;
        c.topics = std::move(topics);
        c.feeling = feeling;
        c.wish = wish;
        c.interpreter = interpreter;
        c.lang = lang;
        c.kiosk_id = "kiosk-1";
        c.created_at = at;
        c.status = status;
        return CommitConcern(*db, c);
    }
    std::vector<ExportRow> Read(int* unreadable = nullptr) {
        return ReadForExport(*db, keys, CivilDate{2026, 11, 23}, CivilDate{2026, 11, 24}, kTz, unreadable);
    }
};

}  // namespace

TEST_CASE("export: the period's concerns, oldest first, with class and child names", "[export]") {
    Fixture f;
    int unreadable = -1;
    const std::vector<ExportRow> rows = f.Read(&unreadable);
    CHECK(unreadable == 0);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].concern.id == f.mon);
    CHECK(rows[1].concern.id == f.tue_early);
    CHECK(rows[2].concern.id == f.tue_class);
    CHECK(rows[0].local_time == "2026-11-23 00:00");  // the first minute of the first day is in
    CHECK(rows[1].local_time == "2026-11-24 08:15");
    CHECK(rows[2].local_time == "2026-11-24 09:30");
    for (const ExportRow& r : rows) CHECK(r.class_name == "De Vlinders");
    CHECK(rows[0].child_name == kAnn);
    CHECK(rows[1].child_name == kFormula);
    CHECK(rows[2].child_name.empty());  // about the whole class
    CHECK(rows[0].concern.topics == std::vector<std::string>{"sick", "medicine"});
    CHECK(rows[0].concern.interpreter);
    CHECK(rows[1].concern.status == ConcernStatus::Seen);

    // One day only; a day with nothing; a tampered row counts and is left out.
    CHECK(ReadForExport(*f.db, f.keys, CivilDate{2026, 11, 24}, CivilDate{2026, 11, 24}, kTz, nullptr).size() == 2);
    CHECK(ReadForExport(*f.db, f.keys, CivilDate{2026, 11, 20}, CivilDate{2026, 11, 20}, kTz, nullptr).empty());
    f.db->exec("UPDATE concerns SET sealed = zeroblob(80) WHERE submission_id = 'tue-early'");
    const std::vector<ExportRow> after = f.Read(&unreadable);
    CHECK(unreadable == 1);
    REQUIRE(after.size() == 2);
    CHECK(after[0].concern.id == f.mon);
    CHECK(after[1].concern.id == f.tue_class);

    // No key, nothing read.
    std::map<Id, std::unique_ptr<UnlockedClassKey>> none;
    CHECK(ReadForExport(*f.db, none, CivilDate{2026, 11, 23}, CivilDate{2026, 11, 24}, kTz, nullptr).empty());
}

TEST_CASE("export as CSV: the header, quoting, and names a spreadsheet would run defused", "[export]") {
    Fixture f;
    const std::vector<ExportRow> rows = f.Read();
    REQUIRE(rows.size() == 3);
    const std::string csv = ConcernsAsCsv(rows);
    const std::vector<std::string> lines = CsvLines(csv);
    REQUIRE(lines.size() == 4);
    CHECK(lines[0] == "id,time,class,child,topics,feeling,wish,interpreter,language,status");
    CHECK(lines[1] == std::to_string(f.mon) +
                          ",2026-11-23 00:00,De Vlinders,\"Ann, \"\"Jo\"\"\",sick medicine,4,talk_today,yes,ar,new");
    CHECK(lines[2] == std::to_string(f.tue_early) +
                          ",2026-11-24 08:15,De Vlinders,'=cmd|' /C calc',sick,5,private_talk,no,fr,seen");
    CHECK(lines[3] == std::to_string(f.tue_class) + ",2026-11-24 09:30,De Vlinders,,question,3,call_me,no,nl,new");
    CHECK_FALSE(Contains(csv, "," + kFormula));  // never a cell that starts with '='

    // Every formula start is defused, quoted when it also needs quotes.
    std::vector<ExportRow> more(1);
    more[0].concern = rows[2].concern;
    more[0].class_name = "@SUM(A1)";
    more[0].child_name = "+1,2";
    more[0].local_time = "-3";
    const std::vector<std::string> l = CsvLines(ConcernsAsCsv(more));
    REQUIRE(l.size() == 2);
    CHECK(l[1] == std::to_string(f.tue_class) + ",'-3,'@SUM(A1),\"'+1,2\",question,3,call_me,no,nl,new");

    CHECK(ConcernsAsCsv({}) == "id,time,class,child,topics,feeling,wish,interpreter,language,status\r\n");
}

TEST_CASE("export as JSON: well-formed, names escaped, null child for the whole class", "[export]") {
    // The checker itself refuses what is not JSON.
    CHECK_THROWS(ParseJson("[1,]"));
    CHECK_THROWS(ParseJson("{\"a\": 1"));
    CHECK_THROWS(ParseJson("{\"a\": \"x\"y\"}"));
    CHECK_THROWS(ParseJson("[nul]"));
    CHECK(ParseJson("[]\n").items.empty());

    Fixture f;
    const std::vector<ExportRow> rows = f.Read();
    REQUIRE(rows.size() == 3);
    const std::string text = ConcernsAsJson(rows);
    CHECK(Contains(text, "\"child\": \"Ann, \\\"Jo\\\"\""));
    CHECK(Contains(text, "\"child\": null"));
    CHECK(Contains(text, "\"topics\": [\"sick\", \"medicine\"]"));
    const Json doc = ParseJson(text);
    REQUIRE(doc.type == Json::Type::Array);
    REQUIRE(doc.items.size() == 3);
    const std::vector<std::string> keys = {"id",   "time", "class",       "child",    "topics",
                                           "feeling", "wish", "interpreter", "language", "status"};
    for (const Json& o : doc.items) {
        REQUIRE(o.type == Json::Type::Object);
        CHECK(o.Keys() == keys);
    }
    const Json& mon = doc[0];
    CHECK(mon["id"].type == Json::Type::Number);
    CHECK(mon["id"].n == static_cast<double>(f.mon));
    CHECK(mon["time"].s == "2026-11-23 00:00");
    CHECK(mon["class"].s == "De Vlinders");
    CHECK(mon["child"].type == Json::Type::String);
    CHECK(mon["child"].s == kAnn);
    REQUIRE(mon["topics"].type == Json::Type::Array);
    REQUIRE(mon["topics"].items.size() == 2);
    CHECK(mon["topics"][0].s == "sick");
    CHECK(mon["topics"][1].s == "medicine");
    CHECK(mon["feeling"].n == 4);
    CHECK(mon["wish"].s == "talk_today");
    CHECK(mon["interpreter"].type == Json::Type::Bool);
    CHECK(mon["interpreter"].b);
    CHECK(mon["language"].s == "ar");
    CHECK(mon["status"].s == "new");

    CHECK(doc[1]["child"].s == kFormula);  // JSON has no formulas: as it is
    CHECK(doc[1]["status"].s == "seen");
    CHECK_FALSE(doc[1]["interpreter"].b);
    CHECK(doc[2]["child"].type == Json::Type::Null);
    CHECK(doc[2]["topics"].items.size() == 1);

    // Control characters and backslashes in a name stay JSON.
    std::vector<ExportRow> odd(1);
    odd[0].concern = rows[0].concern;
    odd[0].child_name = "a\\b\nc\td\x01";
    odd[0].class_name = "x";
    const Json o = ParseJson(ConcernsAsJson(odd));
    CHECK(o[0]["child"].s == "a\\b\nc\td\x01");
    CHECK(ParseJson(ConcernsAsJson({})).items.empty());
}

TEST_CASE("export counts: by topic, feeling and wish, without anybody's name", "[export]") {
    Fixture f;
    const std::vector<ExportRow> rows = f.Read();
    REQUIRE(rows.size() == 3);
    const ExportCounts e = CountForExport(rows);
    CHECK(e.counts.total == 3);
    CHECK(e.counts.topics == std::map<std::string, int>{{"medicine", 1}, {"question", 1}, {"sick", 2}});
    CHECK(e.counts.feelings == std::array<int, 5>{0, 0, 1, 1, 1});
    CHECK(e.wishes == std::map<std::string, int>{{"call_me", 1}, {"private_talk", 1}, {"talk_today", 1}});
    CHECK(e.interpreter == 1);

    const CivilDate from{2026, 11, 23}, to{2026, 11, 24};
    const std::string csv = CountsAsCsv(e, from, to);
    const std::vector<std::string> lines = CsvLines(csv);
    CHECK(lines == std::vector<std::string>{"what,value,count", "period,2026-11-23 2026-11-24,", "total,,3",
                                            "topic,medicine,1", "topic,question,1", "topic,sick,2", "feeling,1,0",
                                            "feeling,2,0", "feeling,3,1", "feeling,4,1", "feeling,5,1",
                                            "wish,call_me,1", "wish,private_talk,1", "wish,talk_today,1",
                                            "interpreter,yes,1"});

    const std::string json = CountsAsJson(e, from, to);
    const Json doc = ParseJson(json);
    REQUIRE(doc.type == Json::Type::Object);
    CHECK(doc.Keys() == std::vector<std::string>{"from", "to", "total", "topics", "feelings", "wishes", "interpreter"});
    CHECK(doc["from"].s == "2026-11-23");
    CHECK(doc["to"].s == "2026-11-24");
    CHECK(doc["total"].n == 3);
    CHECK(doc["topics"]["sick"].n == 2);
    CHECK(doc["topics"]["medicine"].n == 1);
    CHECK(doc["feelings"]["5"].n == 1);
    CHECK(doc["feelings"]["1"].n == 0);
    CHECK(doc["wishes"]["private_talk"].n == 1);
    CHECK(doc["interpreter"].n == 1);

    // Nobody's name, nor the class's, nor a time or a row id.
    std::vector<std::string> names = {"De Vlinders", "Ann", "Jo", "cmd", "2026-11-24 08:15"};
    for (const Child& k : store::ChildrenRepo(*f.db).InClass(f.class_id)) names.push_back(k.first_name);
    for (const std::string& name : names) {
        INFO(name);
        CHECK_FALSE(Contains(csv, name));
        CHECK_FALSE(Contains(json, name));
    }

    // Nothing in the period: zeros, still well-formed.
    const ExportCounts none = CountForExport({});
    CHECK(none.counts.total == 0);
    CHECK(Contains(CountsAsCsv(none, from, to), "total,,0\r\n"));
    CHECK(ParseJson(CountsAsJson(none, from, to))["topics"].fields.empty());
}
