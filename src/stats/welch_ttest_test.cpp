// Welch's two-sample t-test against R's t.test(x, y) (tests/reference/stats_welch.csv,
// written by tests/reference/stats_welch_reference.R), and its refusals.
#include "stats/welch_ttest.hpp"

#include <limits>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "stats/reference_cases.hpp"

namespace myoivig::stats {
namespace {

using testing::near_relative;
using testing::ReferenceTable;

constexpr double k_tolerance = 1e-9;

TEST(WelchTtestReference, MatchesR) {
  const ReferenceTable table("stats_welch.csv");
  ASSERT_EQ(table.error(), "");
  ASSERT_EQ(table.size(), 84u);
  for (std::size_t row = 0; row < table.size(); ++row) {
    SCOPED_TRACE("row " + std::to_string(row + 2) + ": " + table.text(row, "case") + " " +
                 table.text(row, "alternative") + " conf=" + table.text(row, "conf_level") +
                 " mu=" + table.text(row, "mu"));
    TtestOptions options;
    options.mu = table.number(row, "mu");
    options.alternative = *parse_alternative(table.text(row, "alternative"));
    options.conf_level = table.number(row, "conf_level");
    const auto result = welch_ttest(table.numbers(row, "x"), table.numbers(row, "y"), options);
    ASSERT_TRUE(result) << result.error().message;
    EXPECT_TRUE(near_relative(result->statistic, table.number(row, "statistic"), k_tolerance));
    EXPECT_TRUE(near_relative(result->df, table.number(row, "df"), k_tolerance));
    EXPECT_TRUE(near_relative(result->p_value, table.number(row, "p_value"), k_tolerance));
    EXPECT_TRUE(near_relative(result->estimate, table.number(row, "estimate"), k_tolerance));
    EXPECT_TRUE(near_relative(result->std_error, table.number(row, "std_error"), k_tolerance));
    EXPECT_TRUE(near_relative(result->ci_low, table.number(row, "ci_low"), k_tolerance));
    EXPECT_TRUE(near_relative(result->ci_high, table.number(row, "ci_high"), k_tolerance));
  }
}

TEST(WelchTtest, RefusesWhatRRefuses) {
  struct Case {
    std::vector<double> x;
    std::vector<double> y;
    std::string message;
  };
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const std::vector<Case> cases{
      {{1.5}, {1, 2}, "welch_ttest: x must have at least 2 non-missing values, got 1"},
      {{1, 2}, {3, nan}, "welch_ttest: y must have at least 2 non-missing values, got 1"},
      {{2, 2, 2},
       {5, 5},
       "welch_ttest: x and y must not both be constant, the t statistic is "
       "undefined"},
  };
  for (const Case& c : cases) {
    const auto result = welch_ttest(c.x, c.y);
    ASSERT_FALSE(result) << c.message;
    EXPECT_EQ(result.error().message, c.message);
  }
  // One constant sample is fine: the other carries the variance (R agrees).
  const std::vector<double> constant{4, 4, 4};
  const std::vector<double> varying{1, 2, 6};
  const auto result = welch_ttest(constant, varying);
  ASSERT_TRUE(result) << result.error().message;
  EXPECT_DOUBLE_EQ(result->estimate, 1.0);
  EXPECT_DOUBLE_EQ(result->df, 2.0);
}

}  // namespace
}  // namespace myoivig::stats
