#include "services/teacher_session.h"

#include "i18n/dates.h"
#include "services/sealed_concerns.h"
#include "services/teacher_code.h"
#include "store/concerns_repo.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <sodium.h>

#include <algorithm>
#include <cstdio>

namespace kd {
namespace {

int Rank(ConcernStatus s) {
    switch (s) {
        case ConcernStatus::New: return 0;
        case ConcernStatus::WillTalk: return 1;
        case ConcernStatus::Seen: return 2;
        case ConcernStatus::Done: return 3;
    }
    return 0;
}

void Count(const Concern& c, ConcernCounts& into) {
    for (const std::string& t : c.topics) ++into.topics[t];
    if (c.feeling >= 1 && c.feeling <= 5) ++into.feelings[c.feeling - 1];
    ++into.total;
}

}  // namespace

void SortForInbox(std::vector<Concern>& v) {
    std::stable_sort(v.begin(), v.end(), [](const Concern& a, const Concern& b) {
        if (Rank(a.status) != Rank(b.status)) return Rank(a.status) < Rank(b.status);
        return a.created_at > b.created_at;
    });
}

void TeacherSession::Wipe(std::string& s) {
    if (!s.empty()) sodium_memzero(s.data(), s.size());
    s.clear();
}

void TeacherSession::Begin() {
    End();
    m_prompt = TeacherCode(m_db, m_clock).IsSet() ? CodePrompt::Enter : CodePrompt::Choose;
}

void TeacherSession::Key(char c) {
    if (Unlocked() || m_entry.size() >= kMaxCodeLength || static_cast<unsigned char>(c) < 0x20) return;
    m_entry.push_back(c);
}

void TeacherSession::Erase() {
    if (m_entry.empty()) return;
    sodium_memzero(&m_entry.back(), 1);
    m_entry.pop_back();
}

std::int64_t TeacherSession::WaitSecondsLeft() const {
    return std::max<std::int64_t>(0, m_wait_until - m_clock.UnixSeconds());
}

bool TeacherSession::Submit(const std::vector<Id>& classes) {
    if (Unlocked()) return true;
    TeacherCode code(m_db, m_clock);
    switch (m_prompt) {
        case CodePrompt::Choose:
        case CodePrompt::TooShort:
        case CodePrompt::Mismatch:
        case CodePrompt::NotOnKeys:
            // Only what the on-screen keys can type: a capital from a plugged-in keyboard would lock the door.
            if (!CodeAlphabetProblem(m_entry).empty()) {
                m_prompt = CodePrompt::NotOnKeys;
                Wipe(m_entry);
                return false;
            }
            if (m_entry.size() < kMinCodeLength) {
                m_prompt = CodePrompt::TooShort;
                Wipe(m_entry);
                return false;
            }
            m_chosen.assign(m_entry);  // into the reserved buffer
            Wipe(m_entry);
            m_prompt = CodePrompt::Repeat;
            return false;
        case CodePrompt::Repeat:
            if (m_entry != m_chosen) {
                Wipe(m_entry);
                Wipe(m_chosen);
                m_prompt = CodePrompt::Mismatch;
                return false;
            }
            Wipe(m_chosen);
            try {
                code.Set(m_entry);
            } catch (const std::exception& e) {
                std::fprintf(stderr, "klasdeur: the teacher code could not be set: %s\n", e.what());
                Wipe(m_entry);
                m_prompt = CodePrompt::Choose;
                return false;
            }
            break;  // set: now log in with it
        default: break;
    }
    const LoginResult r = code.Login(m_entry);
    if (r.outcome == LoginOutcome::Ok) {
        try {
            // Classes that got keys before there was a code now get them wrapped for it.
            AdoptPendingClassKeys(m_db, m_entry);
            for (Id c : classes) {
                if (!HasClassKeys(m_db, c)) EnsureClassKeys(m_db, c, m_entry);
                if (auto k = UnlockedClassKey::Unlock(m_db, c, m_entry)) m_keys[c] = std::move(k);
            }
        } catch (const std::exception& e) {
            std::fprintf(stderr, "klasdeur: the class keys could not be opened: %s\n", e.what());
        }
        Wipe(m_entry);
        // The code is right but opens no class key: logged in, nothing to read; said in the log.
        if (m_keys.empty()) std::fprintf(stderr, "klasdeur: the teacher code opens no class key\n");
        m_unlocked = true;
        m_prompt = CodePrompt::Enter;
        return true;
    }
    Wipe(m_entry);
    if (r.outcome == LoginOutcome::NoCode) {
        m_prompt = CodePrompt::Choose;
        return false;
    }
    m_wait_until = m_clock.UnixSeconds() + r.wait_seconds;
    m_prompt = r.outcome == LoginOutcome::Wait ? CodePrompt::Wait : CodePrompt::Wrong;
    return false;
}

void TeacherSession::End() {
    m_unlocked = false;
    m_keys.clear();  // each key wipes itself (sodium_free)
    Wipe(m_entry);
    Wipe(m_chosen);
    m_inbox = TeacherInbox{};  // opened content: gone with the session
    m_prompt = CodePrompt::Enter;
}

void TeacherSession::Reload(const CivilDate& today, const std::string& time_zone, const std::string& lang) {
    TeacherInbox box;
    const std::int64_t day_start = i18n::StartOfLocalDay(today, time_zone);
    const std::int64_t day_end = i18n::StartOfLocalDay(today.AddDays(1), time_zone);
    const CivilDate monday = today.MondayOfWeek();
    const std::int64_t week_start = i18n::StartOfLocalDay(monday, time_zone);
    const std::int64_t week_end = i18n::StartOfLocalDay(monday.AddDays(7), time_zone);
    const std::int64_t month_start = i18n::StartOfLocalDay(CivilDate{today.year, today.month, 1}, time_zone);
    const std::int64_t from = std::min(week_start, month_start);
    const std::int64_t to = std::max(week_end, day_end);
    for (const auto& [class_id, key] : m_keys) {
        if (!key) continue;
        int bad = 0;
        for (Concern& c : OpenConcerns(m_db, *key, class_id, from, to, &bad)) {
            if (c.created_at >= month_start && c.created_at < day_end) Count(c, box.month);
            if (c.created_at >= week_start && c.created_at < week_end) Count(c, box.week);
            if (c.created_at >= day_start && c.created_at < day_end)
                (c.same_day && c.status != ConcernStatus::Done ? box.before_pickup : box.today).push_back(std::move(c));
            else if (c.created_at >= week_start && c.created_at < day_start) box.earlier.push_back(std::move(c));
        }
        box.unreadable += bad;
    }
    std::sort(box.before_pickup.begin(), box.before_pickup.end(),
              [](const Concern& a, const Concern& b) { return a.created_at != b.created_at ? a.created_at < b.created_at : a.id < b.id; });
    SortForInbox(box.today);
    SortForInbox(box.earlier);
    for (const auto* list : {&box.before_pickup, &box.today})
        for (const Concern& c : *list) box.when[c.id] = i18n::LocalDateTime(c.created_at, time_zone).Hhmm();
    for (const Concern& c : box.earlier) {
        const i18n::LocalTime t = i18n::LocalDateTime(c.created_at, time_zone);
        box.when[c.id] = i18n::FormatWeekday(t.date, lang) + " " + t.Hhmm();
    }
    m_inbox = std::move(box);
}

bool TeacherSession::SetStatus(Id concern_id, ConcernStatus status) {
    if (!Unlocked()) return false;
    auto find = [&](std::vector<Concern>& v) -> Concern* {
        for (Concern& c : v)
            if (c.id == concern_id) return &c;
        return nullptr;
    };
    Concern* c = find(m_inbox.before_pickup);
    if (!c) c = find(m_inbox.today);
    if (!c) c = find(m_inbox.earlier);
    if (!c) return false;  // only what this session shows can be answered
    const std::int64_t now = m_clock.UnixSeconds();
    if (!store::ConcernsRepo(m_db).SetStatus(concern_id, status, now)) return false;
    c->status = status;
    c->status_at = now;
    return true;
}

}  // namespace kd
