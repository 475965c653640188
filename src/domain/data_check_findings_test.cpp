// check_study's schedule, measure, dose and date findings against the seed protocol.
// (data_check_test.cpp holds the eligibility finding.)
#include <functional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "domain/data_check.hpp"
#include "domain/seed_protocol_for_tests.hpp"

namespace myoivig::domain {
namespace {

util::Date date(std::string_view iso) {
  return *util::parse_iso_date(iso);
}

const Protocol& seed() {
  static const Protocol protocol = seed_protocol_for_tests();
  return protocol;
}

// Visit windows of the seed protocol for a first course starting 2003-03-03 (day 1):
//   week -4: target 2003-02-03, window 2003-01-06 .. 2003-02-10 (28 before, 7 after)
//   week  0: target 2003-03-03, window 2003-02-17 .. 2003-03-03 (14 before, 0 after)
//   week  2: target 2003-03-17, window 2003-03-14 .. 2003-03-20 (3 either side)
//   week  4: target 2003-03-31, window 2003-03-28 .. 2003-04-03
//   week  8: target 2003-04-28, window 2003-04-21 .. 2003-05-05 (7 either side)
//   week 12: target 2003-05-26, window 2003-05-19 .. 2003-06-02
constexpr std::string_view k_day_1 = "2003-03-03";
constexpr std::string_view k_as_of = "2003-07-01";  // after every window

Assessment full_assessment(int week, int mmt) {
  Assessment a;
  a.patient_id = "P-01";
  a.week = week;
  a.mmt_score = mmt;
  if (week == -4) return a;  // screening requires MMT only
  a.adl_score = 30 + week;
  a.ck_iu_per_l = 1500 - 50 * week;
  a.fatigue_vas_mm = 60 - 2 * week;
  a.pain_vas_mm = 40 - 2 * week;
  if (week > 0) a.physician_global = PhysicianGlobal::improved;
  a.weight_kg = 50.0;
  return a;
}

// One eligible, fully documented patient: every visit on its target day with every
// required measure, five infusions of 50 kg x 0.4 g/kg = 20 g. No findings as of k_as_of.
// Indexes the cases rely on: visits and assessments 0..5 are weeks -4, 0, 2, 4, 8, 12;
// administrations 0..4 are days 1..5.
StudyData complete_study() {
  StudyData data;
  Patient patient;
  patient.id = "P-01";
  patient.site = "JP-01";
  patient.sex = Sex::female;
  patient.birth_year = 1955;
  patient.diagnosis = Diagnosis::polymyositis;
  patient.biopsy_proven = true;
  patient.biopsy_date = date("2003-01-10");
  patient.height_cm = 160;
  patient.enrolment_date = date("2003-02-03");
  data.patients = {patient};
  for (const Exclusion& exclusion : seed().eligibility.exclusions) {
    data.conditions.push_back({"P-01", exclusion.code, false, std::nullopt, ""});
  }
  // Prednisolone 60 mg/day for 13 weeks before day 1, MMT unchanged: steroid-resistant.
  data.steroid_doses = {{"P-01", 60, date("2002-12-02"), std::nullopt}};
  data.courses = {
      {"P-01", 1, "seed", "PEG-IgG 5%", date(k_day_1), 50.0, WeightPolicy::actual, 0.4}};
  for (int day = 1; day <= 5; ++day) {
    data.administrations.push_back({"P-01", 1, day, date(k_day_1).plus_days(day - 1), 20.0, 400.0,
                                    std::nullopt, std::nullopt});
  }
  const int weeks[] = {-4, 0, 2, 4, 8, 12};
  const int mmt[] = {60, 60, 64, 68, 74, 80};
  for (int i = 0; i < 6; ++i) {
    data.visits.push_back({"P-01", weeks[i], date(k_day_1).plus_days(7 * weeks[i])});
    data.assessments.push_back(full_assessment(weeks[i], mmt[i]));
  }
  AdverseEvent headache;
  headache.patient_id = "P-01";
  headache.course_number = 1;
  headache.term = "headache";
  headache.onset_date = date("2003-03-04");
  data.adverse_events = {headache};
  return data;
}

// A finding as one line, so that a failed comparison shows every field.
std::string line(const Finding& f) {
  return f.patient_id + " | " + f.entity + " | " + f.record + " | " + f.field + " | " + f.value +
         " | " + f.rule;
}

std::vector<std::string> lines(const std::vector<Finding>& findings) {
  std::vector<std::string> out;
  for (const Finding& finding : findings) out.push_back(line(finding));
  return out;
}

void remove_week(StudyData& data, int week) {
  std::erase_if(data.visits, [week](const Visit& v) { return v.week == week; });
  std::erase_if(data.assessments, [week](const Assessment& a) { return a.week == week; });
}

void withdraw(StudyData& data, std::string_view on) {
  data.patients[0].withdrawal_date = date(on);
  data.patients[0].withdrawal_reason = "moved to another region";
}

std::string missed(int week, std::string_view from, std::string_view to) {
  return "P-01 | visits | week " + std::to_string(week) +
         " | date |  | scheduled visit missed (window " + std::string(from) + " to " +
         std::string(to) + " has passed)";
}

std::string outside(int week, std::string_view value, std::string_view from, std::string_view to,
                    std::string_view target) {
  return "P-01 | visits | week " + std::to_string(week) + " | date | " + std::string(value) +
         " | outside the visit window " + std::string(from) + " to " + std::string(to) +
         " (target " + std::string(target) + ")";
}

std::string required(int week, std::string_view measure) {
  return "P-01 | assessments | week " + std::to_string(week) + " | " + std::string(measure) +
         " |  | required at this visit by the protocol's schedule";
}

struct CheckCase {
  std::string_view name;
  std::function<void(StudyData&)> change;
  std::string_view as_of;
  std::vector<std::string> findings;  // as line() writes them, in check_study's order
  friend void PrintTo(const CheckCase& c, std::ostream* os) { *os << c.name; }
};

class CheckStudy : public ::testing::TestWithParam<CheckCase> {};

TEST_P(CheckStudy, ReportsExactlyTheseFindings) {
  const CheckCase& c = GetParam();
  StudyData data = complete_study();
  c.change(data);
  EXPECT_EQ(lines(check_study(data, seed(), date(c.as_of))), c.findings);
}

std::string case_name(const ::testing::TestParamInfo<CheckCase>& param_info) {
  return std::string(param_info.param.name);
}

INSTANTIATE_TEST_SUITE_P(Complete, CheckStudy,
                         ::testing::Values(CheckCase{
                             "no_findings", [](StudyData&) {}, k_as_of, {}}),
                         case_name);

INSTANTIATE_TEST_SUITE_P(
    VisitWindows, CheckStudy,
    ::testing::Values(
        CheckCase{"week_2_first_day",
                  [](StudyData& d) { d.visits[2].date = date("2003-03-14"); },
                  k_as_of,
                  {}},
        CheckCase{"week_2_last_day",
                  [](StudyData& d) { d.visits[2].date = date("2003-03-20"); },
                  k_as_of,
                  {}},
        CheckCase{"week_2_a_day_early",
                  [](StudyData& d) { d.visits[2].date = date("2003-03-13"); },
                  k_as_of,
                  {outside(2, "2003-03-13", "2003-03-14", "2003-03-20", "2003-03-17")}},
        CheckCase{"week_2_a_day_late",
                  [](StudyData& d) { d.visits[2].date = date("2003-03-21"); },
                  k_as_of,
                  {outside(2, "2003-03-21", "2003-03-14", "2003-03-20", "2003-03-17")}},
        CheckCase{"week_0_first_day",
                  [](StudyData& d) { d.visits[1].date = date("2003-02-17"); },
                  k_as_of,
                  {}},
        // Baseline has no days after: the day after day 1 is outside.
        CheckCase{"week_0_a_day_late",
                  [](StudyData& d) { d.visits[1].date = date("2003-03-04"); },
                  k_as_of,
                  {outside(0, "2003-03-04", "2003-02-17", "2003-03-03", "2003-03-03")}},
        CheckCase{"week_minus_4_last_day",
                  [](StudyData& d) { d.visits[0].date = date("2003-02-10"); },
                  k_as_of,
                  {}},
        CheckCase{"week_minus_4_a_day_late",
                  [](StudyData& d) { d.visits[0].date = date("2003-02-11"); },
                  k_as_of,
                  {outside(-4, "2003-02-11", "2003-01-06", "2003-02-10", "2003-02-03")}},
        CheckCase{"week_12_first_day",
                  [](StudyData& d) { d.visits[5].date = date("2003-05-19"); },
                  k_as_of,
                  {}},
        CheckCase{"week_12_last_day",
                  [](StudyData& d) { d.visits[5].date = date("2003-06-02"); },
                  k_as_of,
                  {}},
        CheckCase{"week_12_a_day_early",
                  [](StudyData& d) { d.visits[5].date = date("2003-05-18"); },
                  k_as_of,
                  {outside(12, "2003-05-18", "2003-05-19", "2003-06-02", "2003-05-26")}},
        CheckCase{"week_12_a_day_late",
                  [](StudyData& d) { d.visits[5].date = date("2003-06-03"); },
                  k_as_of,
                  {outside(12, "2003-06-03", "2003-05-19", "2003-06-02", "2003-05-26")}}),
    case_name);

INSTANTIATE_TEST_SUITE_P(
    MissedVisits, CheckStudy,
    ::testing::Values(CheckCase{"week_8_missed",
                                [](StudyData& d) { remove_week(d, 8); },
                                k_as_of,
                                {missed(8, "2003-04-21", "2003-05-05")}},
                      // The window is still open on its last day: not yet missed.
                      CheckCase{"week_12_on_last_day_of_window",
                                [](StudyData& d) { remove_week(d, 12); },
                                "2003-06-02",
                                {}},
                      CheckCase{"week_12_day_after_window",
                                [](StudyData& d) { remove_week(d, 12); },
                                "2003-06-03",
                                {missed(12, "2003-05-19", "2003-06-02")}},
                      CheckCase{"not_yet_due",
                                [](StudyData& d) {
                                  remove_week(d, 8);
                                  remove_week(d, 12);
                                },
                                "2003-05-01",
                                {}},
                      CheckCase{"two_missed",
                                [](StudyData& d) {
                                  remove_week(d, 8);
                                  remove_week(d, 12);
                                },
                                k_as_of,
                                {missed(8, "2003-04-21", "2003-05-05"),
                                 missed(12, "2003-05-19", "2003-06-02")}}),
    case_name);

INSTANTIATE_TEST_SUITE_P(
    Withdrawal, CheckStudy,
    ::testing::Values(
        CheckCase{"withdrawn_before_later_visits",
                  [](StudyData& d) {
                    withdraw(d, "2003-04-10");
                    remove_week(d, 8);
                    remove_week(d, 12);
                  },
                  k_as_of,
                  {}},
        // Withdrawn inside the week-8 window: that visit is not expected either.
        CheckCase{"withdrawn_inside_week_8_window",
                  [](StudyData& d) {
                    withdraw(d, "2003-04-25");
                    remove_week(d, 8);
                    remove_week(d, 12);
                  },
                  k_as_of,
                  {}},
        // Withdrawn after the week-8 window closed: week 8 was missed, week 12 is not.
        CheckCase{"withdrawn_after_week_8_window",
                  [](StudyData& d) {
                    withdraw(d, "2003-05-10");
                    remove_week(d, 8);
                    remove_week(d, 12);
                  },
                  k_as_of,
                  {missed(8, "2003-04-21", "2003-05-05")}},
        CheckCase{"visits_after_withdrawal",
                  [](StudyData& d) { withdraw(d, "2003-04-10"); },
                  k_as_of,
                  {"P-01 | visits | week 8 | date | 2003-04-28 | after the patient's withdrawal "
                   "on 2003-04-10",
                   "P-01 | visits | week 12 | date | 2003-05-26 | after the patient's withdrawal "
                   "on 2003-04-10"}}),
    case_name);

INSTANTIATE_TEST_SUITE_P(
    RequiredMeasures, CheckStudy,
    ::testing::Values(
        CheckCase{"ck_missing_at_week_2",
                  [](StudyData& d) { d.assessments[2].ck_iu_per_l.reset(); },
                  k_as_of,
                  {required(2, "ck")}},
        CheckCase{"weight_missing_at_week_12",
                  [](StudyData& d) { d.assessments[5].weight_kg.reset(); },
                  k_as_of,
                  {required(12, "weight")}},
        // Weight is not required at week 2.
        CheckCase{"weight_missing_at_week_2",
                  [](StudyData& d) { d.assessments[2].weight_kg.reset(); },
                  k_as_of,
                  {}},
        CheckCase{"both_vas_missing_at_week_4",
                  [](StudyData& d) {
                    d.assessments[3].fatigue_vas_mm.reset();
                    d.assessments[3].pain_vas_mm.reset();
                  },
                  k_as_of,
                  {required(4, "vas_fatigue"), required(4, "vas_pain")}},
        CheckCase{"visit_without_assessment",
                  [](StudyData& d) { d.assessments.erase(d.assessments.begin() + 1); },
                  k_as_of,
                  {required(0, "mmt"), required(0, "adl"), required(0, "ck"),
                   required(0, "vas_fatigue"), required(0, "vas_pain"), required(0, "weight")}},
        CheckCase{"screening_without_mmt",
                  [](StudyData& d) { d.assessments[0].mmt_score.reset(); },
                  k_as_of,
                  {required(-4, "mmt")}}),
    case_name);

// 50 kg x 0.4 g/kg = 20 g a day; 10 % tolerance = 2 g, so 18-22 g is consistent.
const std::string k_dose_rule = "expected 20 g (50 kg x 0.4 g/kg) within 10 %";

INSTANTIATE_TEST_SUITE_P(
    Doses, CheckStudy,
    ::testing::Values(
        CheckCase{"dose_at_upper_tolerance",
                  [](StudyData& d) { d.administrations[2].dose_g = 22.0; },
                  k_as_of,
                  {}},
        CheckCase{"dose_at_lower_tolerance",
                  [](StudyData& d) { d.administrations[2].dose_g = 18.0; },
                  k_as_of,
                  {}},
        CheckCase{"dose_above_tolerance",
                  [](StudyData& d) { d.administrations[2].dose_g = 22.5; },
                  k_as_of,
                  {"P-01 | administrations | course 1 day 3 | dose_g | 22.5 | " + k_dose_rule}},
        CheckCase{"dose_below_tolerance",
                  [](StudyData& d) { d.administrations[4].dose_g = 17.5; },
                  k_as_of,
                  {"P-01 | administrations | course 1 day 5 | dose_g | 17.5 | " + k_dose_rule}},
        CheckCase{"four_infusion_days",
                  [](StudyData& d) { d.administrations.pop_back(); },
                  k_as_of,
                  {"P-01 | administrations | course 1 | day | 4 days | the regimen gives 5 "
                   "infusion days per course"}},
        CheckCase{"six_infusion_days",
                  [](StudyData& d) {
                    d.administrations.push_back({"P-01", 1, 6, date("2003-03-08"), 20.0,
                                                 std::nullopt, std::nullopt, std::nullopt});
                  },
                  k_as_of,
                  {"P-01 | administrations | course 1 | day | 6 days | the regimen gives 5 "
                   "infusion days per course"}},
        // A course prescribed at 0.5 g/kg: the course is reported, and each 20 g day falls
        // short of 50 kg x 0.5 = 25 g by more than 2.5 g.
        CheckCase{"course_dose_differs_from_regimen",
                  [](StudyData& d) { d.courses[0].dose_g_per_kg_per_day = 0.5; },
                  k_as_of,
                  {"P-01 | courses | course 1 | dose_g_per_kg_per_day | 0.5 | the protocol's "
                   "regimen gives 0.4 g/kg/day",
                   "P-01 | administrations | course 1 day 1 | dose_g | 20 | expected 25 g (50 kg "
                   "x 0.5 g/kg) within 10 %",
                   "P-01 | administrations | course 1 day 2 | dose_g | 20 | expected 25 g (50 kg "
                   "x 0.5 g/kg) within 10 %",
                   "P-01 | administrations | course 1 day 3 | dose_g | 20 | expected 25 g (50 kg "
                   "x 0.5 g/kg) within 10 %",
                   "P-01 | administrations | course 1 day 4 | dose_g | 20 | expected 25 g (50 kg "
                   "x 0.5 g/kg) within 10 %",
                   "P-01 | administrations | course 1 day 5 | dose_g | 20 | expected 25 g (50 kg "
                   "x 0.5 g/kg) within 10 %"}}),
    case_name);

INSTANTIATE_TEST_SUITE_P(
    Dates, CheckStudy,
    ::testing::Values(
        CheckCase{"adverse_event_before_course",
                  [](StudyData& d) { d.adverse_events[0].onset_date = date("2003-03-02"); },
                  k_as_of,
                  {"P-01 | adverse_events | headache | onset_date | 2003-03-02 | before the start "
                   "of course 1 on 2003-03-03"}},
        CheckCase{"adverse_event_on_course_start",
                  [](StudyData& d) { d.adverse_events[0].onset_date = date(k_day_1); },
                  k_as_of,
                  {}},
        // Enrolled 2003-04-01: a visit is reported when it falls before enrolment minus
        // its window's days before (weeks 0 and 2, not week 4 or the screening visit).
        CheckCase{"visits_before_enrolment",
                  [](StudyData& d) { d.patients[0].enrolment_date = date("2003-04-01"); },
                  k_as_of,
                  {"P-01 | visits | week 0 | date | 2003-03-03 | before enrolment on 2003-04-01",
                   "P-01 | visits | week 2 | date | 2003-03-17 | before enrolment on 2003-04-01",
                   "P-01 | courses | course 1 | start_date | 2003-03-03 | before enrolment on "
                   "2003-04-01"}},
        CheckCase{"course_before_enrolment",
                  [](StudyData& d) { d.patients[0].enrolment_date = date("2003-03-04"); },
                  k_as_of,
                  {"P-01 | courses | course 1 | start_date | 2003-03-03 | before enrolment on "
                   "2003-03-04"}}),
    case_name);

// A record rule broken in stored data is reported with the field and the rule, which
// quotes the value.
TEST(CheckStudy, ReportsRecordRulesWithFieldAndRule) {
  StudyData data = complete_study();
  data.assessments[5].mmt_score = 131;
  const std::vector<Finding> findings = check_study(data, seed(), date(k_as_of));
  ASSERT_EQ(findings.size(), 1U) << testing::PrintToString(lines(findings));
  EXPECT_EQ(findings[0].patient_id, "P-01");
  EXPECT_EQ(findings[0].entity, "assessments");
  EXPECT_EQ(findings[0].record, "week 12");
  EXPECT_EQ(findings[0].field, "mmt");
  EXPECT_EQ(findings[0].rule, "131 is above the maximum 130 (instruments.mmt)");
}

}  // namespace
}  // namespace myoivig::domain
