// The voice's cost, on the clips the build made (not part of ctest):
//   klasdeur_voice_bench SHARE_DIR [PLAYS]
// - tap -> first sample handed to the device: Play() to the first callback that
//   copies the clip, over PLAYS plays of the clips of every language, through
//   SDL's dummy driver (it asks for a buffer every 512 samples, like a real card);
// - decoding alone, per clip;
// - memory: PSS before the audio device opens and after all the plays;
// - the clips' size on disk.
#include "media/audio_out.h"
#include "media/voice.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <string>
#include <thread>
#include <vector>

namespace fs = std::filesystem;

namespace {
double PssMiB() {
    std::ifstream in("/proc/self/smaps_rollup");
    std::string key;
    double kib = 0;
    while (in >> key) {
        if (key == "Pss:") {
            in >> kib;
            break;
        }
    }
    return kib / 1024.0;
}
double Percentile(std::vector<double> v, double p) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, static_cast<size_t>(p * v.size()))];
}
}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s SHARE_DIR [PLAYS]\n", argv[0]);
        return 2;
    }
    const fs::path voice_dir = fs::path(argv[1]) / "voice";
    const int plays = argc > 2 ? std::atoi(argv[2]) : 200;
    const kd::media::VoiceLibrary lib(voice_dir, {});
    std::vector<fs::path> clips;
    uintmax_t bytes = 0;
    for (const auto& e : fs::recursive_directory_iterator(voice_dir))
        if (e.path().extension() == ".opus") clips.push_back(e.path()), bytes += e.file_size();
    std::printf("clips: %zu, %.1f MiB on disk (%.1f KiB each)\n", clips.size(), bytes / 1048576.0,
                bytes / 1024.0 / std::max<size_t>(1, clips.size()));

    std::vector<double> decode_ms;
    double seconds = 0;
    for (const fs::path& c : clips) {
        const auto t0 = std::chrono::steady_clock::now();
        const kd::media::Pcm pcm = kd::media::DecodeClip(c);
        decode_ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
        seconds += pcm.Seconds();
    }
    std::printf("decode: p50 %.2f ms, p95 %.2f ms, max %.2f ms per clip; %.0f s of speech (%.1f s a clip)\n",
                Percentile(decode_ms, 0.5), Percentile(decode_ms, 0.95), Percentile(decode_ms, 1.0), seconds,
                seconds / std::max<size_t>(1, clips.size()));

    const double pss_before = PssMiB();
    kd::media::AudioOut audio("dummy");
    if (!audio.Available()) {
        std::fprintf(stderr, "no audio: %s\n", audio.Problem().c_str());
        return 1;
    }
    std::mt19937 rng(20261203);
    std::vector<double> latency_ms;
    for (int i = 0; i < plays; ++i) {
        audio.Play(clips[rng() % clips.size()], 0.5f);
        // A parent taps on after a moment: wait for the start, then cut it off like the next tap would.
        for (int w = 0; w < 500 && audio.LastStartLatency() < 0; ++w) std::this_thread::sleep_for(std::chrono::milliseconds(1));
        latency_ms.push_back(audio.LastStartLatency() * 1000.0);
        std::this_thread::sleep_for(std::chrono::milliseconds(40));
    }
    audio.Drain();
    const double pss_after = PssMiB();
    std::printf("tap -> first sample to the device: p50 %.1f ms, p95 %.1f ms, max %.1f ms (%d plays)\n",
                Percentile(latency_ms, 0.5), Percentile(latency_ms, 0.95), Percentile(latency_ms, 1.0), plays);
    std::printf("memory: PSS %.1f MiB before the device, %.1f MiB after %d plays (+%.1f MiB)\n", pss_before, pss_after,
                plays, pss_after - pss_before);
    return 0;
}
