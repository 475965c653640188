// Power designs: field checks with messages naming the field, resizing for the
// sample-size search, and the same power for any thread count.
#include "analysis/power_design.hpp"

#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace myoivig::analysis {
namespace {

using stats::Alternative;
using stats::ChangeDistribution;
using stats::PairedTest;
using stats::TwoArmTest;

PairedDesign paired(std::size_t n, PairedTest test = PairedTest::signrank) {
  PairedDesign design;
  design.n = n;
  design.mean_change = 1.0;
  design.sd = 1.0;
  design.test = {test, 0.05, Alternative::two_sided};
  return design;
}

TwoArmDesign two_arm(std::int64_t n1, std::int64_t n2, TwoArmTest test = TwoArmTest::fisher) {
  TwoArmDesign design;
  design.n1 = n1;
  design.n2 = n2;
  design.p1 = 0.7;
  design.p2 = 0.3;
  design.test = {test, 0.05, Alternative::two_sided};
  return design;
}

TEST(PowerDesign, InvalidFieldsAreNamed) {
  constexpr double k_nan = std::numeric_limits<double>::quiet_NaN();
  struct Case {
    PowerDesign design;
    std::string message;
  };
  std::vector<Case> cases;
  cases.push_back({paired(0), "n: must be in [1, 100000], got 0"});
  cases.push_back(
      {paired(1, PairedTest::ttest), "n: must be in [2, 100000] for the t-test, got 1"});
  PairedDesign design = paired(8);
  design.sd = 0;
  cases.push_back({design, "sd: must be positive and finite, got 0"});
  design = paired(8);
  design.sd = -1;
  cases.push_back({design, "sd: must be positive and finite, got -1"});
  design = paired(8);
  design.mean_change = k_nan;
  cases.push_back({design, "mean-change: must be finite, got nan"});
  design = paired(8);
  design.round_step = -0.5;
  cases.push_back({design, "round: must be >= 0 (0: no rounding) and finite, got -0.5"});
  design = paired(8);
  design.test.alpha = 1;
  cases.push_back({design, "alpha: must be in (0, 1), got 1"});
  design = paired(8);
  design.distribution = ChangeDistribution::resample;
  cases.push_back({design, "observed: must hold at least 1 change to resample, got none"});
  design.observed = {1, std::numeric_limits<double>::infinity()};
  cases.push_back({design, "observed: must hold finite changes, got inf"});
  cases.push_back({two_arm(0, 5), "n1: must be in [1, 100000], got 0"});
  cases.push_back({two_arm(5, 100'001), "n2: must be in [1, 100000], got 100001"});
  TwoArmDesign arms = two_arm(10, 10);
  arms.p2 = 1.5;
  cases.push_back({arms, "p2: must be in [0, 1], got 1.5"});
  arms = two_arm(10, 10, TwoArmTest::prop_diff);
  arms.test.alternative = Alternative::greater;
  arms.test.alpha = 0.5;
  cases.push_back({arms,
                   "alpha: must be below 0.5 for a one-sided prop-diff test (the interval's "
                   "level is 1 - 2 alpha), got 0.5"});
  for (const Case& c : cases) {
    const auto checked = validate(c.design);
    ASSERT_FALSE(checked) << c.message;
    EXPECT_EQ(checked.error().message, c.message);
    const auto simulated = simulate_power(c.design, {});
    ASSERT_FALSE(simulated);
    EXPECT_EQ(simulated.error().message, c.message);
  }
  EXPECT_TRUE(validate(paired(1)));
  EXPECT_TRUE(validate(paired(2, PairedTest::ttest)));
  EXPECT_TRUE(validate(two_arm(1, 1, TwoArmTest::prop_diff)));
}

TEST(PowerDesign, SampleSizeHelpers) {
  EXPECT_EQ(smallest_n(paired(5)), 1U);
  EXPECT_EQ(smallest_n(paired(5, PairedTest::ttest)), 2U);
  EXPECT_EQ(smallest_n(two_arm(3, 4)), 1U);
  EXPECT_EQ(std::get<PairedDesign>(with_sample_size(paired(5), 17)).n, 17U);
  const auto arms = std::get<TwoArmDesign>(with_sample_size(two_arm(3, 4), 25));
  EXPECT_EQ(arms.n1, 25);
  EXPECT_EQ(arms.n2, 25);
  EXPECT_EQ(total_n(paired(9)), 9U);
  EXPECT_EQ(total_n(two_arm(3, 4)), 7U);
}

TEST(PowerDesign, SameSeedSamePowerForAnyThreadCount) {
  PairedDesign rounded = paired(10);
  rounded.distribution = ChangeDistribution::t3;
  rounded.round_step = 1;
  PairedDesign resampled = paired(8);
  resampled.distribution = ChangeDistribution::resample;
  resampled.observed = {12, 7, 10, 2, 14, 4, 15, 6, -3, 0};
  for (const PowerDesign& design :
       {PowerDesign{paired(8)}, PowerDesign{rounded}, PowerDesign{resampled},
        PowerDesign{two_arm(20, 18)}, PowerDesign{two_arm(20, 18, TwoArmTest::prop_diff)}}) {
    stats::SimulationSettings settings;
    settings.reps = 5'000;
    settings.seed = 77;
    settings.threads = 1;
    const auto one = simulate_power(design, settings);
    ASSERT_TRUE(one) << one.error().message;
    settings.threads = 2;
    const auto two = simulate_power(design, settings);
    settings.threads = 4;
    const auto four = simulate_power(design, settings);
    ASSERT_TRUE(two && four);
    EXPECT_EQ(one->rejections, two->rejections);
    EXPECT_EQ(one->rejections, four->rejections);
    EXPECT_GT(one->rejections, 0U);
  }
}

}  // namespace
}  // namespace myoivig::analysis
