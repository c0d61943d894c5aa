#include "media/audio_out.h"

#include <SDL2/SDL.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <cstring>

namespace kd::media {

namespace {
double Now() {
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}
}  // namespace

AudioOut::AudioOut(const std::string& driver, double close_after_seconds) : m_close_after(close_after_seconds) {
    if (!driver.empty()) setenv("SDL_AUDIODRIVER", driver.c_str(), 1);
    if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
        m_problem = std::string("no sound: ") + SDL_GetError();
        return;
    }
    if (!OpenDevice()) {
        m_problem = std::string("no sound device: ") + SDL_GetError();
        SDL_QuitSubSystem(SDL_INIT_AUDIO);
        return;
    }
    m_available = true;
    m_worker = std::thread([this] { Worker(); });
}

AudioOut::~AudioOut() {
    if (!m_available) return;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_quit = true;
    }
    m_cv.notify_all();
    m_worker.join();
    CloseDevice();
    SDL_QuitSubSystem(SDL_INIT_AUDIO);
}

bool AudioOut::OpenDevice() {
    SDL_AudioSpec want{}, have{};
    want.freq = 48000;
    want.format = AUDIO_F32SYS;
    want.channels = 1;
    want.samples = 512;  // ~11 ms: a tap is heard at once
    want.callback = &AudioOut::Callback;
    want.userdata = this;
    const SDL_AudioDeviceID dev = SDL_OpenAudioDevice(nullptr, 0, &want, &have, SDL_AUDIO_ALLOW_FREQUENCY_CHANGE);
    std::lock_guard<std::mutex> lock(m_mutex);
    m_device = dev;
    if (dev) m_rate = have.freq;
    return dev != 0;
}

void AudioOut::CloseDevice() {
    unsigned dev = 0;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        std::swap(dev, m_device);
    }
    if (dev) SDL_CloseAudioDevice(dev);  // waits for SDL's audio thread, which takes m_mutex: not held here
}

bool AudioOut::DeviceOpen() const {
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_device != 0;
}

void AudioOut::Play(const std::vector<std::filesystem::path>& clip, float volume) {
    if (!m_available || clip.empty()) return;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_pending.assign(1, Request{clip, 0, 0, std::clamp(volume, 0.0f, 1.0f), Now()});
    }
    m_cv.notify_all();
}

void AudioOut::Tone(float hz, float seconds, float volume) {
    if (!m_available) return;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_pending.assign(1, Request{{}, hz, seconds, std::clamp(volume, 0.0f, 1.0f), Now()});
    }
    m_cv.notify_all();
}

void AudioOut::Stop() {
    std::lock_guard<std::mutex> lock(m_mutex);
    m_pending.clear();
    m_playing.clear();
    m_pos = 0;
}

bool AudioOut::Playing() const {
    std::lock_guard<std::mutex> lock(m_mutex);
    return !m_pending.empty() || m_busy;
}

void AudioOut::Drain() {
    if (!m_available) return;
    std::unique_lock<std::mutex> lock(m_mutex);
    m_cv.wait_for(lock, std::chrono::seconds(30), [this] { return m_pending.empty() && !m_busy; });
}

double AudioOut::LastStartLatency() const {
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_latency;
}

long long AudioOut::SamplesPlayed() const {
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_samples_played;
}

void AudioOut::Callback(void* self, unsigned char* stream, int len) {
    static_cast<AudioOut*>(self)->Fill(reinterpret_cast<float*>(stream), len / static_cast<int>(sizeof(float)));
}

// On SDL's audio thread: copy what is left of the clip, silence after it.
void AudioOut::Fill(float* out, int n) {
    bool finished = false;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        const size_t left = m_pos < m_playing.size() ? m_playing.size() - m_pos : 0;
        const size_t take = std::min(left, static_cast<size_t>(n));
        if (take > 0) {
            std::memcpy(out, m_playing.data() + m_pos, take * sizeof(float));
            if (m_pos == 0) m_latency = Now() - m_asked_at;
            m_pos += take;
            m_samples_played += static_cast<long long>(take);
            finished = m_pos >= m_playing.size();
        }
        std::fill(out + take, out + n, 0.0f);
    }
    if (finished) m_cv.notify_all();
}

namespace {
// SDL's own converter to the device's rate.
std::vector<float> ToRate(const Pcm& pcm, int rate) {
    if (pcm.rate == rate) return pcm.samples;
    SDL_AudioStream* s = SDL_NewAudioStream(AUDIO_F32SYS, 1, pcm.rate, AUDIO_F32SYS, 1, rate);
    if (!s) return {};
    SDL_AudioStreamPut(s, pcm.samples.data(), static_cast<int>(pcm.samples.size() * sizeof(float)));
    SDL_AudioStreamFlush(s);
    std::vector<float> out(static_cast<size_t>(SDL_AudioStreamAvailable(s)) / sizeof(float));
    SDL_AudioStreamGet(s, out.data(), static_cast<int>(out.size() * sizeof(float)));
    SDL_FreeAudioStream(s);
    return out;
}
}  // namespace

Pcm AudioOut::Prepare(const Request& r) {
    Pcm pcm;
    pcm.rate = m_rate;
    if (r.clips.empty()) {
        // A soft sine with a short fade at both ends (no click).
        const size_t n = static_cast<size_t>(r.seconds * m_rate);
        pcm.samples.resize(n);
        const double fade = 0.01 * m_rate;
        for (size_t i = 0; i < n; ++i) {
            const double env = std::min({1.0, i / fade, (n - i) / fade});
            pcm.samples[i] = static_cast<float>(0.5 * env * std::sin(2 * M_PI * r.hz * i / m_rate));
        }
    } else {
        // One after another, a quarter of a second apart; one that cannot be read is left out.
        for (const std::filesystem::path& clip : r.clips) {
            const std::vector<float> one = ToRate(DecodeClip(clip), m_rate);
            if (one.empty()) continue;
            if (!pcm.samples.empty()) pcm.samples.resize(pcm.samples.size() + static_cast<size_t>(m_rate / 4), 0.0f);
            pcm.samples.insert(pcm.samples.end(), one.begin(), one.end());
        }
    }
    for (float& v : pcm.samples) v *= r.volume;
    return pcm;
}

void AudioOut::Worker() {
    std::unique_lock<std::mutex> lock(m_mutex);
    for (;;) {
        // A long silence closes the device (see the header); the next sound opens it again.
        if (!m_cv.wait_for(lock, std::chrono::duration<double>(m_close_after),
                           [this] { return m_quit || !m_pending.empty(); })) {
            lock.unlock();
            CloseDevice();
            lock.lock();
            continue;
        }
        if (m_quit) return;
        const Request r = m_pending.front();
        m_pending.clear();
        m_busy = true;
        const bool closed = m_device == 0;
        lock.unlock();
        if (closed && !OpenDevice()) {  // unplugged meanwhile: this one stays silent
            lock.lock();
            m_busy = false;
            m_cv.notify_all();
            continue;
        }
        Pcm pcm = Prepare(r);  // off the frame thread and off the audio thread
        lock.lock();
        if (!m_pending.empty()) continue;  // a newer one came meanwhile: that one instead
        if (pcm.samples.empty()) {           // nothing to play (a clip that cannot be read)
            m_busy = false;
            m_cv.notify_all();
            continue;
        }
        m_playing = std::move(pcm.samples);
        m_pos = 0;
        m_asked_at = r.asked_at;
        m_latency = -1;
        const unsigned dev = m_device;
        lock.unlock();
        SDL_PauseAudioDevice(dev, 0);
        lock.lock();
        // Asleep again when it is done: a paused device costs nothing between clips.
        m_cv.wait(lock, [this] { return m_quit || !m_pending.empty() || m_pos >= m_playing.size(); });
        m_busy = false;
        // (after the device has had time to play out its last buffer)
        if (m_pending.empty() && !m_quit &&
            !m_cv.wait_for(lock, std::chrono::milliseconds(150), [this] { return m_quit || !m_pending.empty(); })) {
            lock.unlock();
            SDL_PauseAudioDevice(dev, 1);
            lock.lock();
        }
        m_cv.notify_all();  // Drain()
    }
}

}  // namespace kd::media
