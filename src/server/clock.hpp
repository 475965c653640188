// The server's clock: wall time as ISO 8601 UTC text for audit rows, sessions and login
// attempts, and today's date for visits due. A Clock is a function so that tests can set
// the time. Thread-safety: pure functions; a Clock must be safe to call from any thread.
#pragma once

#include <chrono>
#include <functional>
#include <string>

#include "util/date.hpp"

namespace myoivig::server {

using TimePoint = std::chrono::system_clock::time_point;
using Clock = std::function<TimePoint()>;

// The system clock.
Clock system_clock();

// "2026-11-24T12:00:00.123Z": milliseconds, so that text order is time order.
std::string iso_utc(TimePoint time);

// The UTC calendar date of `time`.
util::Date utc_date(TimePoint time);

}  // namespace myoivig::server
