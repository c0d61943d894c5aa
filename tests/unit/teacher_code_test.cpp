// The teacher code (Argon2id, growing waits, lockout that survives a restart)
// and concerns sealed to a class key that only the code unwraps.
#include "services/class_keys.h"
#include "services/demo_school.h"
#include "services/kiosk_database.h"
#include "services/teacher_code.h"
#include "store/database.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

using namespace kd;

namespace {
constexpr std::int64_t kNow = 20781LL * 86400 + 16 * 3600;
}

TEST_CASE("the code is kept only as an Argon2id hash; at least eight characters") {
    auto db = OpenKioskMemoryDatabase();
    ManualClock clock(kNow);
    TeacherCode tc(*db, clock);
    CHECK(tc.Login("anything").outcome == LoginOutcome::NoCode);
    CHECK_THROWS_WITH(tc.Set("1234567"), Catch::Contains("at least 8"));
    tc.Set("vlinders2026");
    const std::string stored = db->execAndGet("SELECT code_hash FROM teacher_code").getString();
    CHECK(stored.rfind("$argon2id$", 0) == 0);
    CHECK(stored.find("vlinders2026") == std::string::npos);
    CHECK(tc.Login("vlinders2026").outcome == LoginOutcome::Ok);
    CHECK(tc.Login("vlinders2025").outcome == LoginOutcome::WrongCode);
    // Changing it needs the current one.
    CHECK_THROWS_WITH(tc.Set("nieuwecode1", "wrong-code"), Catch::Contains("current code"));
    tc.Set("nieuwecode1", "vlinders2026");
    CHECK(tc.Login("vlinders2026").outcome == LoginOutcome::WrongCode);
    CHECK(tc.Login("nieuwecode1").outcome == LoginOutcome::Ok);
}

TEST_CASE("a code holds only what the kiosk's keyboard can type: 0-9 and a-z; anything else is named") {
    auto db = store::OpenMemoryDatabase();
    ManualClock clock(kNow);
    TeacherCode tc(*db, clock);
    // The alphabet in one place: exactly the digits and the small letters.
    for (int b = 0; b < 256; ++b) {
        const char c = static_cast<char>(b);
        CHECK(CodeCharacterAllowed(c) == ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')));
    }
    CHECK(kCodeAlphabet.size() == 36);

    CHECK_THROWS_WITH(tc.Set("juf-sarah-2026"), Catch::Contains("'-' cannot be typed on the kiosk") &&
                                                   Catch::Contains("the digits 0-9 and the small letters a-z"));
    CHECK_THROWS_WITH(tc.Set("Vlinders2026"), Catch::Contains("'V' cannot be typed"));
    CHECK_THROWS_WITH(tc.Set("juf sarah 2026"), Catch::Contains("a space cannot be typed"));
    CHECK_THROWS_WITH(tc.Set("caf\u00e9caf\u00e9"), Catch::Contains("'\u00e9' (U+00E9) cannot be typed"));
    // Each one named once, all of them: the code is fixed in one go.
    CHECK_THROWS_WITH(tc.Set("Juf-Sarah-2026"), Catch::Contains("'J', '-' and 'S' cannot be typed"));
    CHECK_THROWS_WITH(tc.Set("abcdefgh\xff"), Catch::Contains("the byte 0xFF"));
    CHECK_FALSE(tc.IsSet());
    CHECK(CodeAlphabetProblem("jufsarah2026").empty());

    // Long enough once it is only what the keys have: 8 to 64.
    CHECK_THROWS_WITH(tc.Set("abc1234"), Catch::Contains("at least 8"));
    CHECK_THROWS_WITH(tc.Set(std::string(65, 'a')), Catch::Contains("at most 64"));
    tc.Set(std::string(kCodeAlphabet));  // every allowed character at once
    CHECK(tc.Login(std::string(kCodeAlphabet)).outcome == LoginOutcome::Ok);
    // Changing to a code the keys lack is refused too, and the old code stays.
    CHECK_THROWS_WITH(tc.Set("Jufsarah2026", std::string(kCodeAlphabet)), Catch::Contains("'J' cannot be typed"));
    tc.Set("jufsarah2026", std::string(kCodeAlphabet));
    CHECK(tc.Login("jufsarah2026").outcome == LoginOutcome::Ok);
}

TEST_CASE("wrong codes: free tries, then growing waits, then a lockout that a restart does not undo") {
    CHECK(TeacherCode::WaitAfter(3) == 0);
    CHECK(TeacherCode::WaitAfter(4) == 30);
    CHECK(TeacherCode::WaitAfter(5) == 60);
    CHECK(TeacherCode::WaitAfter(8) == 3600);

    const auto dir = std::filesystem::temp_directory_path() / ("klasdeur-code-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    ManualClock clock(kNow);
    {
        auto db = OpenKioskDatabase(dir / "k.db");
        TeacherCode tc(*db, clock);
        tc.Set("vlinders2026");
        for (int i = 1; i <= 3; ++i) CHECK(tc.Login("nope-nope").outcome == LoginOutcome::WrongCode);
        const LoginResult fourth = tc.Login("nope-nope");
        CHECK(fourth.outcome == LoginOutcome::WrongCode);
        CHECK(fourth.wait_seconds == 30);
        // Even the right code waits now.
        CHECK(tc.Login("vlinders2026").outcome == LoginOutcome::Wait);
    }
    {
        // The power goes out; the kiosk starts again: still waiting.
        auto db = OpenKioskDatabase(dir / "k.db");
        TeacherCode tc(*db, clock);
        const LoginResult r = tc.Login("vlinders2026");
        CHECK(r.outcome == LoginOutcome::Wait);
        CHECK(r.failures == 4);
        clock.Advance(31);
        CHECK(tc.Login("vlinders2026").outcome == LoginOutcome::Ok);  // and the count starts again
        CHECK(db->execAndGet("SELECT failures FROM teacher_code").getInt() == 0);
    }
    std::filesystem::remove_all(dir);
}

TEST_CASE("concerns sealed to the class open only with the code, also after the code changed") {
    auto db = OpenKioskMemoryDatabase();
    const DemoSummary s = SeedDemoSchool(*db, CivilDate{2026, 11, 24});
    ManualClock clock(kNow);
    TeacherCode tc(*db, clock);
    CHECK_THROWS(SealForClass(*db, s.class_id, "x"));  // no key before a code is set
    tc.Set("vlinders2026");
    REQUIRE(HasClassKeys(*db, s.class_id));
    const std::string message = R"({"topics":["hurt"],"feeling":4,"wish":"talk_today"})";
    const Bytes sealed = SealForClass(*db, s.class_id, message);
    CHECK(std::string(sealed.begin(), sealed.end()).find("talk_today") == std::string::npos);

    CHECK_FALSE(UnlockedClassKey::Unlock(*db, s.class_id, "wrong-code"));
    auto key = UnlockedClassKey::Unlock(*db, s.class_id, "vlinders2026");
    REQUIRE(key);
    std::string plain;
    REQUIRE(key->Open(sealed, plain));
    CHECK(plain == message);
    Bytes tampered = sealed;
    tampered[tampered.size() / 2] ^= 1;
    CHECK_FALSE(key->Open(tampered, plain));

    tc.Set("nieuwecode1", "vlinders2026");  // the key is re-wrapped, not replaced
    CHECK_FALSE(UnlockedClassKey::Unlock(*db, s.class_id, "vlinders2026"));
    auto again = UnlockedClassKey::Unlock(*db, s.class_id, "nieuwecode1");
    REQUIRE(again);
    REQUIRE(again->Open(sealed, plain));  // what was sealed before the change still opens
    CHECK(plain == message);
}
