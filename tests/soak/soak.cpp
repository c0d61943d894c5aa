// The soak: one kiosk, one database, a long school term in fast motion.
// Parents tap at random over every parent screen (languages, photos, the week,
// the poll, the flow to the teacher), send messages or walk away; teachers log
// in, read and answer. Checked: no crash; after each parent the kiosk is back
// at rest (home, default language, no draft); resident memory grows by less
// than a few MiB after warm-up; the database is sound and holds exactly one row
// per check mark shown. Built with AddressSanitizer, LeakSanitizer checks the
// end (docs/RELIABILITY.md).
//
//   klasdeur_soak DB_FILE PARENT_SESSIONS TEACHER_SESSIONS [SEED]
#include "../ui/headless_kiosk.h"
#include "services/teacher_code.h"
#include "store/concerns_repo.h"
#include "store/database.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <string>
#include <unistd.h>
#include <vector>

using namespace kd;

namespace {

constexpr const char* kCode = "soak2026";

double RssMiB() {
    std::ifstream statm("/proc/self/statm");
    long pages = 0, resident = 0;
    statm >> pages >> resident;
    return static_cast<double>(resident) * static_cast<double>(::sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
}

[[noreturn]] void Fail(const std::string& what) {
    std::fprintf(stderr, "soak: FAILED: %s\n", what.c_str());
    std::exit(1);
}

class Soak {
public:
    Soak(const std::string& db_file, unsigned seed) : m_k(1920, 1080, Settings{}, db_file), m_rng(seed) {
        m_k.Controller().SetConfirmedListener([this](const Concern&) { ++m_confirmed; });
        // A random tapper on the check mark takes some back: those rows must be gone.
        m_k.Controller().SetTakenBackListener([this](const Concern&) { ++m_taken_back; });
        TeacherCode code(m_k.Db(), m_k.Clock());
        if (!code.IsSet()) code.Set(kCode);
        m_k.Settle();
    }

    int Confirmed() const { return m_confirmed; }
    int TakenBack() const { return m_taken_back; }
    test::HeadlessKiosk& Kiosk() { return m_k; }

    // A parent: a few to a few dozen taps, then gone; half of them try to tell the teacher something.
    void Parent() {
        if (Chance(0.5)) TellTheTeacher();
        const int taps = Between(1, 30);
        for (int i = 0; i < taps; ++i) TapAnything();
        WalkAway();
    }

    // A teacher: holds the corner, types the code, reads, answers a few, visits the tabs, logs out.
    void Teacher() {
        WalkAway();
        if (!m_k.Hold("home.teacher", 3.2)) Fail("no corner mark on home");
        m_k.TypeOnKeyboard(kCode, true);
        if (m_k.CurrentScreen() != Screen::TeacherInbox) Fail("the code did not open the inbox");
        for (int i = 0; i < Between(2, 12); ++i) {
            const auto ids = Ids([](const std::string& id) {
                // Reading and answering, and the tabs; nothing that changes the class or the settings.
                return id.rfind("answer.", 0) == 0 || id.rfind("notice.ok", 0) == 0 ||
                       (id.rfind("teacher.", 0) == 0 && id != "teacher.logout");
            });
            if (ids.empty()) break;
            Tap(ids[Between(0, static_cast<int>(ids.size()) - 1)]);
        }
        if (!m_k.Tap("teacher.logout") && m_k.CurrentScreen() != Screen::Home) WalkAway();
        if (m_k.CurrentScreen() != Screen::Home) Fail("logging out did not bring home back");
        ++m_teachers;
    }

private:
    bool Chance(double p) { return std::uniform_real_distribution<double>(0, 1)(m_rng) < p; }
    int Between(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }

    template <typename F>
    std::vector<std::string> Ids(F keep) const {
        std::vector<std::string> out;
        for (const auto& it : m_k.Map().Items())
            if (keep(it.id)) out.push_back(it.id);
        return out;
    }

    // A tap, a moment of looking, the timers.
    void Tap(const std::string& id) {
        m_k.Tap(id);
        m_k.Clock().Advance(0.5 + std::uniform_real_distribution<double>(0, 3)(m_rng));
        if (m_k.Controller().Tick()) m_k.Settle();
    }

    bool TapPrefix(const char* prefix) {
        const auto ids = Ids([prefix](const std::string& id) { return id.rfind(prefix, 0) == 0; });
        if (ids.empty()) return false;
        Tap(ids[Between(0, static_cast<int>(ids.size()) - 1)]);
        return true;
    }

    // Anything on screen but the teacher's corner (a parent's tap there does nothing anyway).
    void TapAnything() {
        const auto ids = Ids([](const std::string& id) { return id != "home.teacher"; });
        if (!ids.empty()) Tap(ids[Between(0, static_cast<int>(ids.size()) - 1)]);
    }

    void TellTheTeacher() {
        if (Chance(0.3)) TapPrefix("lang.");
        if (!m_k.Tap("home.tell")) return;
        if (Chance(0.1)) TapPrefix("class.");
        if (!TapPrefix("child.")) return;  // a child, or "the whole class" (child.class)
        if (!TapPrefix("topic.")) return;
        if (Chance(0.1)) return;  // changed their mind: walks away mid-flow
        for (int i = 0; i < Between(0, 2); ++i) {  // more topics, through "+ another topic"
            if (m_k.CurrentScreen() == Screen::TellFeeling && !TapPrefix("feeling.")) return;
            if (!m_k.Tap("nav.another-topic")) break;
            m_k.Settle();
            if (!TapPrefix("topic.")) return;
        }
        if (m_k.CurrentScreen() == Screen::TellFeeling && !TapPrefix("feeling.")) return;
        if (m_k.CurrentScreen() == Screen::TellTopic) Tap("nav.next");  // a picked topic tapped again, then on
        if (m_k.CurrentScreen() == Screen::TellFeeling && !TapPrefix("feeling.")) return;
        if (Chance(0.2)) Tap("wish.interpreter");
        const int before = m_confirmed;
        if (!TapPrefix("wish.")) return;  // the wish sends
        if (m_confirmed == before + 1 && m_k.CurrentScreen() != Screen::TellDone && m_k.CurrentScreen() != Screen::Home)
            Fail("a message was stored but the check mark did not show");
        if (m_confirmed == before && m_k.CurrentScreen() == Screen::TellDone) Fail("a check mark without a stored message");
    }

    // The parent leaves; the idle time-out passes: the next parent must find a kiosk at rest.
    void WalkAway() {
        m_k.Clock().Advance(Settings{}.idle_timeout_s + 1.0);
        m_k.Controller().Tick();
        m_k.Clock().Advance(KioskController::kDoneSeconds + 1.0);
        m_k.Controller().Tick();
        m_k.Settle();
        if (!m_k.Controller().AtRest())
            Fail("after the idle time-out the kiosk is not at rest (screen " +
                 std::string(ScreenName(m_k.CurrentScreen())) + ")");
    }

    test::HeadlessKiosk m_k;
    std::mt19937 m_rng;
    int m_confirmed = 0;
    int m_taken_back = 0;
    int m_teachers = 0;
};

}  // namespace

int main(int argc, char** argv) {
    if (argc < 4) {
        std::fprintf(stderr, "usage: %s DB_FILE PARENT_SESSIONS TEACHER_SESSIONS [SEED]\n", argv[0]);
        return 2;
    }
    const std::string db_file = argv[1];
    const int parents = std::atoi(argv[2]), teachers = std::atoi(argv[3]);
    const unsigned seed = argc > 4 ? static_cast<unsigned>(std::atoi(argv[4])) : 20261202u;
    std::remove(db_file.c_str());
    int before = 0, confirmed = 0, taken_back = 0;
    double rss_warm = 0, rss_end = 0, rss_peak = 0;
    {
        Soak soak(db_file, seed);
        before = store::ConcernsRepo(soak.Kiosk().Db()).Count();
        const int warm_up = std::max(1, parents / 10);
        const int teacher_every = teachers > 0 ? std::max(1, parents / teachers) : parents + 1;
        int teachers_done = 0;
        for (int i = 1; i <= parents; ++i) {
            soak.Parent();
            if (i % teacher_every == 0 && teachers_done < teachers) {
                soak.Teacher();
                ++teachers_done;
            }
            if (i == warm_up) rss_warm = RssMiB();
            rss_peak = std::max(rss_peak, RssMiB());
            if (i % 1000 == 0) std::printf("soak: %d parents, %d teachers, %.1f MiB\n", i, teachers_done, RssMiB());
        }
        rss_end = RssMiB();
        confirmed = soak.Confirmed();
        taken_back = soak.TakenBack();
        SQLite::Database& db = soak.Kiosk().Db();
        const std::string integrity = store::IntegrityCheck(db);
        const int rows = store::ConcernsRepo(db).Count();
        std::printf("soak: %d parent sessions, %d teacher sessions, %d check marks, %d taken back, %d new rows; "
                    "integrity_check %s\n",
                    parents, teachers_done, confirmed, taken_back, rows - before, integrity.c_str());
        std::printf("soak: RSS %.1f MiB after warm-up (%d sessions), %.1f MiB at the end (%+.2f MiB), peak %.1f MiB\n",
                    rss_warm, warm_up, rss_end, rss_end - rss_warm, rss_peak);
        if (integrity != "ok") Fail("integrity_check: " + integrity);
        if (rows - before != confirmed - taken_back) Fail("rows differ from check marks less the ones taken back");
        if (confirmed == 0) Fail("no message was sent at all");
        if (teachers_done != teachers) Fail("not every teacher session ran");
    }
    // Growth under a few MiB once warm: a slow leak would show as tens over thousands of sessions.
    // (Not under AddressSanitizer: its quarantine keeps freed memory; LeakSanitizer judges there.)
#if !defined(__SANITIZE_ADDRESS__)
    if (rss_end - rss_warm > 4.0) Fail("resident memory grew by more than 4 MiB after warm-up");
#endif
    return 0;
}
