#include "stats/bootstrap.hpp"

#include <cmath>
#include <vector>

#include <gtest/gtest.h>

#include "stats/reference_cases.hpp"
#include "stats/walsh.hpp"

namespace myoivig::stats {
namespace {

using testing::near_relative;
using testing::ReferenceTable;

TEST(BootstrapReference, EstimateAndJackknifeAccelerationMatchR) {
  const ReferenceTable table("stats_bootstrap.csv");
  ASSERT_EQ(table.error(), "");
  for (std::size_t row = 0; row < table.size(); ++row) {
    SCOPED_TRACE(table.text(row, "case") + " " + table.text(row, "statistic"));
    const auto statistic =
        util::value_of(k_bootstrap_statistic_names, table.text(row, "statistic"));
    ASSERT_TRUE(statistic);
    const std::vector<double> x = table.numbers(row, "x");
    std::vector<double> scratch;
    EXPECT_TRUE(near_relative(bootstrap_statistic(*statistic, x, scratch),
                              table.number(row, "estimate"), 1e-12));
    const double expected = table.number(row, "acceleration");
    const double actual = jackknife_acceleration(*statistic, x);
    // A zero acceleration from symmetric jackknife values is ~1e-17 in R's arithmetic.
    if (std::fabs(expected) < 1e-12) {
      EXPECT_LT(std::fabs(actual), 1e-12);
    } else {
      EXPECT_TRUE(near_relative(actual, expected, 1e-9));
    }
  }
}

// boot's intervals come from other resamples and interpolate at (R + 1) alpha: agreement
// is up to Monte Carlo error. With 20,000 resamples on each side the standard error of a
// 2.5 % quantile is about 0.02 bootstrap SDs; 0.15 SD is a gross-error check of the BCa
// arithmetic (z0, acceleration, adjusted levels), not a precision claim.
TEST(BootstrapReference, IntervalsAgreeWithBootWithinMonteCarloError) {
  constexpr double k_sd_fraction = 0.15;
  const ReferenceTable table("stats_bootstrap.csv");
  ASSERT_EQ(table.error(), "");
  int compared = 0;
  for (std::size_t row = 0; row < table.size(); ++row) {
    const double boot_sd = table.number(row, "boot_sd");
    if (std::isnan(boot_sd)) continue;
    SCOPED_TRACE(table.text(row, "case") + " " + table.text(row, "statistic"));
    BootstrapOptions options;
    options.statistic = *util::value_of(k_bootstrap_statistic_names, table.text(row, "statistic"));
    options.reps = static_cast<std::size_t>(table.integer(row, "reps"));
    options.seed = 2024;
    const auto result = bootstrap(table.numbers(row, "x"), options);
    ASSERT_TRUE(result) << result.error().message;
    ASSERT_TRUE(result->bca.has_value()) << result->bca_note;
    const double allowed = k_sd_fraction * boot_sd;
    EXPECT_NEAR(result->percentile.low, table.number(row, "percentile_low"), allowed);
    EXPECT_NEAR(result->percentile.high, table.number(row, "percentile_high"), allowed);
    EXPECT_NEAR(result->bca->low, table.number(row, "bca_low"), allowed);
    EXPECT_NEAR(result->bca->high, table.number(row, "bca_high"), allowed);
    ++compared;
  }
  EXPECT_EQ(compared, 9);
}

TEST(Bootstrap, SameSeedSameResultOtherSeedOtherResult) {
  std::vector<double> x;
  for (int i = 0; i < 30; ++i) x.push_back(std::sin(i * 1.7) * 3 + i * 0.1);
  BootstrapOptions options;
  options.statistic = BootstrapStatistic::hodges_lehmann;
  options.reps = 2000;
  options.seed = 42;
  const auto first = bootstrap(x, options);
  const auto second = bootstrap(x, options);
  ASSERT_TRUE(first);
  ASSERT_TRUE(second);
  EXPECT_EQ(first->percentile.low, second->percentile.low);
  EXPECT_EQ(first->percentile.high, second->percentile.high);
  ASSERT_TRUE(first->bca.has_value());
  EXPECT_EQ(first->bca->low, second->bca->low);
  options.seed = 43;
  const auto other = bootstrap(x, options);
  EXPECT_NE(first->percentile.low, other->percentile.low);
  EXPECT_LT(first->percentile.low, first->estimate);
  EXPECT_GT(first->percentile.high, first->estimate);
}

TEST(Bootstrap, MeanIntervalIsCloseToTheTInterval) {
  // For a symmetric sample of 200 the percentile and BCa intervals of the mean approach
  // mean +- 1.96 s / sqrt(n) (here s = 1.0025..., so +- 0.139).
  std::vector<double> x;
  for (int i = 0; i < 200; ++i) x.push_back(std::sqrt(3.0) * (2.0 * (i + 0.5) / 200 - 1));
  BootstrapOptions options;
  options.reps = 20000;
  const auto result = bootstrap(x, options);
  ASSERT_TRUE(result);
  EXPECT_NEAR(result->percentile.low, -0.139, 0.01);
  EXPECT_NEAR(result->percentile.high, 0.139, 0.01);
  ASSERT_TRUE(result->bca.has_value());
  EXPECT_NEAR(result->bca->low, -0.139, 0.01);
  EXPECT_NEAR(result->bca->high, 0.139, 0.01);
  EXPECT_NEAR(result->acceleration, 0.0, 1e-12);
}

TEST(Bootstrap, HodgesLehmannOfLargeSamplesBySelection) {
  std::vector<double> x;
  for (int i = 0; i < 400; ++i) x.push_back(std::cos(i * 0.91) * 5 + (i % 3));
  std::vector<double> scratch;
  EXPECT_EQ(bootstrap_statistic(BootstrapStatistic::hodges_lehmann, x, scratch), hodges_lehmann(x));
}

TEST(Bootstrap, ConstantDataAndBadOptions) {
  const std::vector<double> constant(10, 2.5);
  const auto result = bootstrap(constant);
  ASSERT_TRUE(result);
  EXPECT_EQ(result->percentile.low, 2.5);
  ASSERT_TRUE(result->bca.has_value());
  EXPECT_EQ(result->bca->high, 2.5);
  BootstrapOptions few;
  few.reps = 10;
  EXPECT_EQ(bootstrap(constant, few).error().message,
            "bootstrap: reps must be between 100 and 10000000, got 10");
  const std::vector<double> one{1.0};
  EXPECT_EQ(bootstrap(one).error().message,
            "bootstrap: x must have at least 2 non-missing values, got 1");
}

}  // namespace
}  // namespace myoivig::stats
