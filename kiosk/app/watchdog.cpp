#include "app/watchdog.h"

#include <systemd/sd-daemon.h>

#include <cstdint>
#include <cstdlib>

namespace kd::app {

Watchdog::Watchdog() {
    std::uint64_t usec = 0;
    if (sd_watchdog_enabled(0, &usec) > 0 && usec > 0) m_interval = static_cast<double>(usec) / 2e6;
}

void Watchdog::Ready() {
    if (std::getenv("NOTIFY_SOCKET")) sd_notify(0, "READY=1\nSTATUS=Showing the kiosk");
    Ping();
}

void Watchdog::Ping() {
    if (!Enabled()) return;
    const auto now = std::chrono::steady_clock::now();
    // A ping per quarter period is plenty: the loop runs ~60 times a second when busy.
    if (std::chrono::duration<double>(now - m_last).count() < m_interval / 2) return;
    m_last = now;
    sd_notify(0, "WATCHDOG=1");
}

void Watchdog::Stopping() {
    if (std::getenv("NOTIFY_SOCKET")) sd_notify(0, "STOPPING=1");
}

}  // namespace kd::app
