#include "stats/descriptive.hpp"

#include <cmath>
#include <limits>

#include <gtest/gtest.h>

#include "stats/reference_cases.hpp"

namespace myoivig::stats {
namespace {

using testing::near_relative;
using testing::ReferenceTable;

constexpr double k_tolerance = 1e-9;

TEST(DescriptiveReference, MatchesR) {
  const ReferenceTable table("stats_descriptive.csv");
  ASSERT_EQ(table.error(), "");
  for (std::size_t row = 0; row < table.size(); ++row) {
    SCOPED_TRACE("case " + table.text(row, "case"));
    const std::vector<double> x = table.numbers(row, "x");
    const auto summary = summarize(x);
    ASSERT_TRUE(summary) << summary.error().message;
    EXPECT_TRUE(near_relative(summary->mean, table.number(row, "mean"), k_tolerance));
    EXPECT_TRUE(near_relative(*mean(x), table.number(row, "mean"), k_tolerance));
    if (std::isnan(table.number(row, "sd"))) {
      EXPECT_FALSE(summary->sd.has_value());
      EXPECT_FALSE(variance(x));
    } else {
      ASSERT_TRUE(summary->sd.has_value());
      EXPECT_TRUE(near_relative(*summary->sd, table.number(row, "sd"), k_tolerance));
      EXPECT_TRUE(near_relative(*variance(x), table.number(row, "variance"), k_tolerance));
      EXPECT_TRUE(near_relative(*sd(x), table.number(row, "sd"), k_tolerance));
    }
    EXPECT_TRUE(near_relative(summary->median, table.number(row, "median"), k_tolerance));
    EXPECT_TRUE(near_relative(*median(x), table.number(row, "median"), k_tolerance));
    EXPECT_TRUE(near_relative(summary->q1, table.number(row, "q1"), k_tolerance));
    EXPECT_TRUE(near_relative(summary->q3, table.number(row, "q3"), k_tolerance));
    EXPECT_EQ(summary->min, table.number(row, "min"));
    EXPECT_EQ(summary->max, table.number(row, "max"));
    EXPECT_EQ(*min(x), table.number(row, "min"));
    EXPECT_EQ(*max(x), table.number(row, "max"));
    const std::vector<double> probabilities = table.numbers(row, "probs");
    const std::vector<double> quantiles = table.numbers(row, "quantiles");
    for (std::size_t i = 0; i < probabilities.size(); ++i) {
      EXPECT_TRUE(near_relative(*quantile(x, probabilities[i]), quantiles[i], k_tolerance))
          << "p = " << probabilities[i];
    }
  }
}

TEST(Descriptive, TwoPassVarianceSurvivesALargeOffset) {
  const std::vector<double> x{1e9 + 1, 1e9 + 2, 1e9 + 3};
  EXPECT_EQ(*variance(x), 1.0);
}

TEST(Descriptive, EmptyOrInvalidInputFails) {
  const std::vector<double> empty;
  EXPECT_EQ(mean(empty).error().message, "mean: x must have at least 1 non-missing value, got 0");
  const std::vector<double> one{2.0};
  EXPECT_EQ(sd(one).error().message, "sd: x must have at least 2 non-missing values, got 1");
  EXPECT_EQ(quantile(one, 1.5).error().message, "quantile: probability must be in [0, 1], got 1.5");
}

}  // namespace
}  // namespace myoivig::stats
