// check_study's dose and date findings and the record rules it reports, against the seed
// protocol. Visit findings: data_check_findings_visits_test.cpp; the eligibility finding:
// data_check_test.cpp.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "domain/data_check.hpp"
#include "domain/data_check_findings_test_support.hpp"

namespace myoivig::domain {
namespace {

using testing::case_name;
using testing::CheckCase;
using testing::complete_study;
using testing::date;
using testing::k_as_of;
using testing::k_day_1;
using testing::lines;
using testing::seed;

class CheckStudy : public ::testing::TestWithParam<CheckCase> {};

TEST_P(CheckStudy, ReportsExactlyTheseFindings) {
  const CheckCase& c = GetParam();
  StudyData data = complete_study();
  c.change(data);
  EXPECT_EQ(lines(check_study(data, seed(), date(c.as_of))), c.findings);
}

INSTANTIATE_TEST_SUITE_P(Complete, CheckStudy,
                         ::testing::Values(CheckCase{
                             "no_findings", [](StudyData&) {}, k_as_of, {}}),
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
  ASSERT_EQ(findings.size(), 1U) << ::testing::PrintToString(lines(findings));
  EXPECT_EQ(findings[0].patient_id, "P-01");
  EXPECT_EQ(findings[0].entity, "assessments");
  EXPECT_EQ(findings[0].record, "week 12");
  EXPECT_EQ(findings[0].field, "mmt");
  EXPECT_EQ(findings[0].rule, "131 is above the maximum 130 (instruments.mmt)");
}

}  // namespace
}  // namespace myoivig::domain
