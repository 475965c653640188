// Tests of analyse_trial on a small hand-built randomised trial whose TIS values follow
// the worked case A of shared/specs/outcomes.md (TIS 55): responders by arm with
// confirmed deterioration and missing visits, mean TIS by visit, change by arm, safety
// with the events of special interest, and the refusals.
#include "analysis/trial_analysis.hpp"

#include <gtest/gtest.h>

#include "analysis/trial_test_support.hpp"
#include "domain/seed_protocol_for_tests.hpp"

namespace myoivig::analysis {
namespace {

using testing::small_trial;
using testing::trial_protocol;
using testing::TrialBuilder;

TrialResult analyse(const domain::StudyData& data) {
  auto result = analyse_trial(data, trial_protocol());
  EXPECT_TRUE(result.has_value()) << result.error().message;
  return result ? *result : TrialResult{};
}

TEST(TrialAnalysis, EachPatientsResponseFollowsTheCriteria) {
  TrialBuilder trial = small_trial();
  const TrialResult result = analyse(trial.data());
  ASSERT_EQ(result.patients.size(), 5u);  // S1 was never randomised
  const PatientResponse& i1 = result.patients[0];
  EXPECT_EQ(i1.tis_at_primary, 55.0);
  ASSERT_EQ(i1.tis_by_week.size(), 3u);
  EXPECT_EQ(i1.tis_by_week[0].week, 4);
  EXPECT_EQ(result.patients[1].tis_at_primary, 10.0);
  EXPECT_FALSE(result.patients[2].tis_at_primary.has_value());
  EXPECT_EQ(result.patients[2].note, "no assessment at the primary week 12");
  const PatientResponse& p1 = result.patients[3];
  EXPECT_TRUE(p1.confirmed_deterioration);
  EXPECT_EQ(p1.deterioration_week, 8);
  EXPECT_EQ(p1.tis_at_primary, 55.0);
}

TEST(TrialAnalysis, RespondersByArmWithDifferenceAndFisher) {
  TrialBuilder trial = small_trial();
  const TrialResult result = analyse(trial.data());
  ASSERT_EQ(result.arms.size(), 2u);
  EXPECT_EQ(result.arms[0].randomised, 3u);
  EXPECT_EQ(result.arms[0].treated, 1u);
  EXPECT_EQ(result.arms[1].randomised, 2u);
  const ResponderComparison& primary = result.primary;
  EXPECT_EQ(primary.threshold, 20);
  EXPECT_EQ(primary.arms[0].responders, 1u);  // I1
  EXPECT_EQ(primary.arms[1].responders, 1u);  // P2 (P1 deteriorated)
  EXPECT_DOUBLE_EQ(*primary.difference, 1.0 / 3.0 - 1.0 / 2.0);
  // R: fisher.test(matrix(c(1, 2, 1, 1), 2, byrow = TRUE))$p.value == 1.
  EXPECT_DOUBLE_EQ(*primary.p_value, 1.0);
  // R: binom.test(1, 3)$conf.int.
  EXPECT_NEAR(primary.arms[0].ci->low, 0.00840375865961, 1e-12);
  EXPECT_NEAR(primary.arms[0].ci->high, 0.90570067594975, 1e-12);
  ASSERT_EQ(result.secondary.size(), 2u);
  EXPECT_EQ(result.secondary[0].arms[0].responders, 1u);  // TIS 55 >= 40
  EXPECT_EQ(result.secondary[1].arms[0].responders, 0u);  // not >= 60
}

TEST(TrialAnalysis, MeanTisByVisitAndChangeByArm) {
  TrialBuilder trial = small_trial();
  const TrialResult result = analyse(trial.data());
  const auto row = [&](const std::string& arm, int week) {
    for (const ArmWeekSummary& r : result.tis_by_visit) {
      if (r.arm == arm && r.week == week) return r;
    }
    return ArmWeekSummary{};
  };
  EXPECT_EQ(row("ivig", 12).n, 2u);
  EXPECT_DOUBLE_EQ(*row("ivig", 12).mean, 32.5);
  EXPECT_EQ(row("placebo", 4).n, 1u);
  EXPECT_DOUBLE_EQ(*row("placebo", 4).mean, 0.0);
  EXPECT_FALSE(row("placebo", 4).ci.has_value());  // one value: no interval
  ASSERT_EQ(result.changes.size(), 2u);
  const MeasureChangeByArm& mmt8 = result.changes[0];
  EXPECT_EQ(mmt8.arms[0].n, 2u);  // I1 +15, I2 +4
  EXPECT_DOUBLE_EQ(*mmt8.arms[0].mean, 9.5);
  EXPECT_DOUBLE_EQ(*mmt8.arms[1].mean, 15.0);  // P1 +15, P2 +15
  EXPECT_FALSE(mmt8.arms[1].ci.has_value());   // constant changes
}

TEST(TrialAnalysis, SafetyByArmListsTheEventsOfSpecialInterest) {
  TrialBuilder trial = small_trial();
  const TrialResult result = analyse(trial.data());
  ASSERT_EQ(result.safety.size(), 2u);
  EXPECT_EQ(result.safety[0].infusions, 2u);
  EXPECT_EQ(result.safety[0].events, 1u);
  EXPECT_DOUBLE_EQ(*result.safety[0].events_per_infusion, 0.5);
  EXPECT_EQ(result.safety[1].special_interest_events, 1u);
  EXPECT_EQ(result.safety[1].serious_events, 1u);
  EXPECT_EQ(result.special_interest_label, "thromboembolic events");
  ASSERT_EQ(result.special_interest.size(), 1u);
  EXPECT_EQ(result.special_interest[0].arm, "placebo");
  EXPECT_EQ(result.special_interest[0].event.term, "deep vein thrombosis");
}

TEST(TrialAnalysis, RefusesAnUnknownArmAndASingleArmProtocol) {
  TrialBuilder trial = small_trial();
  trial.data().allocations[0].arm = "open";
  auto unknown = analyse_trial(trial.data(), trial_protocol());
  ASSERT_FALSE(unknown.has_value());
  EXPECT_EQ(unknown.error().message, "allocation of I1: arm 'open' is not an arm of the design");
  auto single = analyse_trial(small_trial().data(), domain::seed_protocol_for_tests());
  ASSERT_FALSE(single.has_value());
  EXPECT_NE(single.error().message.find("is not randomised"), std::string::npos);
}

}  // namespace
}  // namespace myoivig::analysis
