#include "domain/idle_timer.h"

#include <algorithm>

namespace kd {

double IdleTimer::SecondsLeft(double now) const { return std::max(0.0, m_last + m_timeout - now); }

}  // namespace kd
