// Tests of core_set_of: exact centimetres from whole millimetres, the enzyme only with its
// ULN, and the worked case A of shared/specs/outcomes.md scored from two assessments.
#include "domain/assessment_core_set.hpp"

#include <gtest/gtest.h>

#include "domain/total_improvement_score.hpp"

namespace myoivig::domain {
namespace {

Assessment case_a(bool followup) {
  Assessment assessment;
  assessment.physician_activity_vas_mm = followup ? 40 : 60;
  assessment.patient_activity_vas_mm = followup ? 50 : 70;
  assessment.mmt8_score = followup ? 125 : 110;
  assessment.haq_di = followup ? Rational::fraction(9, 8) : Rational::fraction(3, 2);
  assessment.ck_iu_per_l = followup ? 1500 : 3000;
  assessment.ck_uln_iu_per_l = 200;
  assessment.extramuscular_vas_mm = followup ? 20 : 40;
  return assessment;
}

TEST(AssessmentCoreSet, MillimetresBecomeExactCentimetres) {
  Assessment assessment;
  assessment.physician_activity_vas_mm = 11;
  const CoreSet visit = core_set_of(assessment);
  EXPECT_EQ(visit.physician_global_cm, Rational::fraction(11, 10));
  EXPECT_FALSE(visit.patient_global_cm.has_value());
  EXPECT_FALSE(visit.mmt.has_value());
  EXPECT_TRUE(visit.enzymes.empty());
}

TEST(AssessmentCoreSet, CkCountsAsTheEnzymeOnlyWithItsUpperLimit) {
  Assessment assessment;
  assessment.ck_iu_per_l = 900;
  EXPECT_TRUE(core_set_of(assessment).enzymes.empty());
  assessment.ck_uln_iu_per_l = 180;
  const CoreSet visit = core_set_of(assessment);
  ASSERT_EQ(visit.enzymes.size(), 1u);
  EXPECT_EQ(visit.enzymes[0].name, "CK");
  EXPECT_EQ(visit.enzymes[0].value, Rational(900));
  EXPECT_EQ(visit.enzymes[0].uln, Rational(180));
}

TEST(AssessmentCoreSet, WorkedCaseAScoresFiftyFive) {
  ResponseInput input;
  input.mmt_max = 150;
  input.baseline = core_set_of(case_a(false));
  input.followup = core_set_of(case_a(true));
  const auto score = total_improvement_score(input, TisSettings{});
  ASSERT_TRUE(score.has_value()) << score.error().message;
  ASSERT_TRUE(score->tis.has_value());
  EXPECT_EQ(*score->tis, Rational(55));
  EXPECT_EQ(score->category, TisCategory::moderate);
}

}  // namespace
}  // namespace myoivig::domain
