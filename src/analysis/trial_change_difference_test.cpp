// The between-arm difference of each core set measure's change (MeasureChangeByArm::
// difference) on the hand-built trial of trial_test_support.hpp, against R 4.2.2:
//   MMT-8: ivig changes 15, 4 (I3 has no week 12); placebo 15, 15
//     t.test(c(15, 4), c(15, 15)): -5.5, CI -75.384126048960823 to 64.384126048960823,
//     df 1, p 0.49999999999999956
//   physician global (cm): ivig -2, 0; placebo -2, -2
//     t.test(c(-2, 0), c(-2, -2)): 1, CI -11.706204736174694 to 13.706204736174694, df 1,
//     p 0.49999999999999956
// and no difference when an arm has fewer than 2 changes.
#include <algorithm>
#include <cmath>
#include <iterator>
#include <vector>

#include <gtest/gtest.h>

#include "analysis/trial_analysis.hpp"
#include "analysis/trial_test_support.hpp"

namespace myoivig::analysis {
namespace {

constexpr double k_tolerance = 1e-9;

void expect_near(double actual, double expected) {
  EXPECT_NEAR(actual, expected, k_tolerance * std::max(1.0, std::fabs(expected)));
}

TEST(TrialChangeDifference, IsTheWelchDifferenceOfTheArmsChanges) {
  testing::TrialBuilder trial = testing::small_trial();
  const auto result = analyse_trial(trial.data(), testing::trial_protocol());
  ASSERT_TRUE(result) << result.error().message;
  struct Case {
    domain::Measure measure;
    double difference, low, high, p_value;
  };
  const Case cases[] = {
      {domain::Measure::mmt8, -5.5, -75.384126048960823, 64.384126048960823, 0.49999999999999956},
      {domain::Measure::physician_activity, 1, -11.706204736174694, 13.706204736174694,
       0.49999999999999956},
  };
  ASSERT_EQ(result->changes.size(), std::size(cases));
  for (std::size_t i = 0; i < std::size(cases); ++i) {
    const Case& c = cases[i];
    const MeasureChangeByArm& change = result->changes[i];
    SCOPED_TRACE(domain::info(c.measure).id);
    EXPECT_EQ(change.measure, c.measure);
    ASSERT_TRUE(change.difference.has_value());
    expect_near(change.difference->difference, c.difference);
    expect_near(change.difference->ci.low, c.low);
    expect_near(change.difference->ci.high, c.high);
    expect_near(change.difference->df, 1.0);
    expect_near(change.difference->p_value, c.p_value);
    EXPECT_DOUBLE_EQ(change.difference->difference, *change.arms[0].mean - *change.arms[1].mean);
  }
}

TEST(TrialChangeDifference, IsEmptyWhenAnArmHasFewerThanTwoChanges) {
  testing::TrialBuilder trial = testing::small_trial();
  std::erase_if(trial.data().assessments,
                [](const domain::Assessment& a) { return a.patient_id == "P2"; });
  const auto result = analyse_trial(trial.data(), testing::trial_protocol());
  ASSERT_TRUE(result) << result.error().message;
  for (const MeasureChangeByArm& change : result->changes) {
    EXPECT_EQ(change.arms[1].n, 1u);
    EXPECT_FALSE(change.difference.has_value());
  }
}

}  // namespace
}  // namespace myoivig::analysis
