#include "services/concern_export.h"

#include "i18n/dates.h"
#include "services/sealed_concerns.h"
#include "store/children_repo.h"
#include "store/classes_repo.h"
#include "store/concerns_repo.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <cstdio>

namespace kd {
namespace {

std::string Csv(const std::string& s) {
    // RFC 4180: quote when needed, double the quotes. A leading = + - @ is
    // defused so a spreadsheet never runs a name as a formula.
    std::string v = s;
    if (!v.empty() && (v[0] == '=' || v[0] == '+' || v[0] == '-' || v[0] == '@')) v.insert(v.begin(), '\'');
    if (v.find_first_of(",\"\r\n") == std::string::npos) return v;
    std::string out = "\"";
    for (char c : v) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::string Json(const std::string& s) {
    std::string out = "\"";
    for (unsigned char c : s) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (c < 0x20) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\u%04x", c);
                    out += buf;
                } else {
                    out += static_cast<char>(c);
                }
        }
    }
    return out + "\"";
}

std::string JoinTopics(const std::vector<std::string>& v, const char* sep) {
    std::string out;
    for (const std::string& t : v) out += (out.empty() ? "" : sep) + t;
    return out;
}

}  // namespace

std::vector<ExportRow> ReadForExport(SQLite::Database& db, const std::map<Id, std::unique_ptr<UnlockedClassKey>>& keys,
                                     const CivilDate& from, const CivilDate& to, const std::string& time_zone,
                                     int* unreadable) {
    std::map<Id, std::string> class_names, child_names;
    for (const ClassInfo& c : store::ClassesRepo(db).All()) {
        class_names[c.id] = c.name;
        for (const Child& k : store::ChildrenRepo(db).InClass(c.id)) child_names[k.id] = k.first_name;
    }
    const std::int64_t start = i18n::StartOfLocalDay(from, time_zone);
    const std::int64_t end = i18n::StartOfLocalDay(to.AddDays(1), time_zone);
    std::vector<ExportRow> rows;
    int bad_total = 0;
    for (const auto& [class_id, key] : keys) {
        if (!key) continue;
        int bad = 0;
        for (Concern& c : OpenConcerns(db, *key, class_id, start, end, &bad)) {
            ExportRow r;
            r.class_name = class_names[c.class_id];
            if (c.child_id) {
                const auto it = child_names.find(*c.child_id);
                r.child_name = it != child_names.end() ? it->second : "?";
            }
            const i18n::LocalTime t = i18n::LocalDateTime(c.created_at, time_zone);
            r.local_time = t.date.Iso() + " " + t.Hhmm();
            r.concern = std::move(c);
            rows.push_back(std::move(r));
        }
        bad_total += bad;
    }
    std::stable_sort(rows.begin(), rows.end(), [](const ExportRow& a, const ExportRow& b) {
        return a.concern.created_at != b.concern.created_at ? a.concern.created_at < b.concern.created_at
                                                            : a.concern.id < b.concern.id;
    });
    if (unreadable) *unreadable = bad_total;
    return rows;
}

std::string ConcernsAsCsv(const std::vector<ExportRow>& rows) {
    std::string out = "id,time,class,child,topics,feeling,wish,interpreter,language,status\r\n";
    for (const ExportRow& r : rows) {
        const Concern& c = r.concern;
        out += std::to_string(c.id) + "," + Csv(r.local_time) + "," + Csv(r.class_name) + "," + Csv(r.child_name) +
               "," + Csv(JoinTopics(c.topics, " ")) + "," + std::to_string(c.feeling) + "," + Csv(c.wish) + "," +
               (c.interpreter ? "yes" : "no") + "," + Csv(c.lang) + "," + store::StatusName(c.status) + "\r\n";
    }
    return out;
}

std::string ConcernsAsJson(const std::vector<ExportRow>& rows) {
    std::string out = "[";
    for (size_t i = 0; i < rows.size(); ++i) {
        const ExportRow& r = rows[i];
        const Concern& c = r.concern;
        std::string topics;
        for (const std::string& t : c.topics) topics += (topics.empty() ? "" : ", ") + Json(t);
        out += std::string(i ? ",\n " : "\n ") + "{\"id\": " + std::to_string(c.id) + ", \"time\": " +
               Json(r.local_time) + ", \"class\": " + Json(r.class_name) + ", \"child\": " +
               (c.child_id ? Json(r.child_name) : "null") + ", \"topics\": [" + topics +
               "], \"feeling\": " + std::to_string(c.feeling) + ", \"wish\": " + Json(c.wish) +
               ", \"interpreter\": " + (c.interpreter ? "true" : "false") + ", \"language\": " + Json(c.lang) +
               ", \"status\": " + Json(store::StatusName(c.status)) + "}";
    }
    return out + (rows.empty() ? "]\n" : "\n]\n");
}

ExportCounts CountForExport(const std::vector<ExportRow>& rows) {
    ExportCounts e;
    for (const ExportRow& r : rows) {
        const Concern& c = r.concern;
        for (const std::string& t : c.topics) ++e.counts.topics[t];
        if (c.feeling >= 1 && c.feeling <= 5) ++e.counts.feelings[c.feeling - 1];
        ++e.wishes[c.wish];
        if (c.interpreter) ++e.interpreter;
        ++e.counts.total;
    }
    return e;
}

std::string CountsAsCsv(const ExportCounts& e, const CivilDate& from, const CivilDate& to) {
    std::string out = "what,value,count\r\n";
    out += "period," + from.Iso() + " " + to.Iso() + ",\r\n";
    out += "total,," + std::to_string(e.counts.total) + "\r\n";
    for (const auto& [t, n] : e.counts.topics) out += "topic," + Csv(t) + "," + std::to_string(n) + "\r\n";
    for (int f = 0; f < 5; ++f) out += "feeling," + std::to_string(f + 1) + "," + std::to_string(e.counts.feelings[f]) + "\r\n";
    for (const auto& [w, n] : e.wishes) out += "wish," + Csv(w) + "," + std::to_string(n) + "\r\n";
    out += "interpreter,yes," + std::to_string(e.interpreter) + "\r\n";
    return out;
}

std::string CountsAsJson(const ExportCounts& e, const CivilDate& from, const CivilDate& to) {
    auto map = [](const std::map<std::string, int>& m) {
        std::string s = "{";
        for (const auto& [k, n] : m) s += (s.size() > 1 ? ", " : "") + Json(k) + ": " + std::to_string(n);
        return s + "}";
    };
    std::string feelings = "{";
    for (int f = 0; f < 5; ++f)
        feelings += (f ? ", \"" : "\"") + std::to_string(f + 1) + "\": " + std::to_string(e.counts.feelings[f]);
    feelings += "}";
    return "{\"from\": " + Json(from.Iso()) + ", \"to\": " + Json(to.Iso()) + ", \"total\": " +
           std::to_string(e.counts.total) + ",\n \"topics\": " + map(e.counts.topics) + ",\n \"feelings\": " + feelings +
           ",\n \"wishes\": " + map(e.wishes) + ",\n \"interpreter\": " + std::to_string(e.interpreter) + "}\n";
}

std::vector<PollSummary> PollsForExport(SQLite::Database& db, const CivilDate& from, const CivilDate& to) {
    std::vector<PollSummary> out;
    for (PollSummary& p : AllPolls(db))
        if (p.poll.opens_on <= to.Iso() && p.poll.closes_on >= from.Iso()) out.push_back(std::move(p));
    std::stable_sort(out.begin(), out.end(),
                     [](const PollSummary& a, const PollSummary& b) { return a.poll.opens_on < b.poll.opens_on; });
    return out;
}

std::string PollsAsCsv(const std::vector<PollSummary>& polls) {
    std::string out = "id,question,event,from,to,very_happy,happy,so_so,worried,very_worried,answers\r\n";
    for (const PollSummary& p : polls) {
        out += std::to_string(p.poll.id) + "," + Csv(p.poll.question) + "," + Csv(p.event_title) + "," +
               p.poll.opens_on + "," + p.poll.closes_on;
        for (int n : p.answers) out += "," + std::to_string(n);
        out += "," + std::to_string(p.total) + "\r\n";
    }
    return out;
}

std::string PollsAsJson(const std::vector<PollSummary>& polls) {
    std::string out = "[";
    for (size_t i = 0; i < polls.size(); ++i) {
        const PollSummary& p = polls[i];
        std::string answers;
        for (int n : p.answers) answers += (answers.empty() ? "" : ", ") + std::to_string(n);
        out += std::string(i ? ",\n " : "\n ") + "{\"id\": " + std::to_string(p.poll.id) + ", \"question\": " +
               Json(p.poll.question) + ", \"event\": " + (p.event_title.empty() ? "null" : Json(p.event_title)) +
               ", \"from\": " + Json(p.poll.opens_on) + ", \"to\": " + Json(p.poll.closes_on) +
               ", \"answers\": [" + answers + "], \"total\": " + std::to_string(p.total) + "}";
    }
    return out + (polls.empty() ? "]\n" : "\n]\n");
}

}  // namespace kd
