// Tests of analyse_trial on a small hand-built randomised trial whose TIS values follow
// the worked case A of shared/specs/outcomes.md (TIS 55): responders by arm with
// confirmed deterioration and missing visits, mean TIS by visit, change by arm, safety
// with the events of special interest, and the refusals.
#include "analysis/trial_analysis.hpp"

#include <gtest/gtest.h>

#include "domain/seed_protocol_for_tests.hpp"

namespace myoivig::analysis {
namespace {

util::Date day(int offset) {
  return util::Date::from_days_since_epoch(13000 + offset);
}

domain::Protocol trial_protocol() {
  domain::Protocol protocol = domain::seed_protocol_for_tests();
  domain::StudyDesign& design = protocol.design;
  design.kind = domain::DesignKind::randomised;
  design.blinded = true;
  design.arms = {{"ivig", "IVIG", false, 1}, {"placebo", "Placebo", true, 1}};
  design.randomisation = domain::RandomisationSettings{{2}, false, {}, 10, 1};
  protocol.instruments.push_back({domain::Measure::mmt8, 0, 150, ""});
  protocol.instruments.push_back({domain::Measure::physician_activity, 0, 10, ""});
  domain::AnalysisPlan& plan = protocol.analysis;
  plan.endpoints = {domain::Measure::mmt8, domain::Measure::physician_activity};
  plan.primary_test = "fisher";
  plan.population = "randomised";
  plan.response = domain::ResponsePlan{domain::Population::adult, 150, 20, {40, 60}, true};
  plan.special_interest = domain::SpecialInterest{"thromboembolic events",
                                                  {"Deep vein thrombosis", "pulmonary embolism"}};
  return protocol;
}

// The core set of worked case A: baseline, or its follow-up (TIS 55 against baseline).
domain::Assessment case_a(const std::string& id, int week, bool followup) {
  domain::Assessment a;
  a.patient_id = id;
  a.week = week;
  a.physician_activity_vas_mm = followup ? 40 : 60;
  a.patient_activity_vas_mm = followup ? 50 : 70;
  a.mmt8_score = followup ? 125 : 110;
  a.haq_di = followup ? domain::Rational::fraction(9, 8) : domain::Rational::fraction(3, 2);
  a.ck_iu_per_l = followup ? 1500 : 3000;
  a.ck_uln_iu_per_l = 200;
  a.extramuscular_vas_mm = followup ? 20 : 40;
  return a;
}

class TrialBuilder {
 public:
  TrialBuilder& patient(const std::string& id, const std::string& arm) {
    domain::Patient patient;
    patient.id = id;
    patient.site = "S1";
    patient.diagnosis = domain::Diagnosis::dermatomyositis;
    patient.enrolment_date = day(0);
    m_data.patients.push_back(patient);
    if (!arm.empty()) {
      m_data.allocations.push_back(
          {id, arm, "all", static_cast<int>(m_data.allocations.size()) + 1, day(0)});
    }
    return *this;
  }
  TrialBuilder& infusions(const std::string& id, int count) {
    for (int i = 0; i < count; ++i) {
      m_data.administrations.push_back({id, 1, i + 1, day(i), 50.0, {}, {}, {}});
    }
    return *this;
  }
  TrialBuilder& assessed(domain::Assessment assessment) {
    m_data.assessments.push_back(std::move(assessment));
    return *this;
  }
  domain::StudyData& data() { return m_data; }

 private:
  domain::StudyData m_data;
};

TrialBuilder small_trial() {
  TrialBuilder trial;
  // I1 responds (TIS 55 from week 4 on).
  trial.patient("I1", "ivig").infusions("I1", 2).assessed(case_a("I1", 0, false));
  for (int week : {4, 8, 12}) trial.assessed(case_a("I1", week, true));
  // I2 improves only in MMT-8 by 4 of 150 (2.7 %: 10 points): TIS 10.
  trial.patient("I2", "ivig").assessed(case_a("I2", 0, false));
  domain::Assessment slight = case_a("I2", 12, false);
  slight.mmt8_score = 114;
  trial.assessed(slight);
  // I3 has no week-12 visit.
  trial.patient("I3", "ivig").assessed(case_a("I3", 0, false)).assessed(case_a("I3", 4, true));
  // P1 deteriorates at weeks 4 and 8 (physician +2 cm, MMT-8 -20 %), then has TIS 55.
  trial.patient("P1", "placebo").infusions("P1", 1).assessed(case_a("P1", 0, false));
  for (int week : {4, 8}) {
    domain::Assessment worse = case_a("P1", week, false);
    worse.physician_activity_vas_mm = 80;
    worse.mmt8_score = 88;
    trial.assessed(worse);
  }
  trial.assessed(case_a("P1", 12, true));
  // P2 responds; S1 was screened but never randomised.
  trial.patient("P2", "placebo").assessed(case_a("P2", 0, false)).assessed(case_a("P2", 12, true));
  trial.patient("S1", "").assessed(case_a("S1", 0, false));
  domain::AdverseEvent clot;
  clot.patient_id = "P1";
  clot.term = "deep vein thrombosis";
  clot.onset_date = day(20);
  clot.serious = true;
  domain::AdverseEvent headache = clot;
  headache.patient_id = "I1";
  headache.term = "headache";
  headache.serious = false;
  trial.data().adverse_events = {clot, headache};
  return trial;
}

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
