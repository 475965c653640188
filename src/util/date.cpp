#include "util/date.hpp"

#include <cstdio>

namespace myoivig::util {
namespace {

constexpr int k_min_year = 1800;
constexpr int k_max_year = 2200;

bool is_leap(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int days_in_month(int year, int month) {
  constexpr int k_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap(year) ? 29 : k_days[month - 1];
}

// Days from civil, H. Hinnant's algorithm (public domain description of the arithmetic).
std::int32_t days_from_civil(int year, int month, int day) {
  year -= month <= 2 ? 1 : 0;
  const int era = (year >= 0 ? year : year - 399) / 400;
  const int year_of_era = year - era * 400;
  const int day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const int day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

struct Civil {
  int year;
  int month;
  int day;
};

Civil civil_from_days(std::int32_t days) {
  days += 719468;
  const int era = (days >= 0 ? days : days - 146096) / 146097;
  const int day_of_era = days - era * 146097;
  const int year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const int day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const int mp = (5 * day_of_year + 2) / 153;
  const int day = day_of_year - (153 * mp + 2) / 5 + 1;
  const int month = mp < 10 ? mp + 3 : mp - 9;
  const int year = year_of_era + era * 400 + (month <= 2 ? 1 : 0);
  return {year, month, day};
}

bool all_digits(std::string_view text) {
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return !text.empty();
}

}  // namespace

Expected<Date> Date::from_ymd(int year, int month, int day) {
  if (year < k_min_year || year > k_max_year) {
    return invalid_argument("year must be between 1800 and 2200, got " + std::to_string(year));
  }
  if (month < 1 || month > 12) {
    return invalid_argument("month must be 1-12, got " + std::to_string(month));
  }
  if (day < 1 || day > days_in_month(year, month)) {
    return invalid_argument("day " + std::to_string(day) + " does not exist in " +
                            std::to_string(year) + "-" + (month < 10 ? "0" : "") +
                            std::to_string(month));
  }
  return Date(days_from_civil(year, month, day));
}

int Date::year() const {
  return civil_from_days(m_days).year;
}
int Date::month() const {
  return civil_from_days(m_days).month;
}
int Date::day() const {
  return civil_from_days(m_days).day;
}

std::string Date::iso() const {
  const Civil civil = civil_from_days(m_days);
  constexpr int k_max_four_digit_year = 9999;
  if (civil.year < 0 || civil.year > k_max_four_digit_year) {
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", civil.year, civil.month, civil.day);
    return buffer;
  }
  // Digit by digit rather than snprintf: dates are formatted once or twice for every record
  // a bulk load writes.
  std::string text = "0000-00-00";
  const auto put = [&text](std::size_t end, int value) {
    for (std::size_t at = end; value > 0; value /= 10) {
      text[--at] = static_cast<char>('0' + value % 10);
    }
  };
  put(4, civil.year);
  put(7, civil.month);
  put(10, civil.day);
  return text;
}

Expected<Date> parse_iso_date(std::string_view text) {
  const bool shaped = text.size() == 10 && text[4] == '-' && text[7] == '-' &&
                      all_digits(text.substr(0, 4)) && all_digits(text.substr(5, 2)) &&
                      all_digits(text.substr(8, 2));
  if (!shaped) {
    return invalid_argument("must be an ISO 8601 date YYYY-MM-DD, got '" + std::string(text) + "'");
  }
  auto date = Date::from_ymd(std::stoi(std::string(text.substr(0, 4))),
                             std::stoi(std::string(text.substr(5, 2))),
                             std::stoi(std::string(text.substr(8, 2))));
  if (!date) {
    return invalid_argument("'" + std::string(text) + "' is not a real date (" +
                            date.error().message + ")");
  }
  return date;
}

std::string TimeOfDay::hh_mm() const {
  char buffer[24];
  std::snprintf(buffer, sizeof buffer, "%02d:%02d", m_minutes / 60, m_minutes % 60);
  return buffer;
}

Expected<TimeOfDay> parse_time_of_day(std::string_view text) {
  const bool shaped = text.size() == 5 && text[2] == ':' && all_digits(text.substr(0, 2)) &&
                      all_digits(text.substr(3, 2));
  const int hours = shaped ? std::stoi(std::string(text.substr(0, 2))) : -1;
  const int minutes = shaped ? std::stoi(std::string(text.substr(3, 2))) : -1;
  if (!shaped || hours > 23 || minutes > 59) {
    return invalid_argument("must be a time of day HH:MM (00:00-23:59), got '" + std::string(text) +
                            "'");
  }
  return TimeOfDay::from_minutes(hours * 60 + minutes);
}

}  // namespace myoivig::util
