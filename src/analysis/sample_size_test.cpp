// Sample size by simulation: the t-test under a normal design against R's exact power
// (power.t.test), the bracket and bisection leaving every evaluated n below the answer
// short of the target, a max-n that is not enough, and bad settings named.
#include "analysis/sample_size.hpp"

#include <cmath>
#include <vector>

#include <gtest/gtest.h>

namespace myoivig::analysis {
namespace {

using stats::Alternative;
using stats::PairedTest;

PairedDesign normal_design(PairedTest test, double mean_change) {
  PairedDesign design;
  design.mean_change = mean_change;
  design.sd = 1.0;
  design.test = {test, 0.05, Alternative::two_sided};
  return design;
}

stats::SimulationSettings simulation(std::uint64_t reps = 20'000) {
  stats::SimulationSettings settings;
  settings.reps = reps;
  settings.seed = 11;
  settings.threads = 2;
  return settings;
}

TEST(SampleSize, TTestMatchesTheExactPowerCurve) {
  // R: power.t.test(n = n, delta = 1, sd = 1, type = "one.sample", strict = TRUE)$power
  // is 0.8828916 at n = 12 and 0.9107085 at n = 13 (5 Monte Carlo SEs on either side of
  // 0.9 with 20,000 replicates).
  std::vector<std::size_t> seen;
  SampleSizeSettings settings;
  settings.target_power = 0.9;
  settings.evaluating = [&seen](std::size_t n) { seen.push_back(n); };
  const auto result =
      search_sample_size(normal_design(PairedTest::ttest, 1.0), settings, simulation());
  ASSERT_TRUE(result) << result.error().message;
  ASSERT_TRUE(result->n);
  EXPECT_EQ(*result->n, 13U);
  const PowerPoint& answer = result->answer();
  EXPECT_EQ(answer.n, 13U);
  EXPECT_NEAR(answer.count.power(), 0.9107085, 4 * answer.count.mcse());
  // Doubling from 2 (2, 4, 8, 16), then bisection (12, 14, 13).
  EXPECT_EQ(seen, (std::vector<std::size_t>{2, 4, 8, 16, 12, 14, 13}));
  ASSERT_EQ(result->curve.size(), seen.size());
  for (std::size_t i = 1; i < result->curve.size(); ++i) {
    EXPECT_LT(result->curve[i - 1].n, result->curve[i].n);
  }
  for (const PowerPoint& point : result->curve) {
    EXPECT_EQ(point.count.power() >= 0.9, point.n >= 13) << "n " << point.n;
  }
}

TEST(SampleSize, StartsAtMinNAndStopsAtMaxN) {
  SampleSizeSettings settings;
  settings.target_power = 0.99;
  settings.min_n = 3;
  settings.max_n = 10;
  const auto result =
      search_sample_size(normal_design(PairedTest::signrank, 0.5), settings, simulation(2'000));
  ASSERT_TRUE(result) << result.error().message;
  EXPECT_FALSE(result->n);
  ASSERT_EQ(result->curve.size(), 3U);  // 3, 6, 10
  EXPECT_EQ(result->curve.front().n, 3U);
  EXPECT_EQ(result->answer().n, 10U);
  EXPECT_LT(result->answer().count.power(), 0.99);
  // n = 3 cannot reject at 0.05 (the smallest two-sided exact p is 2/8).
  EXPECT_EQ(result->curve.front().count.rejections, 0U);
}

TEST(SampleSize, AnImmediatelyReachedTargetIsTheMinimum) {
  TwoArmDesign design;
  design.p1 = 1.0;
  design.p2 = 0.0;
  design.test = {stats::TwoArmTest::fisher, 0.05, Alternative::two_sided};
  SampleSizeSettings settings;
  settings.target_power = 0.5;
  settings.min_n = 4;  // [4 0; 0 4]: two-sided p = 2 / 70 = 0.029
  const auto result = search_sample_size(design, settings, simulation(500));
  ASSERT_TRUE(result) << result.error().message;
  ASSERT_TRUE(result->n);
  EXPECT_EQ(*result->n, 4U);
  EXPECT_EQ(result->curve.size(), 1U);
  EXPECT_EQ(result->answer().count.power(), 1.0);
}

TEST(SampleSize, RejectsBadSettingsNamingTheField) {
  struct Case {
    double target;
    std::size_t min_n;
    std::size_t max_n;
    const char* message;
  };
  const PairedDesign design = normal_design(PairedTest::ttest, 1.0);
  for (const Case& c : {Case{1.0, 0, 100, "target-power: must be in (0, 1), got 1"},
                        Case{0.0, 0, 100, "target-power: must be in (0, 1), got 0"},
                        Case{0.8, 1, 100, "min-n: must be in [2, 100000], got 1"},
                        Case{0.8, 0, 200'000, "max-n: must be in [2, 100000], got 200000"},
                        Case{0.8, 50, 20, "max-n: must be at least min-n (50), got 20"}}) {
    SampleSizeSettings settings;
    settings.target_power = c.target;
    settings.min_n = c.min_n;
    settings.max_n = c.max_n;
    const auto result = search_sample_size(design, settings, simulation(100));
    ASSERT_FALSE(result) << c.message;
    EXPECT_EQ(result.error().message, c.message);
  }
  PairedDesign bad = design;
  bad.sd = -2;
  const auto result = search_sample_size(bad, {}, simulation(100));
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().message, "sd: must be positive and finite, got -2");
}

}  // namespace
}  // namespace myoivig::analysis
