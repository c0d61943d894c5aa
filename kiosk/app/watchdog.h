#pragma once
// systemd's watchdog, fed from the frame loop: if the loop hangs (a deadlock,
// a driver stuck in a swap), the pings stop and systemd restarts the kiosk
// (WatchdogSec= in the unit, packaging/). Without systemd it does nothing.
#include <chrono>

namespace kd::app {

class Watchdog {
public:
    Watchdog();  // reads WATCHDOG_USEC / NOTIFY_SOCKET (sd_watchdog_enabled)
    bool Enabled() const { return m_interval > 0; }
    // How long the loop may sleep and still ping in time: half the watchdog's period.
    double MaxSleepSeconds() const { return m_interval; }
    // READY=1, once the first frame is on screen.
    void Ready();
    // WATCHDOG=1, at most a few times per period.
    void Ping();
    // STOPPING=1, on a deliberate exit.
    void Stopping();

private:
    double m_interval = 0;  // seconds; 0: no watchdog
    std::chrono::steady_clock::time_point m_last{};
};

}  // namespace kd::app
