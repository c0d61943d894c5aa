#pragma once
// Time is injected, so the idle timer and everything date-bound can be tested
// without sleeping. Screens never read a clock; the app passes times in.
#include <chrono>
#include <cstdint>

namespace kd {

class Clock {
public:
    virtual ~Clock() = default;
    // Seconds on a monotonic clock: for timeouts.
    virtual double MonotonicSeconds() const = 0;
    // Unix time, UTC: for what is stored and for "today".
    virtual std::int64_t UnixSeconds() const = 0;
};

class SystemClock final : public Clock {
public:
    double MonotonicSeconds() const override {
        using namespace std::chrono;
        return duration<double>(steady_clock::now().time_since_epoch()).count();
    }
    std::int64_t UnixSeconds() const override {
        using namespace std::chrono;
        return duration_cast<seconds>(system_clock::now().time_since_epoch()).count();
    }
};

// A clock the tests move by hand.
class ManualClock final : public Clock {
public:
    explicit ManualClock(std::int64_t unix_seconds = 1'795'000'000) : m_unix(unix_seconds) {}
    double MonotonicSeconds() const override { return m_mono; }
    std::int64_t UnixSeconds() const override { return m_unix + static_cast<std::int64_t>(m_mono); }
    void Advance(double seconds) { m_mono += seconds; }

private:
    std::int64_t m_unix;
    double m_mono = 1000.0;
};

}  // namespace kd
