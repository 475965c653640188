#include "stats/ttest.hpp"

#include <limits>
#include <vector>

#include <gtest/gtest.h>

#include "stats/reference_cases.hpp"

namespace myoivig::stats {
namespace {

using testing::near_relative;
using testing::ReferenceTable;

constexpr double k_tolerance = 1e-9;

TEST(TtestReference, MatchesR) {
  const ReferenceTable table("stats_ttest.csv");
  ASSERT_EQ(table.error(), "");
  for (std::size_t row = 0; row < table.size(); ++row) {
    SCOPED_TRACE("row " + std::to_string(row + 2) + ": " + table.text(row, "case") + " " +
                 table.text(row, "alternative") + " conf=" + table.text(row, "conf_level"));
    TtestOptions options;
    options.mu = table.number(row, "mu");
    options.alternative = *parse_alternative(table.text(row, "alternative"));
    options.conf_level = table.number(row, "conf_level");
    const std::vector<double> x = table.numbers(row, "x");
    const std::vector<double> y = table.numbers(row, "y");
    const auto result = y.empty() ? ttest(x, options) : ttest_paired(x, y, options);
    ASSERT_TRUE(result) << result.error().message;
    EXPECT_TRUE(near_relative(result->statistic, table.number(row, "statistic"), k_tolerance));
    EXPECT_TRUE(near_relative(result->df, table.number(row, "df"), k_tolerance));
    EXPECT_TRUE(near_relative(result->p_value, table.number(row, "p_value"), k_tolerance));
    EXPECT_TRUE(near_relative(result->estimate, table.number(row, "estimate"), k_tolerance));
    EXPECT_TRUE(near_relative(result->ci_low, table.number(row, "ci_low"), k_tolerance));
    EXPECT_TRUE(near_relative(result->ci_high, table.number(row, "ci_high"), k_tolerance));
  }
}

TEST(Ttest, DegenerateDataGetAClearMessage) {
  struct Case {
    std::vector<double> x;
    std::string message;
  };
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const std::vector<Case> cases{
      {{1.5}, "ttest: x must have at least 2 non-missing values, got 1"},
      {{1.5, nan}, "ttest: x must have at least 2 non-missing values, got 1"},
      {{0, 0, 0}, "ttest: x must not be constant (every value is 0), the t statistic is undefined"},
      {{2, 2, 2, 2},
       "ttest: x must not be constant (every value is 2), the t statistic is undefined"},
  };
  for (const Case& c : cases) {
    const auto result = ttest(c.x);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().message, c.message);
  }
  const std::vector<double> x{3, 4, 5};
  const std::vector<double> y{1, 2, 3};
  EXPECT_EQ(ttest_paired(x, y).error().message,
            "ttest: x - y must not be constant (every value is 2), the t statistic is undefined");
  TtestOptions bad;
  bad.conf_level = 0;
  EXPECT_EQ(ttest(x, bad).error().message, "ttest: conf_level must be in (0, 1), got 0");
}

}  // namespace
}  // namespace myoivig::stats
