#include "services/calendar_import.h"

#include "domain/tsv.h"
#include "i18n/dates.h"
#include "store/events_repo.h"
#include "store/transaction.h"

#include <libical/ical.h>

#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cctype>
#include <map>
#include <memory>
#include <set>

namespace kd {
namespace {

std::string Lower(std::string s) {
    // ASCII lower case is enough for matching: keywords and titles keep their accents.
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

std::vector<std::string> SplitCommas(const std::string& s) {
    std::vector<std::string> out;
    size_t start = 0;
    while (start <= s.size()) {
        size_t comma = s.find(',', start);
        if (comma == std::string::npos) comma = s.size();
        std::string word = s.substr(start, comma - start);
        while (!word.empty() && word.front() == ' ') word.erase(word.begin());
        while (!word.empty() && word.back() == ' ') word.pop_back();
        if (!word.empty()) out.push_back(Lower(word));
        start = comma + 1;
    }
    return out;
}

// Outlook and Exchange write Windows zone names; libical knows Olson names.
const char* OlsonFromWindows(const std::string& tzid) {
    static const std::map<std::string, const char*> kMap = {
        {"Romance Standard Time", "Europe/Brussels"},   {"W. Europe Standard Time", "Europe/Amsterdam"},
        {"Central Europe Standard Time", "Europe/Budapest"}, {"Central European Standard Time", "Europe/Warsaw"},
        {"GMT Standard Time", "Europe/London"},         {"UTC", "UTC"},
        {"E. Europe Standard Time", "Europe/Chisinau"}, {"FLE Standard Time", "Europe/Kiev"},
        {"GTB Standard Time", "Europe/Bucharest"},      {"Turkey Standard Time", "Europe/Istanbul"},
        {"Russian Standard Time", "Europe/Moscow"},     {"Morocco Standard Time", "Africa/Casablanca"},
    };
    const auto it = kMap.find(tzid);
    return it == kMap.end() ? nullptr : it->second;
}

struct Root {
    icalcomponent* c;
    ~Root() {
        if (c) icalcomponent_free(c);
    }
};

// All VEVENTs, in the calendar or in each of several calendars.
void CollectEvents(icalcomponent* c, std::vector<icalcomponent*>& out) {
    if (icalcomponent_isa(c) == ICAL_VEVENT_COMPONENT) {
        out.push_back(c);
        return;
    }
    for (icalcomponent* k = icalcomponent_get_first_component(c, ICAL_ANY_COMPONENT); k;
         k = icalcomponent_get_next_component(c, ICAL_ANY_COMPONENT))
        CollectEvents(k, out);
}

// What was left out, grouped by kind: one line a kind, a few examples, a count.
class Notes {
public:
    void Add(const std::string& kind, const std::string& example) {
        auto [it, fresh] = m_index.try_emplace(kind, m_kinds.size());
        if (fresh) m_kinds.push_back({kind, {}, 0});
        Kind& k = m_kinds[it->second];
        ++k.count;
        if (k.examples.size() < 3) k.examples.push_back(example.size() > 70 ? example.substr(0, 67) + "..." : example);
    }
    std::vector<std::string> Lines() const {
        std::vector<std::string> out;
        for (size_t i = 0; i < m_kinds.size(); ++i) {
            if (out.size() + 1 == kMaxNoteLines && m_kinds.size() > kMaxNoteLines) {
                int rest = 0;
                for (size_t j = i; j < m_kinds.size(); ++j) rest += m_kinds[j].count;
                out.push_back(std::to_string(rest) + " more things of " + std::to_string(m_kinds.size() - i) +
                              " other kinds were left out");
                break;
            }
            const Kind& k = m_kinds[i];
            std::string line = k.what + " (" + std::to_string(k.count) + "): ";
            for (size_t e = 0; e < k.examples.size(); ++e) line += (e ? "; " : "") + k.examples[e];
            if (k.count > static_cast<int>(k.examples.size()))
                line += " and " + std::to_string(k.count - static_cast<int>(k.examples.size())) + " more like this";
            out.push_back(line);
        }
        return out;
    }

private:
    struct Kind {
        std::string what;
        std::vector<std::string> examples;
        int count;
    };
    std::vector<Kind> m_kinds;
    std::map<std::string, size_t> m_index;
};

// libical's own complaints about lines it could not read. An empty property
// (Google writes "LOCATION:" with nothing after it) is an absent one: not
// worth a word. Anything else it dropped is named, grouped.
void CollectParseNotes(icalcomponent* c, Notes& notes) {
    // The summary first: icalcomponent_get_summary() walks the component's
    // properties with the same internal iterator as the loop below, and calling
    // it inside the loop restarted the loop forever (found by tests/fuzz/fuzz_ics).
    const char* summary_c = icalcomponent_get_summary(c);
    const std::string in = summary_c ? "in \"" + std::string(summary_c) + "\": " : "";
    for (icalproperty* p = icalcomponent_get_first_property(c, ICAL_XLICERROR_PROPERTY); p;
         p = icalcomponent_get_next_property(c, ICAL_XLICERROR_PROPERTY)) {
        const std::string what = icalproperty_get_xlicerror(p) ? icalproperty_get_xlicerror(p) : "unreadable line";
        if (what.rfind("No value for ", 0) == 0) continue;
        // "Got a data line, but could not find a property name or component begin tag: X-APPLE-RADIUS=49.9":
        // the line itself says more to a teacher than libical's explanation.
        const size_t colon = what.rfind(": ");
        const std::string line = colon != std::string::npos && colon + 2 < what.size() ? what.substr(colon + 2) : what;
        notes.Add("lines the kiosk could not read, left out", in + line);
    }
    for (icalcomponent* k = icalcomponent_get_first_component(c, ICAL_ANY_COMPONENT); k;
         k = icalcomponent_get_next_component(c, ICAL_ANY_COMPONENT))
        CollectParseNotes(k, notes);
}

// A UID for an event that has none (some exports leave it out): from what the
// event says, so importing the same file again updates it instead of doubling it.
std::string ContentUid(icalcomponent* ev) {
    std::string content;
    for (const icalproperty_kind k : {ICAL_SUMMARY_PROPERTY, ICAL_DTSTART_PROPERTY, ICAL_DTEND_PROPERTY,
                                      ICAL_RRULE_PROPERTY, ICAL_LOCATION_PROPERTY}) {
        icalproperty* p = icalcomponent_get_first_property(ev, k);
        const char* v = p ? icalproperty_get_value_as_string(p) : nullptr;
        content += std::string(v ? v : "") + "\x1f";
    }
    std::uint64_t h = 1469598103934665603ull;  // FNV-1a, 64 bits
    for (const unsigned char ch : content) h = (h ^ ch) * 1099511628211ull;
    char buf[32];
    std::snprintf(buf, sizeof buf, "content-%016llx", static_cast<unsigned long long>(h));
    return buf;
}

// A rule that repeats more often than once a day (FREQ=SECONDLY, MINUTELY,
// HOURLY, or several times a day through BYHOUR/BYMINUTE/BYSECOND): a school
// day's events are not that, and expanding one took 46 s of CPU.
constexpr int kMaxEventSeconds = 366 * 86400;

bool RepeatsWithinADay(icalcomponent* ev) {
    for (icalproperty* p = icalcomponent_get_first_property(ev, ICAL_RRULE_PROPERTY); p;
         p = icalcomponent_get_next_property(ev, ICAL_RRULE_PROPERTY)) {
        const icalrecurrencetype r = icalproperty_get_rrule(p);
        if (r.freq == ICAL_SECONDLY_RECURRENCE || r.freq == ICAL_MINUTELY_RECURRENCE || r.freq == ICAL_HOURLY_RECURRENCE)
            return true;
        auto many = [](const short* by, int max) {
            int n = 0;
            while (n < max && by[n] != ICAL_RECURRENCE_ARRAY_MAX) ++n;
            return n > 1;
        };
        if (many(r.by_hour, ICAL_BY_HOUR_SIZE) || many(r.by_minute, ICAL_BY_MINUTE_SIZE) ||
            many(r.by_second, ICAL_BY_SECOND_SIZE))
            return true;
    }
    return false;
}

// libical writes some complaints straight to stderr: while it parses and
// expands, stderr goes to a scratch file; what another thread wrote meanwhile
// (not libical's "function(), file.c:line:" form) is passed on.
class QuietStderr {
public:
    QuietStderr() {
        std::fflush(stderr);
        m_saved = dup(2);
        m_scratch = std::tmpfile();
        if (m_saved < 0 || !m_scratch || dup2(fileno(m_scratch), 2) < 0) Restore();
    }
    ~QuietStderr() { Restore(); }

private:
    void Restore() {
        if (m_saved >= 0) {
            std::fflush(stderr);
            dup2(m_saved, 2);
            close(m_saved);
            m_saved = -1;
        }
        if (!m_scratch) return;
        std::rewind(m_scratch);
        char line[1024];
        while (std::fgets(line, sizeof line, m_scratch)) {
            const std::string l(line);
            if (l.find("(), ") != std::string::npos && l.find(".c:") != std::string::npos) continue;  // libical's
            std::fputs(line, stderr);
        }
        std::fclose(m_scratch);
        m_scratch = nullptr;
    }
    int m_saved = -1;
    std::FILE* m_scratch = nullptr;
};

std::string Categories(icalcomponent* ev) {
    std::string all;
    for (icalproperty* p = icalcomponent_get_first_property(ev, ICAL_CATEGORIES_PROPERTY); p;
         p = icalcomponent_get_next_property(ev, ICAL_CATEGORIES_PROPERTY)) {
        if (const char* c = icalproperty_get_categories(p)) all += std::string(all.empty() ? "" : ",") + c;
    }
    return all;
}

// The zone a time is in, resolving Windows names and Olson names libical has built in.
icaltimezone* ZoneOf(const icaltimetype& t, icalcomponent* ev) {
    if (t.zone) return const_cast<icaltimezone*>(t.zone);
    icalproperty* p = icalcomponent_get_first_property(ev, ICAL_DTSTART_PROPERTY);
    icalparameter* tzid = p ? icalproperty_get_first_parameter(p, ICAL_TZID_PARAMETER) : nullptr;
    if (!tzid) return nullptr;
    const std::string name = icalparameter_get_tzid(tzid);
    if (const char* olson = OlsonFromWindows(name)) return icaltimezone_get_builtin_timezone(olson);
    return icaltimezone_get_builtin_timezone(name.c_str());
}

struct Occurrence {
    std::string key;  // uid@YYYY-MM-DD of the original start
    Event event;
};

// One occurrence as the school's wall-clock dates and times.
Event MakeEvent(icalcomponent* ev, const std::string& uid, icaltimetype start, icaltimetype end, bool all_day,
                const std::string& tz, const EventRules& rules) {
    Event e;
    e.uid = uid;
    const char* summary = icalcomponent_get_summary(ev);
    e.title = summary ? summary : "";
    e.source = "ics";
    if (all_day) {
        const CivilDate s{start.year, start.month, start.day};
        CivilDate last = s;
        if (!icaltime_is_null_time(end)) {
            const CivilDate x{end.year, end.month, end.day};  // DTEND of an all-day event is exclusive
            if (x.DaysSinceEpoch() > s.DaysSinceEpoch()) last = x.AddDays(-1);
        }
        e.start_date = s.Iso();
        e.end_date = last.Iso();
    } else {
        const auto a = i18n::LocalDateTime(static_cast<std::int64_t>(icaltime_as_timet_with_zone(start, start.zone)), tz);
        e.start_date = a.date.Iso();
        e.start_time = a.Hhmm();
        e.end_date = e.start_date;
        if (!icaltime_is_null_time(end)) {
            const auto b = i18n::LocalDateTime(static_cast<std::int64_t>(icaltime_as_timet_with_zone(end, end.zone)), tz);
            e.end_date = std::max(b.date.Iso(), e.start_date);
            e.end_time = b.Hhmm();
        }
    }
    const char* desc = icalcomponent_get_description(ev);
    rules.Classify(e, Categories(ev), desc ? desc : "");
    return e;
}

}  // namespace

EventRules EventRules::Load(const std::filesystem::path& assets_dir) {
    EventRules r;
    for (const TsvRow& row : ReadTsv(assets_dir / "event_keywords.tsv"))
        if (row.cells.size() >= 2) r.types.emplace_back(row.cells[0], SplitCommas(row.cells[1]));
    for (const TsvRow& row : ReadTsv(assets_dir / "event_flags.tsv"))
        if (row.cells.size() >= 2) r.flags.emplace_back(row.cells[0], SplitCommas(row.cells[1]));
    return r;
}

void EventRules::Classify(Event& e, const std::string& categories, const std::string& description) const {
    const std::vector<std::string> cats = SplitCommas(categories);
    const std::string title = Lower(e.title), text = title + " " + Lower(description);
    e.type = "other";
    bool found = false;
    // CATEGORIES first: a school that tags its events says what it means.
    for (const auto& [type, words] : types) {
        for (const std::string& c : cats)
            if (c == type || std::find(words.begin(), words.end(), c) != words.end()) found = true;
        if (found) {
            e.type = type;
            break;
        }
    }
    for (size_t i = 0; i < types.size() && !found; ++i)
        for (const std::string& w : types[i].second)
            if (title.find(w) != std::string::npos) {
                e.type = types[i].first;
                found = true;
                break;
            }
    auto has = [&](const char* flag) {
        for (const auto& [name, words] : flags)
            if (name == flag)
                for (const std::string& w : words)
                    if (text.find(w) != std::string::npos) return true;
        return false;
    };
    e.parents_welcome = e.type == "watch" || e.type == "coffee" || e.type == "talks" || e.type == "info_evening" ||
                        has("parents_welcome");
    e.special_clothes = e.type == "costume" || has("special_clothes");
    e.pickup_changed = has("pickup_changed");
    e.no_school = e.type == "no_school";
    if (e.type == "swimming") e.bring = "🩱";
    else if (e.type == "gym") e.bring = "👟";
    else if (e.type == "trip") e.bring = "🥪";
    else if (e.type == "costume") e.bring = "🎭";
}

CalendarParse ParseCalendar(const std::string& ics_text, const CivilDate& from, const CivilDate& to,
                            const std::string& school_tz, const EventRules& rules) {
    CalendarParse out;
    Notes notes;
    const QuietStderr quiet;
    icalerror_set_errors_are_fatal(0);
    // A byte-order mark (Windows exports) before BEGIN:VCALENDAR is not part of the calendar.
    const bool bom = ics_text.rfind("\xEF\xBB\xBF", 0) == 0;
    Root root{icalparser_parse_string(ics_text.c_str() + (bom ? 3 : 0))};
    if (!root.c) {
        out.errors.push_back("this is not a calendar file (no BEGIN:VCALENDAR could be read)");
        return out;
    }
    CollectParseNotes(root.c, notes);
    std::vector<icalcomponent*> events;
    CollectEvents(root.c, events);
    if (events.empty() && icalcomponent_isa(root.c) != ICAL_VCALENDAR_COMPONENT &&
        icalcomponent_isa(root.c) != ICAL_XROOT_COMPONENT) {
        out.errors.push_back("this is not a calendar file (no VCALENDAR)");
        return out;
    }

    // Window in UTC, a day wider on each side for zones.
    icaltimetype win_start = icaltime_from_day_of_year(1, from.year);
    win_start = icaltime_null_time();
    win_start.year = from.AddDays(-1).year, win_start.month = from.AddDays(-1).month, win_start.day = from.AddDays(-1).day;
    win_start.zone = icaltimezone_get_utc_timezone();
    icaltimetype win_end = win_start;
    const CivilDate after = to.AddDays(2);
    win_end.year = after.year, win_end.month = after.month, win_end.day = after.day;

    std::map<std::string, Occurrence> overrides;  // moved occurrences, by uid@original date
    std::map<std::string, Occurrence> occurrences;
    for (icalcomponent* ev : events) {
        const char* uid_c = icalcomponent_get_uid(ev);
        const char* summary = icalcomponent_get_summary(ev);
        const std::string name = summary ? "\"" + std::string(summary) + "\"" : "an event without a title";
        icaltimetype start = icalcomponent_get_dtstart(ev);
        if (icaltime_is_null_time(start)) {
            notes.Add("events without a readable start (DTSTART), left out", name);
            ++out.skipped;
            continue;
        }
        if (RepeatsWithinADay(ev)) {
            notes.Add("events that repeat more often than once a day, left out", name);
            ++out.skipped;
            continue;
        }
        const std::string uid = uid_c && *uid_c ? uid_c : ContentUid(ev);
        if (!start.zone && !start.is_date && !icaltime_is_utc(start)) start.zone = ZoneOf(start, ev);
        icaltimetype end = icalcomponent_get_dtend(ev);
        if (!end.zone && !end.is_date && !icaltime_is_utc(end)) end.zone = start.zone;
        const bool all_day = start.is_date != 0;
        const bool cancelled = icalcomponent_get_status(ev) == ICAL_STATUS_CANCELLED;
        // No school event lasts a year; one that says so is damaged. Left in, a daily rule with such
        // an end overlaps the window with every occurrence since its start (the fuzzer's 1900 file:
        // 20,781 year-long events and 10 s of work).
        if (!icaltime_is_null_time(end) && icaltime_is_valid_time(end) &&
            icaldurationtype_as_int(icaltime_subtract(end, start)) > kMaxEventSeconds) {
            notes.Add("events that last longer than a year, left out", name);
            ++out.skipped;
            continue;
        }

        const icaltimetype rid = icalcomponent_get_recurrenceid(ev);
        if (!icaltime_is_null_time(rid)) {
            // A moved (or cancelled) single occurrence: it takes the original's place.
            const std::string key = uid + "@" + CivilDate{rid.year, rid.month, rid.day}.Iso();
            Occurrence o{key, MakeEvent(ev, key, start, end, all_day, school_tz, rules)};
            if (cancelled) o.event.uid.clear(), ++out.cancelled;
            overrides[key] = std::move(o);
            continue;
        }
        if (cancelled) {
            ++out.cancelled;
            continue;
        }
        const bool recurring = icalcomponent_get_first_property(ev, ICAL_RRULE_PROPERTY) ||
                               icalcomponent_get_first_property(ev, ICAL_RDATE_PROPERTY);
        if (!recurring) {
            const std::string key = uid + "@" + CivilDate{start.year, start.month, start.day}.Iso();
            Event e = MakeEvent(ev, uid, start, end, all_day, school_tz, rules);
            occurrences[key] = Occurrence{key, std::move(e)};
            continue;
        }
        // Each occurrence inside the window; EXDATEs are skipped by libical.
        const int duration = static_cast<int>(icaldurationtype_as_int(icaltime_subtract(end, start)));
        struct Ctx {
            icalcomponent* ev;
            const std::string* uid;
            icaltimetype start;
            int duration;
            bool all_day;
            const std::string* tz;
            const EventRules* rules;
            std::map<std::string, Occurrence>* out;
        } ctx{ev, &uid, start, duration, all_day, &school_tz, &rules, &occurrences};
        icalcomponent_foreach_recurrence(
            ev, win_start, win_end,
            [](icalcomponent*, struct icaltime_span* span, void* data) {
                auto* c = static_cast<Ctx*>(data);
                icaltimetype s;
                if (c->all_day) {
                    s = icaltime_from_timet_with_zone(span->start, 1, nullptr);
                } else {
                    s = icaltime_from_timet_with_zone(span->start, 0, icaltimezone_get_utc_timezone());
                }
                icaltimetype e = icaltime_null_time();
                if (!icaltime_is_null_time(s) && c->duration > 0) {
                    e = s;
                    icaltime_adjust(&e, 0, 0, 0, c->duration);
                }
                // The key names the occurrence by its date in the event's own zone, as RECURRENCE-ID does.
                icaltimetype in_zone = c->all_day ? s : icaltime_convert_to_zone(s, c->start.zone ? const_cast<icaltimezone*>(c->start.zone) : icaltimezone_get_utc_timezone());
                const std::string key = *c->uid + "@" + CivilDate{in_zone.year, in_zone.month, in_zone.day}.Iso();
                Event ev = MakeEvent(c->ev, key, s, e, c->all_day, *c->tz, *c->rules);
                (*c->out)[key] = Occurrence{key, std::move(ev)};
            },
            &ctx);
        // RDATEs, also as periods (Nextcloud writes VALUE=PERIOD), which the expansion above leaves out.
        for (icalproperty* p = icalcomponent_get_first_property(ev, ICAL_RDATE_PROPERTY); p;
             p = icalcomponent_get_next_property(ev, ICAL_RDATE_PROPERTY)) {
            const icaldatetimeperiodtype dp = icalproperty_get_rdate(p);
            const bool is_period = icaltime_is_null_time(dp.time);
            icaltimetype s = is_period ? dp.period.start : dp.time;
            if (icaltime_is_null_time(s) || !icaltime_is_valid_time(s)) continue;
            if (!s.zone && !s.is_date && !icaltime_is_utc(s)) s.zone = start.zone;
            icaltimetype e = icaltime_null_time();
            if (is_period && !icaltime_is_null_time(dp.period.end)) {
                e = dp.period.end;
                if (!e.zone && !icaltime_is_utc(e)) e.zone = s.zone;
            } else if (duration > 0) {
                e = s;
                icaltime_adjust(&e, 0, 0, 0, duration);
            }
            const icaltimetype in_zone =
                s.is_date ? s : icaltime_convert_to_zone(s, start.zone ? const_cast<icaltimezone*>(start.zone)
                                                                      : icaltimezone_get_utc_timezone());
            const std::string key = uid + "@" + CivilDate{in_zone.year, in_zone.month, in_zone.day}.Iso();
            if (!occurrences.count(key))
                occurrences[key] = Occurrence{key, MakeEvent(ev, key, s, e, s.is_date != 0, school_tz, rules)};
        }
    }
    for (auto& [key, o] : overrides) occurrences[key] = std::move(o);  // RECURRENCE-ID hides the original
    const std::string lo = from.Iso(), hi = to.Iso();
    for (auto& [key, o] : occurrences) {
        if (o.event.uid.empty()) continue;  // a cancelled occurrence
        // A date libical let through that is no date ("202612-2" read as day -2): an error, not an event.
        if (!CivilDate::Parse(o.event.start_date) || !CivilDate::Parse(o.event.end_date) ||
            o.event.end_date < o.event.start_date) {
            notes.Add("events whose date is not a real date, left out",
                      "\"" + o.event.title + "\" (" + o.event.start_date + ")");
            ++out.skipped;
            continue;
        }
        if (o.event.end_date < lo || o.event.start_date > hi) continue;
        out.events.push_back(std::move(o.event));
    }
    // A file whose every event was unreadable would empty the kiosk's calendar: refused instead.
    if (!events.empty() && occurrences.empty() && out.cancelled == 0 && out.skipped == static_cast<int>(events.size()))
        out.errors.push_back("none of its " + std::to_string(events.size()) + " events could be read");
    out.notes = notes.Lines();
    return out;
}

CalendarImportResult ImportCalendar(SQLite::Database& db, const std::string& ics_text, const CivilDate& today,
                                    const std::string& school_tz, const EventRules& rules, int weeks_ahead) {
    CalendarImportResult r;
    const CivilDate from = today.MondayOfWeek().AddDays(-7);
    const CalendarParse p = ParseCalendar(ics_text, from, today.AddDays(7 * weeks_ahead), school_tz, rules);
    r.cancelled = p.cancelled;
    r.skipped = p.skipped;
    r.notes = p.notes;
    if (!p.errors.empty()) {
        r.errors = p.errors;
        return r;  // the calendar stays as it was
    }
    store::Transaction tx(db);
    store::EventsRepo events(db);
    std::set<std::string> keep;
    for (const Event& e : p.events) {
        events.Upsert(e);
        keep.insert(e.uid);
        ++r.events;
    }
    r.removed = events.RemoveFromSourceExcept("ics", keep);
    tx.Commit();
    return r;
}

}  // namespace kd
