// The voice: clips decoded, a school's recordings imported and preferred, the
// sound device fed (SDL's disk driver: the samples land in a file), and what
// the parent screens say and when.
#include "app/kiosk_controller.h"
#include "media/audio_out.h"
#include "media/voice.h"
#include "services/demo_school.h"
#include "services/kiosk_database.h"
#include "support/test_files.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>
#include <sndfile.h>

#include <cmath>
#include <cstdlib>
#include <chrono>
#include <fstream>
#include <thread>

using namespace kd;
namespace fs = std::filesystem;

namespace {

const fs::path kShareVoice = fs::path(KLASDEUR_TEST_SHARE) / "voice";

// A second of a 440 Hz tone as a phone might record it: stereo WAV at 44.1 kHz,
// with half a second of silence before and after.
void WriteWav(const fs::path& file, int rate = 44100) {
    SF_INFO info{};
    info.samplerate = rate;
    info.channels = 2;
    info.format = SF_FORMAT_WAV | SF_FORMAT_PCM_16;
    SNDFILE* f = sf_open(file.c_str(), SFM_WRITE, &info);
    REQUIRE(f);
    std::vector<float> frames(static_cast<size_t>(rate) * 2 * 2, 0.0f);
    for (int i = rate / 2; i < rate * 3 / 2; ++i) {
        const float v = 0.5f * static_cast<float>(std::sin(2 * M_PI * 440.0 * i / rate));
        frames[static_cast<size_t>(i) * 2] = frames[static_cast<size_t>(i) * 2 + 1] = v;
    }
    sf_writef_float(f, frames.data(), rate * 2);
    sf_close(f);
}

}  // namespace

TEST_CASE("voice: the build made a clip of every spoken message in Dutch, and it decodes") {
    const media::VoiceLibrary lib(kShareVoice, {});
    REQUIRE_FALSE(lib.Empty());
    for (const std::string& msgid : lib.Msgids()) {
        INFO(msgid);
        CHECK(lib.SourceOf("nl", msgid) == media::VoiceLibrary::Source::Synthetic);
    }
    const media::Pcm pcm = media::DecodeClip(lib.Find("nl", "What is it about?"));
    CHECK(pcm.rate >= 16000);
    CHECK(pcm.Seconds() > 0.5);
    CHECK(pcm.Seconds() < 5.0);
    // Somali has no synthetic voice: nothing, until the school records one.
    CHECK(lib.Find("so", "What is it about?").empty());
    CHECK(lib.Find("../nl", "What is it about?").empty());
}

TEST_CASE("voice: a pack with a bad file, a wrong name, an AAC recording and a good clip") {
    test::TempDir dir("voice-pack");
    const fs::path rec = dir.path / "stick";
    fs::create_directories(rec);
    WriteWav(rec / "what-is-it-about.wav");
    std::ofstream(rec / "sick.mp3") << "this is not an mp3 at all";
    WriteWav(rec / "what-is-it-abuot.wav");  // a typo in the name
    std::ofstream(rec / "please-call-me.m4a") << "....ftypM4A ";
    std::ofstream(rec / ".DS_Store") << "x";
    const media::VoiceLibrary lib(kShareVoice, dir.path / "voice");

    const media::PackImportReport r = media::ImportVoicePack(lib, "so", rec);
    CHECK(r.imported == 1);
    REQUIRE(r.problems.size() == 3);
    CHECK_THAT(r.problems[0], Catch::Contains("please-call-me.m4a") && Catch::Contains("MP3, Ogg, Opus or WAV"));
    CHECK_THAT(r.problems[1], Catch::Contains("sick.mp3") && Catch::Contains("cannot be used"));
    CHECK_THAT(r.problems[2], Catch::Contains("what-is-it-abuot.wav") && Catch::Contains("klasdeur voice list"));

    // The recording is the voice for Somali now, trimmed of its silence, mono.
    CHECK(lib.SourceOf("so", "What is it about?") == media::VoiceLibrary::Source::Human);
    const media::Pcm pcm = media::DecodeClip(lib.Find("so", "What is it about?"));
    CHECK(pcm.rate == 44100);
    CHECK(pcm.Seconds() == Approx(1.1).margin(0.05));  // the second of sound and 0.05 s either side
    // And a pack overrides the synthetic voice where there is one.
    CHECK(media::ImportVoicePack(lib, "nl", rec).imported == 1);
    CHECK(lib.SourceOf("nl", "What is it about?") == media::VoiceLibrary::Source::Human);
    CHECK(lib.SourceOf("nl", "Sick") == media::VoiceLibrary::Source::Synthetic);
}

TEST_CASE("voice: the sound device gets the clip's samples, and the latency is known") {
    test::TempDir dir("voice-disk");
    const fs::path out = dir.path / "sdl.raw";
    setenv("SDL_DISKAUDIOFILE", out.c_str(), 1);
    setenv("SDL_DISKAUDIODELAY", "0", 1);
    {
        media::AudioOut audio("disk");
        REQUIRE(audio.Available());
        const media::VoiceLibrary lib(kShareVoice, {});
        const fs::path clip = lib.Find("nl", "Thank you!");
        const media::Pcm pcm = media::DecodeClip(clip);
        audio.Play(clip, 1.0f);
        audio.Drain();
        // Every sample of the clip, at the device's rate.
        const double expected = pcm.Seconds() * audio.Rate();
        CHECK(static_cast<double>(audio.SamplesPlayed()) == Approx(expected).epsilon(0.03));  // (the resampler's last block)
        CHECK(audio.LastStartLatency() >= 0.0);
        CHECK(audio.LastStartLatency() < 1.0);
        const long long before = audio.SamplesPlayed();
        audio.Tone(880, 0.1f, 0.5f);
        audio.Drain();
        CHECK(audio.SamplesPlayed() - before == audio.Rate() / 10);
    }
    // What reached the "device": float samples, not all silence.
    const std::string raw = test::ReadBytes(out);
    REQUIRE(raw.size() >= sizeof(float) * 4800);
    const auto* s = reinterpret_cast<const float*>(raw.data());
    float peak = 0;
    for (size_t i = 0; i < raw.size() / sizeof(float); ++i) peak = std::max(peak, std::fabs(s[i]));
    CHECK(peak > 0.1f);
}

TEST_CASE("voice: a silence closes the device (no CPU at rest); the next sound opens it again") {
    test::TempDir dir("voice-close");
    setenv("SDL_DISKAUDIOFILE", (dir.path / "sdl.raw").c_str(), 1);
    media::AudioOut audio("disk", 0.3);
    REQUIRE(audio.Available());
    CHECK(audio.DeviceOpen());
    audio.Tone(440, 0.05f, 0.5f);
    audio.Drain();
    std::this_thread::sleep_for(std::chrono::milliseconds(800));
    CHECK_FALSE(audio.DeviceOpen());
    const long long before = audio.SamplesPlayed();
    audio.Tone(440, 0.05f, 0.5f);
    audio.Drain();
    CHECK(audio.SamplesPlayed() - before == audio.Rate() / 20);
}

TEST_CASE("voice: no sound device is not a crash, only silence") {
    media::AudioOut audio("no-such-driver");
    CHECK_FALSE(audio.Available());
    CHECK_THAT(audio.Problem(), Catch::Contains("no sound"));
    audio.Play(fs::path("/nonexistent.opus"), 1.0f);
    audio.Tone(440, 0.1f, 1.0f);
    audio.Drain();
    CHECK_FALSE(audio.Playing());
}

namespace {
struct Kiosk {
    std::unique_ptr<SQLite::Database> db = OpenKioskMemoryDatabase();
    ManualClock clock{20781LL * 86400 + 10 * 3600};
    std::unique_ptr<KioskController> k;
    explicit Kiosk(Settings s = {}) {
        SeedDemoSchool(*db, CivilDate{2026, 11, 24});
        k = std::make_unique<KioskController>(*db, clock, s);
    }
    // What was said since the last call, as "lang:msgid|msgid" or "beep".
    std::vector<std::string> Said() {
        std::vector<std::string> out;
        for (const Speech& s : k->TakeSpeech()) {
            if (s.beep) {
                out.push_back("beep");
                continue;
            }
            std::string line = s.lang + ":";
            for (size_t i = 0; i < s.msgids.size(); ++i) line += (i ? "|" : "") + s.msgids[i];
            out.push_back(line);
        }
        return out;
    }
};
}  // namespace

TEST_CASE("voice: each step says its question when it opens, and the check mark says it was sent") {
    Kiosk f;
    f.k->Dispatch(intent::SetLanguage{"fr"});
    CHECK(f.Said() == std::vector<std::string>{"fr:Hello! This screen now speaks your language."});
    f.k->Dispatch(intent::Navigate{Screen::TellChild});
    CHECK(f.Said() == std::vector<std::string>{"fr:Who is it about?"});
    f.k->Dispatch(intent::PickChild{f.k->Data().children[0].id});
    CHECK(f.Said() == std::vector<std::string>{"fr:What is it about?"});
    f.k->Dispatch(intent::PickTopic{"sick"});
    CHECK(f.Said() == std::vector<std::string>{"fr:How do you feel about it?"});
    f.k->Dispatch(intent::PickFeeling{4});
    CHECK(f.Said() == std::vector<std::string>{"fr:What would you like?"});
    // A picture held down says what it is, and chooses nothing.
    f.k->Dispatch(intent::Hear{"Please call me"});
    CHECK(f.Said() == std::vector<std::string>{"fr:Please call me"});
    CHECK(f.k->State().screen == Screen::TellWish);
    f.k->Dispatch(intent::PickWish{"call_me"});
    CHECK(f.Said() == std::vector<std::string>{"fr:Thank you!|The teacher will see this today."});
    f.clock.Advance(KioskController::kTakeBackArmSeconds + 0.1);
    f.k->Dispatch(intent::TakeBack{});
    CHECK(f.Said() == std::vector<std::string>{"fr:Taken back. Nothing was sent."});
}

TEST_CASE("voice: silent when muted, when the school turned it off, on the teacher's screens and in the slideshow") {
    {
        Kiosk f;
        f.k->Dispatch(intent::ToggleMute{});
        f.k->Dispatch(intent::Navigate{Screen::TellChild});
        f.k->Dispatch(intent::Hear{"Sick"});
        CHECK(f.Said().empty());
        // The next parent hears it again.
        f.clock.Advance(Settings{}.idle_timeout_s + 1);
        f.k->Tick();
        f.Said();
        CHECK_FALSE(f.k->State().muted);
        f.k->Dispatch(intent::Navigate{Screen::TellChild});
        CHECK(f.Said() == std::vector<std::string>{"nl:Who is it about?"});
    }
    {
        Settings off;
        off.voice = false;
        Kiosk f(off);
        f.k->Dispatch(intent::Navigate{Screen::TellChild});
        CHECK(f.Said().empty());
    }
    {
        Settings quiet;
        quiet.voice_volume = 30;
        Kiosk f(quiet);
        f.k->Dispatch(intent::Navigate{Screen::TellChild});
        const auto said = f.k->TakeSpeech();
        REQUIRE(said.size() == 1);
        CHECK(said[0].volume == Approx(0.3f));
    }
}

TEST_CASE("voice: the last five seconds before going home beep, once a second") {
    Kiosk f;
    f.k->Dispatch(intent::Navigate{Screen::TellChild});
    f.Said();
    int beeps = 0;
    const int steps = (Settings{}.idle_timeout_s + 2) * 10;
    for (int i = 0; i < steps; ++i) {
        f.clock.Advance(0.1);
        f.k->Tick();
        for (const std::string& s : f.Said()) beeps += s == "beep";
    }
    CHECK(beeps == 5);
    CHECK(f.k->State().screen == Screen::Home);
}
