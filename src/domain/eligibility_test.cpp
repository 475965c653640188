// Eligibility verdicts over whole patients: each rule's status, how they combine, and
// the reference date steroid resistance is judged at. The protocol is built here by hand
// (domain tests do not read protocol files).
#include "domain/eligibility.hpp"

#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace myoivig::domain {
namespace {

util::Date date(const char* iso) {
  return *util::parse_iso_date(iso);
}

// The seed protocol's rules, with two of its exclusions.
Protocol seed_like_protocol() {
  Protocol protocol;
  protocol.id = "TEST";
  protocol.eligibility.diagnoses = {Diagnosis::polymyositis, Diagnosis::dermatomyositis};
  protocol.eligibility.biopsy_required = true;
  protocol.eligibility.steroid_resistance = SteroidResistanceRule{50, 4, 1};
  protocol.eligibility.exclusions = {{"malignancy", "Malignancy", std::nullopt},
                                     {"prior_ivig", "IVIG within 6 weeks before enrolment", 6}};
  protocol.analysis.baseline_week = 0;
  return protocol;
}

Assessment mmt(const char* patient_id, int week, int score) {
  Assessment assessment;
  assessment.patient_id = patient_id;
  assessment.week = week;
  assessment.mmt_score = score;
  return assessment;
}

// Enrolled at screening (week -4) on 2002-03-18, prednisolone 60 mg/day since 2002-02-04,
// MMT 64 -> 63, day 1 on 2002-04-15: eligible.
struct Screened {
  Patient patient{"P-01",
                  "S1",
                  Sex::male,
                  1950,
                  Diagnosis::polymyositis,
                  true,
                  date("2002-01-10"),
                  170.0,
                  date("2002-03-18"),
                  std::nullopt,
                  ""};
  EligibilityRecords records{
      {{"P-01", "malignancy", false, std::nullopt, ""},
       {"P-01", "prior_ivig", false, std::nullopt, ""}},
      {{"P-01", 10, date("2001-01-01"), date("2002-02-03")},
       {"P-01", 60, date("2002-02-04"), std::nullopt}},
      {{"P-01", 1, "seed", "PEG-IgG 5%", date("2002-04-15"), 70, WeightPolicy::actual, 0.4}},
      {{"P-01", -4, date("2002-03-18")}, {"P-01", 0, date("2002-04-15")}},
      {mmt("P-01", -4, 64), mmt("P-01", 0, 63)}};
  Protocol protocol = seed_like_protocol();
};

const RuleOutcome& rule(const EligibilityReport& report, const std::string& id) {
  for (const RuleOutcome& outcome : report.rules) {
    if (outcome.id == id) return outcome;
  }
  throw std::logic_error("no rule " + id);
}

struct Case {
  const char* name;
  std::function<void(Screened&)> change;
  Verdict verdict;
  const char* rule_id;  // the rule the change is about
  RuleStatus status;
};

class Eligibility : public testing::TestWithParam<Case> {};

TEST_P(Eligibility, VerdictAndRule) {
  const Case& c = GetParam();
  Screened screened;
  c.change(screened);
  const EligibilityReport report =
      evaluate_eligibility(screened.patient, screened.records, screened.protocol);
  EXPECT_EQ(code(report.verdict), code(c.verdict));
  const RuleOutcome& outcome = rule(report, c.rule_id);
  EXPECT_EQ(code(outcome.status), code(c.status)) << outcome.facts;
}

void condition(Screened& s, const char* code, bool present, std::optional<int> days_before) {
  for (Condition& record : s.records.conditions) {
    if (record.code != code) continue;
    record.present = present;
    if (days_before) record.date = s.patient.enrolment_date.plus_days(-*days_before);
  }
}

INSTANTIATE_TEST_SUITE_P(
    Cases, Eligibility,
    testing::Values(
        Case{"complete", [](Screened&) {}, Verdict::eligible, "steroid_resistance",
             RuleStatus::met},
        Case{"dermatomyositis_admitted",
             [](Screened& s) { s.patient.diagnosis = Diagnosis::dermatomyositis; },
             Verdict::eligible, "diagnosis", RuleStatus::met},
        Case{"diagnosis_not_admitted",
             [](Screened& s) { s.protocol.eligibility.diagnoses = {Diagnosis::dermatomyositis}; },
             Verdict::ineligible, "diagnosis", RuleStatus::not_met},
        Case{"not_biopsy_proven", [](Screened& s) { s.patient.biopsy_proven = false; },
             Verdict::ineligible, "biopsy", RuleStatus::not_met},
        Case{"biopsy_not_required",
             [](Screened& s) {
               s.patient.biopsy_proven = false;
               s.protocol.eligibility.biopsy_required = false;
             },
             Verdict::eligible, "biopsy", RuleStatus::met},
        Case{"malignancy_present", [](Screened& s) { condition(s, "malignancy", true, 400); },
             Verdict::ineligible, "exclusion.malignancy", RuleStatus::not_met},
        Case{"no_screening_record", [](Screened& s) { s.records.conditions.pop_back(); },
             Verdict::undetermined, "exclusion.prior_ivig", RuleStatus::unknown},
        Case{"ivig_41_days_before_enrolment",
             [](Screened& s) { condition(s, "prior_ivig", true, 41); }, Verdict::ineligible,
             "exclusion.prior_ivig", RuleStatus::not_met},
        Case{"ivig_43_days_before_enrolment",
             [](Screened& s) { condition(s, "prior_ivig", true, 43); }, Verdict::eligible,
             "exclusion.prior_ivig", RuleStatus::met},
        Case{"mmt_improved", [](Screened& s) { s.records.assessments[1].mmt_score = 65; },
             Verdict::ineligible, "steroid_resistance", RuleStatus::not_met},
        Case{"baseline_mmt_missing",
             [](Screened& s) { s.records.assessments[1].mmt_score.reset(); }, Verdict::undetermined,
             "steroid_resistance", RuleStatus::unknown},
        Case{"not_met_outweighs_unknown",
             [](Screened& s) {
               s.records.assessments[1].mmt_score.reset();
               s.patient.biopsy_proven = false;
             },
             Verdict::ineligible, "steroid_resistance", RuleStatus::unknown},
        Case{"high_dose_too_short",
             [](Screened& s) { s.records.steroid_doses[1].from = date("2002-03-18"); },
             Verdict::ineligible, "steroid_resistance", RuleStatus::not_met},
        Case{"untreated_judged_at_baseline_visit", [](Screened& s) { s.records.courses.clear(); },
             Verdict::eligible, "steroid_resistance", RuleStatus::met},
        Case{"untreated_without_baseline_judged_at_enrolment",
             [](Screened& s) {
               s.records.courses.clear();
               s.records.visits.pop_back();
             },
             Verdict::undetermined, "steroid_resistance", RuleStatus::unknown}),
    [](const testing::TestParamInfo<Case>& case_info) {
      return std::string(case_info.param.name);
    });

TEST(EligibilityReport, RulesInProtocolOrder) {
  Screened s;
  const EligibilityReport report = evaluate_eligibility(s.patient, s.records, s.protocol);
  std::vector<std::string> ids;
  for (const RuleOutcome& outcome : report.rules) ids.push_back(outcome.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"diagnosis", "biopsy", "steroid_resistance",
                                           "exclusion.malignancy", "exclusion.prior_ivig"}));
  EXPECT_EQ(report.patient_id, "P-01");
}

TEST(EligibilityReport, FactsNameTheReferenceDate) {
  Screened s;
  // A second course listed first: day 1 of the first course is still the reference.
  s.records.courses.insert(
      s.records.courses.begin(),
      {"P-01", 2, "seed", "PEG-IgG 5%", date("2002-05-27"), 70, WeightPolicy::actual, 0.4});
  EXPECT_NE(rule(evaluate_eligibility(s.patient, s.records, s.protocol), "steroid_resistance")
                .facts.find("before day 1 of course 1 on 2002-04-15"),
            std::string::npos);
  s.records.courses.clear();
  EXPECT_NE(
      rule(evaluate_eligibility(s.patient, s.records, s.protocol), "steroid_resistance")
          .facts.find("before the baseline visit (week 0, no course given yet) on 2002-04-15"),
      std::string::npos);
  s.records.visits.pop_back();
  EXPECT_NE(rule(evaluate_eligibility(s.patient, s.records, s.protocol), "steroid_resistance")
                .facts.find("before enrolment (no course or baseline visit yet) on 2002-03-18"),
            std::string::npos);
}

template <typename Record>
void copy_for(std::vector<Record>& into, std::vector<Record> records, const std::string& id) {
  for (Record& record : records) {
    record.patient_id = id;
    into.push_back(record);
  }
}

TEST(EligibilityReport, StudyDataKeepsPatientsApart) {
  Screened first;
  StudyData data;
  data.patients = {first.patient, first.patient};
  data.patients[1].id = "P-02";
  for (const std::string id : {"P-01", "P-02"}) {
    copy_for(data.conditions, first.records.conditions, id);
    copy_for(data.steroid_doses, first.records.steroid_doses, id);
    copy_for(data.courses, first.records.courses, id);
    copy_for(data.visits, first.records.visits, id);
    copy_for(data.assessments, first.records.assessments, id);
  }
  data.conditions.back().present = true;  // P-02 had IVIG, undated
  const auto reports = evaluate_eligibility(data, first.protocol);
  ASSERT_EQ(reports.size(), 2u);
  EXPECT_EQ(reports[0].patient_id, "P-01");
  EXPECT_EQ(code(reports[0].verdict), "eligible");
  EXPECT_EQ(reports[1].patient_id, "P-02");
  EXPECT_EQ(code(reports[1].verdict), "undetermined");
  EXPECT_EQ(code(evaluate_eligibility(data.patients[1], data, first.protocol).verdict),
            "undetermined");
  EXPECT_EQ(code(evaluate_eligibility(data.patients[0], data, first.protocol).verdict), "eligible");
}

}  // namespace
}  // namespace myoivig::domain
