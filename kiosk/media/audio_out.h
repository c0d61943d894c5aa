#pragma once
// The loudspeaker (or headphones): SDL2's audio. Play() returns at once; a
// worker thread decodes the clip and hands it to the device, so a frame never
// waits for sound. A new clip cuts off the one playing (a parent who taps on
// does not want to hear the last tile out). The device is opened at start (to
// know there is one) and kept open while parents use the kiosk; after
// kCloseAfterSeconds of silence it is closed, because even a paused SDL device
// keeps a thread busy (0.45 % of a core), and opened again for the next sound.
// Without a sound device the kiosk runs silent and Problem() says why.
#include "media/voice.h"

#include <condition_variable>
#include <filesystem>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace kd::media {

class AudioOut {
public:
    static constexpr double kCloseAfterSeconds = 30.0;

    // `driver`: empty for SDL's choice (PipeWire, PulseAudio, ALSA); "disk" or
    // "dummy" for tests (SDL_AUDIODRIVER does the same).
    explicit AudioOut(const std::string& driver = "", double close_after_seconds = kCloseAfterSeconds);
    ~AudioOut();
    AudioOut(const AudioOut&) = delete;
    AudioOut& operator=(const AudioOut&) = delete;

    bool Available() const { return m_available; }
    bool DeviceOpen() const;  // (tests: closed after a silence)
    const std::string& Problem() const { return m_problem; }
    int Rate() const { return m_rate; }

    // volume 0..1. Replaces whatever is playing. Several clips: one after
    // another, a breath apart.
    void Play(const std::vector<std::filesystem::path>& clips, float volume);
    void Play(const std::filesystem::path& clip, float volume) { Play(std::vector<std::filesystem::path>{clip}, volume); }
    // A short soft beep (the last seconds before the kiosk goes home).
    void Tone(float hz, float seconds, float volume);
    void Stop();
    bool Playing() const;
    // Blocks until nothing is waiting to be played or playing (tests, `klasdeur say`).
    void Drain();

    // Seconds from the last Play() to its first sample copied to the device (-1: not yet).
    double LastStartLatency() const;
    // Samples copied to the device since it opened, not counting silence (tests).
    long long SamplesPlayed() const;

private:
    struct Request {
        std::vector<std::filesystem::path> clips;  // none: a tone
        float hz = 0, seconds = 0, volume = 1;
        double asked_at = 0;
    };
    static void Callback(void* self, unsigned char* stream, int len);
    void Fill(float* out, int n);
    void Worker();
    Pcm Prepare(const Request& r);
    bool OpenDevice();   // under no lock; true when open
    void CloseDevice();

    double m_close_after = kCloseAfterSeconds;
    bool m_available = false;
    unsigned m_device = 0;
    int m_rate = 48000;
    std::string m_problem;

    mutable std::mutex m_mutex;
    std::condition_variable m_cv;
    std::vector<Request> m_pending;  // at most one: a newer request replaces it
    bool m_quit = false;
    bool m_busy = false;             // the worker holds a request: preparing or playing it
    std::vector<float> m_playing;    // at the device's rate, volume applied
    size_t m_pos = 0;
    double m_asked_at = 0, m_latency = -1;
    long long m_samples_played = 0;
    std::thread m_worker;
};

}  // namespace kd::media
