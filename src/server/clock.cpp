#include "server/clock.hpp"

#include <ctime>

namespace myoivig::server {

Clock system_clock() {
  return [] { return std::chrono::system_clock::now(); };
}

std::string iso_utc(TimePoint time) {
  const auto since_epoch = time.time_since_epoch();
  const auto seconds = std::chrono::floor<std::chrono::seconds>(since_epoch);
  const auto millis =
      std::chrono::duration_cast<std::chrono::milliseconds>(since_epoch - seconds).count();
  const std::time_t whole = static_cast<std::time_t>(seconds.count());
  std::tm utc{};
  gmtime_r(&whole, &utc);
  char text[40];
  const std::size_t length = std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%S", &utc);
  std::snprintf(text + length, sizeof text - length, ".%03dZ", static_cast<int>(millis));
  return text;
}

util::Date utc_date(TimePoint time) {
  const auto days = std::chrono::floor<std::chrono::days>(time.time_since_epoch());
  return util::Date::from_days_since_epoch(static_cast<std::int32_t>(days.count()));
}

}  // namespace myoivig::server
