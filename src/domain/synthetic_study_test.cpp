// The synthetic study generator: the same seed gives the same study, the counts are as
// asked, every patient is eligible and passes check_study with no findings under the seed
// protocol and variants of it, and the invented outcomes move the way the model says.
#include "domain/synthetic_study.hpp"

#include <map>
#include <set>
#include <string>
#include <tuple>

#include <gtest/gtest.h>

#include "domain/data_check.hpp"
#include "domain/eligibility.hpp"
#include "domain/record_fields_for_tests.hpp"
#include "domain/seed_protocol_for_tests.hpp"
#include "domain/study_integrity.hpp"

namespace myoivig::domain {
namespace {

util::Date date(const char* iso) {
  return *util::parse_iso_date(iso);
}

using testing::same_study;

StudyData generate(std::size_t patients, std::uint64_t seed,
                   const Protocol& protocol = seed_protocol_for_tests()) {
  auto data = generate_synthetic_study({patients, seed, 0}, protocol);
  EXPECT_TRUE(data) << data.error().message;
  return data ? *data : StudyData{};
}

TEST(SyntheticStudy, TheSameSeedGivesTheSameStudy) {
  const StudyData first = generate(300, 42);
  EXPECT_TRUE(same_study(first, generate(300, 42)));
  const StudyData other = generate(300, 43);
  EXPECT_NE(testing::first_difference(first.assessments, other.assessments), -1);
  EXPECT_NE(testing::first_difference(first.patients, other.patients), -1);
  EXPECT_EQ(first.info.study_id, "SYN-SEED-IVIG-2003-N300-S42");
  EXPECT_EQ(other.info.study_id, "SYN-SEED-IVIG-2003-N300-S43");
  EXPECT_TRUE(first.info.synthetic);
  EXPECT_EQ(first.info.protocol_id, "SEED-IVIG-2003");
}

TEST(SyntheticStudy, CountsAreAsRequested) {
  struct Case {
    std::size_t patients;
    int sites_option;
    std::size_t sites;  // expected distinct sites
  };
  // Automatic sites: one per 50 patients, at least 2, never more than the patients.
  for (const Case& c :
       {Case{1, 0, 1}, Case{2, 0, 2}, Case{40, 0, 2}, Case{600, 0, 12}, Case{600, 3, 3}}) {
    SCOPED_TRACE(c.patients);
    auto data =
        generate_synthetic_study({c.patients, 7, c.sites_option}, seed_protocol_for_tests());
    ASSERT_TRUE(data) << data.error().message;
    ASSERT_EQ(data->patients.size(), c.patients);
    EXPECT_EQ(data->patients.front().id, "SYN-000001");
    char last[16];
    std::snprintf(last, sizeof last, "SYN-%06zu", c.patients);
    EXPECT_EQ(data->patients.back().id, last);
    std::set<std::string> sites;
    for (const Patient& patient : data->patients) sites.insert(patient.site);
    EXPECT_EQ(sites.size(), c.sites);
    EXPECT_EQ(data->conditions.size(), 7 * c.patients);  // the 7 exclusion codes each
    EXPECT_EQ(data->visits.size(), data->assessments.size());
    EXPECT_EQ(data->administrations.size(), 5 * data->courses.size());
    EXPECT_LE(data->courses.size(), 2 * c.patients);
    EXPECT_TRUE(data->muscle_grades.empty());
  }
}

TEST(SyntheticStudy, EveryPatientIsEligibleAndChecksClean) {
  struct Case {
    const char* name;
    void (*change)(Protocol&);
  };
  const Case cases[] = {
      {"seed protocol", [](Protocol&) {}},
      {"one course only", [](Protocol& p) { p.regimen.max_courses = 1; }},
      {"2 % dose tolerance", [](Protocol& p) { p.dose_tolerance_fraction = 0.02; }},
      {"PM only, 1 g/kg for 2 days",
       [](Protocol& p) {
         p.eligibility.diagnoses = {Diagnosis::polymyositis};
         p.regimen.dose_g_per_kg_per_day = 1.0;
         p.regimen.days = 2;
       }},
      {"prednisolone > 30 mg/day for > 6 weeks",
       [](Protocol& p) {
         p.eligibility.steroid_resistance = {30, 6, 1};
       }},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    Protocol protocol = seed_protocol_for_tests();
    c.change(protocol);
    const StudyData data = generate(1500, 11, protocol);
    const auto violation = find_integrity_violation(data, protocol);
    EXPECT_FALSE(violation) << violation->entity << " " << violation->index << ": "
                            << violation->error.message;
    const auto findings = check_study(data, protocol, date("2035-01-01"));
    EXPECT_TRUE(findings.empty()) << findings.size()
                                  << " findings, first: " << findings.front().patient_id << " "
                                  << findings.front().record << " " << findings.front().field
                                  << " = " << findings.front().value << ": "
                                  << findings.front().rule;
    for (const EligibilityReport& report : evaluate_eligibility(data, protocol)) {
      ASSERT_EQ(report.verdict, Verdict::eligible) << report.patient_id;
    }
    for (const Course& course : data.courses) {
      ASSERT_LE(course.number, protocol.regimen.max_courses);
    }
  }
}

// Means of week-12 minus week-0 values over patients with both, by measure.
std::map<std::string, double> mean_changes(const StudyData& data) {
  std::map<std::string, std::map<int, const Assessment*>> by_patient;
  for (const Assessment& a : data.assessments) by_patient[a.patient_id][a.week] = &a;
  std::map<std::string, double> sums;
  int n = 0;
  for (const auto& [id, weeks] : by_patient) {
    if (!weeks.contains(0) || !weeks.contains(12)) continue;
    const Assessment& base = *weeks.at(0);
    const Assessment& last = *weeks.at(12);
    sums["mmt"] += *last.mmt_score - *base.mmt_score;
    sums["adl"] += *last.adl_score - *base.adl_score;
    sums["ck"] += *last.ck_iu_per_l - *base.ck_iu_per_l;
    sums["fatigue_mm"] += *last.fatigue_vas_mm - *base.fatigue_vas_mm;
    sums["pain_mm"] += *last.pain_vas_mm - *base.pain_vas_mm;
    ++n;
  }
  for (auto& [measure, sum] : sums) sum /= n;
  return sums;
}

TEST(SyntheticStudy, OutcomesWithdrawalsCoursesAndEventsLookLikeATrial) {
  const StudyData data = generate(4000, 5);
  // The model's expected changes: MMT +0.75 x 14 + 0.25 x 1 = +10.75 points, ADL about
  // +0.75 x 14 x 0.85 = +8.9, CK -0.75 x 55 % of ~1400 IU/l, VAS -0.75 x 72 % x 55 mm.
  const auto change = mean_changes(data);
  EXPECT_NEAR(change.at("mmt"), 10.75, 1.0);
  EXPECT_GT(change.at("adl"), 6);
  EXPECT_LT(change.at("ck"), -300);
  EXPECT_LT(change.at("fatigue_mm"), -20);
  EXPECT_LT(change.at("pain_mm"), -10);

  std::size_t withdrawn = 0;
  for (const Patient& patient : data.patients) {
    if (!patient.withdrawal_date) continue;
    ++withdrawn;
    EXPECT_FALSE(patient.withdrawal_reason.empty()) << patient.id;
  }
  EXPECT_NEAR(withdrawn / 4000.0, 0.12, 0.02);
  std::size_t first_courses = 0;
  for (const Course& course : data.courses) first_courses += course.number == 1 ? 1 : 0;
  const std::size_t second_courses = data.courses.size() - first_courses;
  EXPECT_NEAR(4000.0 - first_courses, 4000 * 0.12 * 0.1, 20);  // untreated withdrawals
  EXPECT_NEAR(static_cast<double>(second_courses) / first_courses, 0.2, 0.03);
  EXPECT_NEAR(static_cast<double>(data.adverse_events.size()) / data.courses.size(), 0.08, 0.015);
  // 11 of 100 events are serious (aseptic meningitis 5, thrombosis 3, infarction 3).
  std::size_t serious = 0;
  for (const AdverseEvent& event : data.adverse_events) serious += event.serious ? 1 : 0;
  EXPECT_NEAR(static_cast<double>(serious) / data.adverse_events.size(), 0.11, 0.05);
}

TEST(SyntheticStudy, RefusesWhatItCannotGenerate) {
  struct Case {
    SyntheticStudyOptions options;
    bool baseline_visit;
    const char* message;
  };
  const Case cases[] = {
      {{0, 1, 0}, true, "patients: must be from 1 to 999999, got 0"},
      {{1'000'000, 1, 0}, true, "patients: must be from 1 to 999999, got 1000000"},
      {{10, 1, 100}, true, "sites: must be from 1 to 99 (0 for automatic), got 100"},
      {{10, 1, -1}, true, "sites: must be from 1 to 99 (0 for automatic), got -1"},
      {{10, 1, 0},
       false,
       "schedule.visits: the generator needs a visit at the baseline week 0 "
       "(analysis.baseline_week)"},
  };
  for (const Case& c : cases) {
    Protocol protocol = seed_protocol_for_tests();
    if (!c.baseline_visit) protocol.schedule.erase(protocol.schedule.begin() + 1);
    const auto data = generate_synthetic_study(c.options, protocol);
    ASSERT_FALSE(data) << c.message;
    EXPECT_EQ(data.error().message, c.message);
  }
}

}  // namespace
}  // namespace myoivig::domain
