// Test support, not part of the library: a small randomised trial built by hand, for the
// tests of analyse_trial and of its renderers. Its TIS values follow the worked case A of
// shared/specs/outcomes.md (TIS 55). Arms ivig (I1 responds; I2 TIS 10; I3 no week-12 visit)
// and placebo (P1 confirmed deterioration at weeks 4 and 8, then TIS 55; P2 responds); S1
// screened but never randomised; a deep vein thrombosis in P1.
// Thread-safety: returns fresh values.
#pragma once

#include <string>

#include "domain/protocol.hpp"
#include "domain/seed_protocol_for_tests.hpp"
#include "domain/study_data.hpp"

namespace myoivig::analysis::testing {

inline util::Date day(int offset) {
  return util::Date::from_days_since_epoch(13000 + offset);
}

inline domain::Protocol trial_protocol() {
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
inline domain::Assessment case_a(const std::string& id, int week, bool followup) {
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

inline TrialBuilder small_trial() {
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

}  // namespace myoivig::analysis::testing
