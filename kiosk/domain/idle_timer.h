#pragma once
// Returns the kiosk home after a parent walks away, dropping any draft.
namespace kd {

// The last seconds before the idle reset are counted down on screen.
inline constexpr double kCountdownSeconds = 10.0;

class IdleTimer {
public:
    explicit IdleTimer(double timeout_seconds) : m_timeout(timeout_seconds) {}

    void Touch(double now) { m_last = now; }
    void SetTimeout(double seconds) { m_timeout = seconds; }
    double Timeout() const { return m_timeout; }
    bool Expired(double now) const { return now - m_last >= m_timeout; }
    double SecondsLeft(double now) const;
    double Deadline() const { return m_last + m_timeout; }
    double LastTouch() const { return m_last; }

private:
    double m_timeout;
    double m_last = 0.0;
};

}  // namespace kd
