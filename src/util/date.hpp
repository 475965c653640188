// Date: a calendar date (proleptic Gregorian), stored as days since 1970-01-01, read and
// written as ISO 8601 YYYY-MM-DD. TimeOfDay: minutes since midnight, read as HH:MM.
// Thread-safety: plain value types; the functions are pure.
#pragma once

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

#include "util/expected.hpp"

namespace myoivig::util {

class Date {
 public:
  constexpr Date() = default;
  static constexpr Date from_days_since_epoch(std::int32_t days) { return Date(days); }

  // Returns the date or invalid_argument when year/month/day do not name a real day
  // (2003-02-30, month 13) or the year is outside 1800-2200.
  static Expected<Date> from_ymd(int year, int month, int day);

  [[nodiscard]] constexpr std::int32_t days_since_epoch() const { return m_days; }
  [[nodiscard]] int year() const;
  [[nodiscard]] int month() const;
  [[nodiscard]] int day() const;
  [[nodiscard]] std::string iso() const;  // "2003-04-01"

  [[nodiscard]] constexpr Date plus_days(std::int32_t days) const { return Date(m_days + days); }
  // Signed number of days from `earlier` to this date.
  [[nodiscard]] constexpr std::int32_t days_since(Date earlier) const {
    return m_days - earlier.m_days;
  }

  constexpr auto operator<=>(const Date&) const = default;

 private:
  constexpr explicit Date(std::int32_t days) : m_days(days) {}
  std::int32_t m_days = 0;
};

// Parses exactly "YYYY-MM-DD". Fails with a message naming the text and the rule.
Expected<Date> parse_iso_date(std::string_view text);

class TimeOfDay {
 public:
  constexpr TimeOfDay() = default;
  static constexpr TimeOfDay from_minutes(int minutes) { return TimeOfDay(minutes); }
  [[nodiscard]] constexpr int minutes() const { return m_minutes; }
  [[nodiscard]] std::string hh_mm() const;
  constexpr auto operator<=>(const TimeOfDay&) const = default;

 private:
  constexpr explicit TimeOfDay(int minutes) : m_minutes(minutes) {}
  int m_minutes = 0;
};

// Parses exactly "HH:MM" with 00 <= HH <= 23 and 00 <= MM <= 59.
Expected<TimeOfDay> parse_time_of_day(std::string_view text);

}  // namespace myoivig::util
