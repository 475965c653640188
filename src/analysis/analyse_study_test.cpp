// Tests of analyse_study on small hand-built studies: who is analysed and why not, the
// tests chosen for ties and zeros, missing statistics with notes, the steroid dose in force
// on visit dates and safety per course. Expected values are worked out by hand (and, for
// the signed-rank and t results, agree with R: see the comments).
#include "analysis/analyse_study.hpp"

#include <gtest/gtest.h>

#include "domain/seed_protocol_for_tests.hpp"

namespace myoivig::analysis {
namespace {

using domain::Measure;

util::Date day(int offset) {
  return util::Date::from_days_since_epoch(12000 + offset);
}

struct Values {
  int mmt;
  int adl;
  int ck;
  int fatigue_mm;
  int pain_mm;
};

class StudyBuilder {
 public:
  StudyBuilder& patient(const std::string& id, domain::Sex sex, int birth_year,
                        domain::Diagnosis diagnosis) {
    domain::Patient patient;
    patient.id = id;
    patient.site = "S1";
    patient.sex = sex;
    patient.birth_year = birth_year;
    patient.diagnosis = diagnosis;
    patient.biopsy_proven = true;
    patient.enrolment_date = day(0);
    m_data.patients.push_back(patient);
    return *this;
  }
  StudyBuilder& infused(const std::string& id, int course) {
    m_data.administrations.push_back({id, course, 1, day(7 * course), 20.0, {}, {}, {}});
    return *this;
  }
  StudyBuilder& assessed(const std::string& id, int week, Values values,
                         std::optional<domain::PhysicianGlobal> physician = std::nullopt) {
    m_data.visits.push_back({id, week, day(7 * week)});
    domain::Assessment assessment;
    assessment.patient_id = id;
    assessment.week = week;
    assessment.mmt_score = values.mmt;
    assessment.adl_score = values.adl;
    assessment.ck_iu_per_l = values.ck;
    assessment.fatigue_vas_mm = values.fatigue_mm;
    assessment.pain_vas_mm = values.pain_mm;
    assessment.physician_global = physician;
    m_data.assessments.push_back(assessment);
    return *this;
  }
  StudyBuilder& withdrawn(const std::string& id, int on_day, const std::string& reason) {
    for (domain::Patient& patient : m_data.patients) {
      if (patient.id != id) continue;
      patient.withdrawal_date = day(on_day);
      patient.withdrawal_reason = reason;
    }
    return *this;
  }
  domain::StudyData& data() { return m_data; }

 private:
  domain::StudyData m_data;
};

AnalysisResult analyse(const domain::StudyData& data) {
  auto result = analyse_study(data, domain::seed_protocol_for_tests());
  EXPECT_TRUE(result.has_value()) << result.error().message;
  return *result;
}

const EndpointResult& endpoint(const AnalysisResult& result, Measure measure) {
  for (const EndpointResult& found : result.endpoints) {
    if (found.measure == measure) return found;
  }
  throw std::logic_error("endpoint not analysed");
}

TEST(AnalyseStudy, PopulationsNameTheReasonForEveryPatientNotAnalysed) {
  StudyBuilder study;
  study.patient("P1", domain::Sex::male, 1950, domain::Diagnosis::polymyositis)
      .infused("P1", 1)
      .infused("P1", 2)
      .assessed("P1", 0, {60, 30, 1000, 50, 40})
      .assessed("P1", 12, {70, 40, 500, 20, 10});
  study.patient("P2", domain::Sex::female, 1960, domain::Diagnosis::dermatomyositis)
      .withdrawn("P2", 3, "moved away");
  study.patient("P3", domain::Sex::female, 1970, domain::Diagnosis::polymyositis)
      .infused("P3", 1)
      .assessed("P3", 0, {60, 30, 1000, 50, 40})
      .withdrawn("P3", 40, "fracture");
  study.patient("P4", domain::Sex::male, 1980, domain::Diagnosis::dermatomyositis).infused("P4", 1);
  study.assessed("P4", 0, {60, 30, 1000, 50, 40}).assessed("P4", 12, {70, 40, 500, 20, 10});
  study.data().assessments.back().ck_iu_per_l.reset();

  const AnalysisResult result = analyse(study.data());
  const Populations& population = result.population;
  EXPECT_EQ(population.enrolled, 4u);
  EXPECT_EQ(population.treated, 3u);
  EXPECT_EQ(population.analysed, 1u);
  EXPECT_EQ(population.courses, 4u);
  EXPECT_EQ(population.patients_with_repeat_course, 1u);
  EXPECT_EQ(population.analysed_ids, std::vector<std::string>{"P1"});
  ASSERT_EQ(population.excluded.size(), 3u);
  EXPECT_EQ(population.excluded[0].patient_id, "P2");
  EXPECT_EQ(population.excluded[0].stage, ExclusionStage::not_treated);
  EXPECT_EQ(population.excluded[0].reason,
            "no infusion recorded; withdrawn on " + day(3).iso() + ": moved away");
  EXPECT_EQ(population.excluded[1].stage, ExclusionStage::not_analysed);
  EXPECT_EQ(population.excluded[1].reason,
            "withdrawn on " + day(40).iso() + ", before the week 12 visit: fracture");
  EXPECT_EQ(population.excluded[2].reason, "not recorded at week 12: ck");

  EXPECT_EQ(result.demographics.n, 1u);
  EXPECT_EQ(result.demographics.male, 1u);
  EXPECT_EQ(result.demographics.polymyositis, 1u);
  EXPECT_EQ(result.demographics.age_min, day(0).year() - 1950);
}

// Five patients whose MMT changes are 0, 2, 2, 5, -1 (a zero and a tie) and whose ADL does
// not change at all.
StudyBuilder five_patients() {
  StudyBuilder study;
  const int mmt_change[] = {0, 2, 2, 5, -1};
  for (int i = 0; i < 5; ++i) {
    const std::string id = "P" + std::to_string(i + 1);
    study.patient(id, domain::Sex::female, 1960 + i, domain::Diagnosis::polymyositis)
        .infused(id, 1)
        .assessed(id, 0, {60 + i, 30, 1000 + 100 * i, 50 + i, 40})
        .assessed(id, 12, {60 + i + mmt_change[i], 30, 900 + 90 * i, 30 + 2 * i, 35},
                  i < 4 ? domain::PhysicianGlobal::improved : domain::PhysicianGlobal::worse);
  }
  return study;
}

TEST(AnalyseStudy, TiesAndZerosGiveTheExactConditionalTest) {
  StudyBuilder study = five_patients();
  const AnalysisResult result_mmt = analyse(study.data());
  const EndpointResult& mmt = endpoint(result_mmt, Measure::mmt);
  ASSERT_TRUE(mmt.signrank.has_value());
  // R: exactRankTests::wilcox.exact(c(0, 2, 2, 5, -1)): V = 9, p = 0.25 (4 nonzero).
  EXPECT_EQ(mmt.signrank->method, stats::SignrankMethodUsed::exact_conditional);
  EXPECT_EQ(mmt.signrank->n, 4u);
  EXPECT_EQ(mmt.signrank->n_zero, 1u);
  EXPECT_DOUBLE_EQ(mmt.signrank->statistic, 9.0);
  EXPECT_DOUBLE_EQ(mmt.signrank->p_value, 0.25);
  // R: t.test(c(0, 2, 2, 5, -1)): t = 1.5540573797716228, df = 4.
  ASSERT_TRUE(mmt.ttest.has_value());
  EXPECT_NEAR(mmt.ttest->statistic, 1.5540573797716228, 1e-12);
  EXPECT_DOUBLE_EQ(mmt.change->mean, 1.6);
  EXPECT_EQ(mmt.changes, (std::vector<double>{0, 2, 2, 5, -1}));
}

TEST(AnalyseStudy, UndefinedTestsAreAbsentWithANote) {
  StudyBuilder study = five_patients();
  const AnalysisResult result_adl = analyse(study.data());
  const EndpointResult& adl = endpoint(result_adl, Measure::adl);
  EXPECT_EQ(adl.n, 5u);
  EXPECT_FALSE(adl.signrank.has_value());
  EXPECT_FALSE(adl.ttest.has_value());
  EXPECT_FALSE(adl.change_ci.has_value());
  ASSERT_EQ(adl.notes.size(), 2u);
  EXPECT_NE(adl.notes[0].find("signed-rank test not computed"), std::string::npos) << adl.notes[0];
  EXPECT_NE(adl.notes[1].find("paired t-test not computed"), std::string::npos) << adl.notes[1];
}

TEST(AnalyseStudy, VasChangesInCentimetresTieExactly) {
  // Fatigue 50->30, 51->32, 52->34, 53->36, 54->38 mm: changes -2.0, -1.9, ..., -1.6 cm.
  StudyBuilder study = five_patients();
  const AnalysisResult result_fatigue = analyse(study.data());
  const EndpointResult& fatigue = endpoint(result_fatigue, Measure::vas_fatigue);
  EXPECT_EQ(fatigue.changes, (std::vector<double>{-2.0, -1.9, -1.8, -1.7, -1.6}));
  // Pain 40 -> 35 mm for everyone: five changes of exactly -0.5 cm, all tied.
  const AnalysisResult result_pain = analyse(study.data());
  const EndpointResult& pain = endpoint(result_pain, Measure::vas_pain);
  ASSERT_TRUE(pain.signrank.has_value());
  EXPECT_TRUE(pain.signrank->ties);
  EXPECT_DOUBLE_EQ(pain.signrank->statistic, 0.0);
  EXPECT_DOUBLE_EQ(pain.signrank->p_value, 0.0625);  // 2 / 2^5
}

TEST(AnalyseStudy, ByVisitAndTrajectoriesCoverEveryScheduledWeek) {
  StudyBuilder study = five_patients();
  const AnalysisResult result_mmt = analyse(study.data());
  const EndpointResult& mmt = endpoint(result_mmt, Measure::mmt);
  std::vector<int> weeks;
  for (const VisitSummary& visit : mmt.by_visit) weeks.push_back(visit.week);
  EXPECT_EQ(weeks, (std::vector<int>{-4, 0, 2, 4, 8, 12}));
  EXPECT_EQ(mmt.by_visit[0].n, 0u);
  EXPECT_FALSE(mmt.by_visit[0].summary.has_value());
  EXPECT_EQ(mmt.by_visit[1].n, 5u);
  EXPECT_DOUBLE_EQ(mmt.by_visit[1].summary->mean, 62.0);
  ASSERT_TRUE(mmt.by_visit[1].mean_ci.has_value());
  // R: t.test(60:64)$conf.int = 62 -/+ qt(0.975, 4) * sqrt(2.5) / sqrt(5).
  EXPECT_NEAR(mmt.by_visit[1].mean_ci->low, 60.036756838522443, 1e-12);
  ASSERT_EQ(mmt.trajectories.size(), 5u);
  ASSERT_EQ(mmt.trajectories[3].points.size(), 2u);
  EXPECT_EQ(mmt.trajectories[3].points[1].week, 12);
  EXPECT_DOUBLE_EQ(mmt.trajectories[3].points[1].value, 68.0);
}

TEST(AnalyseStudy, PhysicianAndSteroidAmongTheImproved) {
  StudyBuilder study = five_patients();
  // P1: 60 mg/day through baseline, then 40 from day 50 (ongoing): 40 at week 12 (day 84).
  study.data().steroid_doses.push_back({"P1", 60, day(-30), day(49)});
  study.data().steroid_doses.push_back({"P1", 40, day(50), std::nullopt});
  // P2: 55 mg/day until day 84 inclusive: covers both visits.
  study.data().steroid_doses.push_back({"P2", 55, day(-30), day(84)});
  // P5 is worse: not counted. P3, P4 have no dose records: not recorded, not 0.
  study.data().steroid_doses.push_back({"P5", 80, day(-30), std::nullopt});
  const AnalysisResult result = analyse(study.data());
  EXPECT_EQ(result.physician.improved, 4u);
  EXPECT_EQ(result.physician.n, 5u);
  EXPECT_DOUBLE_EQ(*result.physician.proportion, 0.8);
  // R: binom.test(4, 5)$conf.int.
  EXPECT_NEAR(result.physician.ci->low, 0.28358206388191060, 1e-12);
  EXPECT_NEAR(result.physician.ci->high, 0.99494923662053192, 1e-12);
  EXPECT_EQ(result.steroid.improved_n, 4u);
  EXPECT_EQ(result.steroid.baseline_n, 2u);
  EXPECT_EQ(result.steroid.followup_n, 2u);
  EXPECT_DOUBLE_EQ(*result.steroid.dose_baseline_mean, 57.5);
  EXPECT_DOUBLE_EQ(*result.steroid.dose_followup_mean, 47.5);
}

TEST(AnalyseStudy, SafetyCountsCoursesGivenAndListsEveryEvent) {
  StudyBuilder study = five_patients();
  study.infused("P2", 2);
  domain::AdverseEvent headache;
  headache.patient_id = "P2";
  headache.course_number = 2;
  headache.term = "headache";
  headache.onset_date = day(15);
  domain::AdverseEvent second = headache;
  second.term = "rash";
  second.onset_date = day(14);
  domain::AdverseEvent never_given = headache;
  never_given.patient_id = "P1";
  never_given.course_number = 3;
  never_given.term = "fever";
  never_given.serious = true;
  study.data().adverse_events = {headache, second, never_given};
  const Safety safety = analyse(study.data()).safety;
  EXPECT_EQ(safety.courses, 6u);
  EXPECT_EQ(safety.courses_with_event, 1u);
  EXPECT_EQ(safety.patients, 5u);
  EXPECT_EQ(safety.patients_with_event, 1u);
  EXPECT_EQ(safety.events, 3u);
  EXPECT_EQ(safety.serious_events, 1u);
  EXPECT_DOUBLE_EQ(*safety.rate_per_course, 1.0 / 6.0);
  // R: binom.test(1, 6)$conf.int.
  EXPECT_NEAR(safety.ci->low, 0.0042107445144894742, 1e-12);
  EXPECT_NEAR(safety.ci->high, 0.6412345789976747756, 1e-12);
  ASSERT_EQ(safety.listing.size(), 3u);
  EXPECT_EQ(safety.listing[0].term, "fever");  // P1 first (enrolment order)
  EXPECT_EQ(safety.listing[1].term, "rash");   // then P2's by onset
  EXPECT_EQ(safety.listing[2].term, "headache");
}

TEST(AnalyseStudy, RefusesToPoolTheArmsOfARandomisedDesign) {
  domain::Protocol protocol = domain::seed_protocol_for_tests();
  protocol.design.kind = domain::DesignKind::randomised;
  protocol.design.arms = {{"ivig", "IVIG", false, 1}, {"placebo", "Placebo", true, 1}};
  protocol.design.randomisation = domain::RandomisationSettings{{2}, false, {}, 10, 1};
  protocol.analysis.primary_test = "fisher";
  protocol.analysis.population = "randomised";
  protocol.analysis.response = domain::ResponsePlan{};
  auto result = analyse_study(five_patients().data(), protocol);
  ASSERT_FALSE(result.has_value());
  EXPECT_NE(result.error().message.find("is randomised"), std::string::npos);
}

}  // namespace
}  // namespace myoivig::analysis
