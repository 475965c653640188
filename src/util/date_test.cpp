#include "util/date.hpp"

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>

#include <gtest/gtest.h>

namespace myoivig::util {
namespace {

// Day numbers computed by hand from 1970-01-01 (= 0):
//   2000-01-01 = 30 years x 365 + 7 leap days (72, 76, ..., 96) = 10957
//   1800-01-01 = -(170 x 365 + 41 leap days 1804-1968 without 1900) = -62091
//   2200-12-31 = 230 x 365 + 56 leap days (1972-2196 without 2100) + 364 = 84370
constexpr std::int32_t k_first_day = -62091;  // 1800-01-01, the earliest accepted date
constexpr std::int32_t k_last_day = 84370;    // 2200-12-31, the latest accepted date

struct ValidDateCase {
  std::string_view text;
  std::int32_t days_since_epoch;
  int year;
  int month;
  int day;
  friend void PrintTo(const ValidDateCase& c, std::ostream* os) { *os << c.text; }
};

class ParseIsoDateValid : public ::testing::TestWithParam<ValidDateCase> {};

TEST_P(ParseIsoDateValid, GivesTheDayAndItsParts) {
  const ValidDateCase& c = GetParam();
  const auto date = parse_iso_date(c.text);
  ASSERT_TRUE(date) << date.error().message;
  EXPECT_EQ(date->days_since_epoch(), c.days_since_epoch);
  EXPECT_EQ(date->year(), c.year);
  EXPECT_EQ(date->month(), c.month);
  EXPECT_EQ(date->day(), c.day);
  EXPECT_EQ(date->iso(), c.text);
}

INSTANTIATE_TEST_SUITE_P(
    Dates, ParseIsoDateValid,
    ::testing::Values(ValidDateCase{"1970-01-01", 0, 1970, 1, 1},
                      ValidDateCase{"1969-12-31", -1, 1969, 12, 31},
                      ValidDateCase{"2000-01-01", 10957, 2000, 1, 1},
                      // 2000 is a leap year (divisible by 400): Feb 29 exists.
                      ValidDateCase{"2000-02-29", 11016, 2000, 2, 29},
                      ValidDateCase{"2000-03-01", 11017, 2000, 3, 1},
                      // 2004 is a leap year (divisible by 4): 2004-01-01 = 10957 + 366 + 3 x 365
                      // = 12418.
                      ValidDateCase{"2004-02-29", 12418 + 31 + 28, 2004, 2, 29},
                      // 2003-04-01 = 2003-01-01 (12053) + 31 + 28 + 31.
                      ValidDateCase{"2003-04-01", 12143, 2003, 4, 1},
                      ValidDateCase{"2003-02-28", 12053 + 31 + 27, 2003, 2, 28},
                      ValidDateCase{"2003-12-31", 12053 + 364, 2003, 12, 31},
                      // 1900 is not a leap year: 1900-02-28 is followed by 1900-03-01.
                      ValidDateCase{"1900-03-01", -25508, 1900, 3, 1},
                      ValidDateCase{"1800-01-01", k_first_day, 1800, 1, 1},
                      ValidDateCase{"2200-12-31", k_last_day, 2200, 12, 31}));

struct InvalidDateCase {
  std::string_view text;
  std::string_view message;
  friend void PrintTo(const InvalidDateCase& c, std::ostream* os) { *os << "'" << c.text << "'"; }
};

class ParseIsoDateInvalid : public ::testing::TestWithParam<InvalidDateCase> {};

TEST_P(ParseIsoDateInvalid, FailsNamingTheTextAndRule) {
  const InvalidDateCase& c = GetParam();
  const auto date = parse_iso_date(c.text);
  ASSERT_FALSE(date) << "accepted '" << c.text << "' as " << date->iso();
  EXPECT_EQ(date.error().code, ErrorCode::invalid_argument);
  EXPECT_EQ(date.error().message, c.message);
}

INSTANTIATE_TEST_SUITE_P(
    NotRealDays, ParseIsoDateInvalid,
    ::testing::Values(
        InvalidDateCase{"2003-02-30",
                        "'2003-02-30' is not a real date (day 30 does not exist in 2003-02)"},
        InvalidDateCase{"2003-02-29",
                        "'2003-02-29' is not a real date (day 29 does not exist in 2003-02)"},
        // 1900 and 2100 are divisible by 100 but not by 400: no Feb 29.
        InvalidDateCase{"1900-02-29",
                        "'1900-02-29' is not a real date (day 29 does not exist in 1900-02)"},
        InvalidDateCase{"2100-02-29",
                        "'2100-02-29' is not a real date (day 29 does not exist in 2100-02)"},
        InvalidDateCase{"2003-04-31",
                        "'2003-04-31' is not a real date (day 31 does not exist in 2003-04)"},
        InvalidDateCase{"2003-01-00",
                        "'2003-01-00' is not a real date (day 0 does not exist in 2003-01)"},
        InvalidDateCase{"2003-13-01",
                        "'2003-13-01' is not a real date (month must be 1-12, got 13)"},
        InvalidDateCase{"2003-00-10",
                        "'2003-00-10' is not a real date (month must be 1-12, got 0)"},
        InvalidDateCase{"1799-12-31",
                        "'1799-12-31' is not a real date (year must be between "
                        "1800 and 2200, got 1799)"},
        InvalidDateCase{"2201-01-01",
                        "'2201-01-01' is not a real date (year must be between "
                        "1800 and 2200, got 2201)"}));

INSTANTIATE_TEST_SUITE_P(
    WrongShapes, ParseIsoDateInvalid,
    ::testing::Values(
        InvalidDateCase{"2003-2-3", "must be an ISO 8601 date YYYY-MM-DD, got '2003-2-3'"},
        InvalidDateCase{"2003-02-03 ", "must be an ISO 8601 date YYYY-MM-DD, got '2003-02-03 '"},
        InvalidDateCase{" 2003-02-03", "must be an ISO 8601 date YYYY-MM-DD, got ' 2003-02-03'"},
        InvalidDateCase{"", "must be an ISO 8601 date YYYY-MM-DD, got ''"},
        InvalidDateCase{"20030203", "must be an ISO 8601 date YYYY-MM-DD, got '20030203'"},
        InvalidDateCase{"2003/02/03", "must be an ISO 8601 date YYYY-MM-DD, got '2003/02/03'"},
        InvalidDateCase{"03-02-2003", "must be an ISO 8601 date YYYY-MM-DD, got '03-02-2003'"},
        InvalidDateCase{"2003-02-3a", "must be an ISO 8601 date YYYY-MM-DD, got '2003-02-3a'"},
        InvalidDateCase{"+003-02-03", "must be an ISO 8601 date YYYY-MM-DD, got '+003-02-03'"},
        InvalidDateCase{"2003-+2-03", "must be an ISO 8601 date YYYY-MM-DD, got '2003-+2-03'"},
        InvalidDateCase{"2003-02-03T10:00",
                        "must be an ISO 8601 date YYYY-MM-DD, got '2003-02-03T10:00'"}));

TEST(DateFromYmd, RefusesWhatParseRefuses) {
  EXPECT_FALSE(Date::from_ymd(2003, 2, 30));
  EXPECT_FALSE(Date::from_ymd(2003, 13, 1));
  EXPECT_FALSE(Date::from_ymd(1799, 12, 31));
  EXPECT_FALSE(Date::from_ymd(2201, 1, 1));
  const auto date = Date::from_ymd(2004, 2, 29);
  ASSERT_TRUE(date);
  EXPECT_EQ(date->iso(), "2004-02-29");
}

// Every day of the accepted range (146,462 days: cheap enough not to sample) writes as
// ISO and reads back to the same day, and its parts rebuild it.
TEST(DateIso, RoundTripsAcross1800To2200) {
  int previous_year = 1800;
  for (std::int32_t days = k_first_day; days <= k_last_day; ++days) {
    const Date date = Date::from_days_since_epoch(days);
    const std::string iso = date.iso();
    const auto parsed = parse_iso_date(iso);
    ASSERT_TRUE(parsed) << iso << ": " << parsed.error().message;
    ASSERT_EQ(parsed->days_since_epoch(), days) << iso;
    const auto rebuilt = Date::from_ymd(date.year(), date.month(), date.day());
    ASSERT_TRUE(rebuilt) << iso;
    ASSERT_EQ(rebuilt->days_since_epoch(), days) << iso;
    ASSERT_GE(date.year(), previous_year) << iso;
    previous_year = date.year();
  }
  EXPECT_EQ(Date::from_days_since_epoch(k_last_day).iso(), "2200-12-31");
  EXPECT_EQ(Date::from_days_since_epoch(k_first_day).iso(), "1800-01-01");
}

TEST(DateIso, EveryDayOfLeapYear2000RoundTrips) {
  const Date first = *parse_iso_date("2000-01-01");
  for (std::int32_t offset = 0; offset < 366; ++offset) {
    const Date date = first.plus_days(offset);
    const auto parsed = parse_iso_date(date.iso());
    ASSERT_TRUE(parsed) << date.iso();
    EXPECT_EQ(*parsed, date);
  }
  EXPECT_EQ(first.plus_days(365).iso(), "2000-12-31");
  EXPECT_EQ(first.plus_days(366).iso(), "2001-01-01");
}

struct ShiftCase {
  std::string_view from;
  std::int32_t days;
  std::string_view to;
  friend void PrintTo(const ShiftCase& c, std::ostream* os) { *os << c.from << " + " << c.days; }
};

class DatePlusDays : public ::testing::TestWithParam<ShiftCase> {};

TEST_P(DatePlusDays, MovesByCalendarDaysAndDaysSinceUndoesIt) {
  const ShiftCase& c = GetParam();
  const Date from = *parse_iso_date(c.from);
  const Date to = *parse_iso_date(c.to);
  EXPECT_EQ(from.plus_days(c.days).iso(), c.to);
  EXPECT_EQ(to.days_since(from), c.days);
  EXPECT_EQ(from.days_since(to), -c.days);
  EXPECT_EQ(to.plus_days(-c.days), from);
}

INSTANTIATE_TEST_SUITE_P(
    Shifts, DatePlusDays,
    ::testing::Values(
        ShiftCase{"2003-12-31", 1, "2004-01-01"}, ShiftCase{"2004-02-28", 1, "2004-02-29"},
        ShiftCase{"2004-02-28", 2, "2004-03-01"}, ShiftCase{"2003-02-28", 1, "2003-03-01"},
        ShiftCase{"2003-02-01", 28, "2003-03-01"}, ShiftCase{"2004-02-01", 29, "2004-03-01"},
        ShiftCase{"2100-02-28", 1, "2100-03-01"}, ShiftCase{"2000-02-28", 1, "2000-02-29"},
        // Week 12 of a course starting 2001-03-12: 84 days later.
        ShiftCase{"2001-03-12", 84, "2001-06-04"},
        // Week -4: 28 days before.
        ShiftCase{"2001-03-12", -28, "2001-02-12"}, ShiftCase{"2003-06-15", 0, "2003-06-15"},
        ShiftCase{"2003-01-01", 365, "2004-01-01"}, ShiftCase{"2004-01-01", 366, "2005-01-01"}));

TEST(DateCompare, OrdersByDay) {
  const Date earlier = *parse_iso_date("2003-02-28");
  const Date later = *parse_iso_date("2003-03-01");
  EXPECT_LT(earlier, later);
  EXPECT_GT(later, earlier);
  EXPECT_EQ(earlier, earlier.plus_days(0));
  EXPECT_NE(earlier, later);
}

struct TimeCase {
  std::string_view text;
  bool valid;
  int minutes;  // when valid
  friend void PrintTo(const TimeCase& c, std::ostream* os) { *os << "'" << c.text << "'"; }
};

class ParseTimeOfDay : public ::testing::TestWithParam<TimeCase> {};

TEST_P(ParseTimeOfDay, AcceptsExactlyHhMm) {
  const TimeCase& c = GetParam();
  const auto time = parse_time_of_day(c.text);
  if (!c.valid) {
    ASSERT_FALSE(time) << "accepted '" << c.text << "'";
    EXPECT_EQ(time.error().message,
              "must be a time of day HH:MM (00:00-23:59), got '" + std::string(c.text) + "'");
    return;
  }
  ASSERT_TRUE(time) << time.error().message;
  EXPECT_EQ(time->minutes(), c.minutes);
  EXPECT_EQ(time->hh_mm(), c.text);
}

INSTANTIATE_TEST_SUITE_P(
    Times, ParseTimeOfDay,
    ::testing::Values(TimeCase{"00:00", true, 0}, TimeCase{"23:59", true, 23 * 60 + 59},
                      TimeCase{"07:30", true, 450}, TimeCase{"12:00", true, 720},
                      TimeCase{"09:15", true, 555}, TimeCase{"24:00", false, 0},
                      TimeCase{"7:30", false, 0}, TimeCase{"12:60", false, 0},
                      TimeCase{"", false, 0}, TimeCase{"12:5", false, 0},
                      TimeCase{"12:05 ", false, 0}, TimeCase{"-1:00", false, 0},
                      TimeCase{"12.30", false, 0}, TimeCase{"1230", false, 0},
                      TimeCase{"12:30:00", false, 0}));

TEST(TimeOfDay, OrdersByMinutes) {
  EXPECT_LT(*parse_time_of_day("09:59"), *parse_time_of_day("10:00"));
  EXPECT_EQ(TimeOfDay::from_minutes(600).hh_mm(), "10:00");
}

}  // namespace
}  // namespace myoivig::util
