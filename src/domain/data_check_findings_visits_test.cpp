// check_study's visit findings against the seed protocol: visits outside their window,
// missed visits, visits not expected after a withdrawal, and measures the schedule requires.
#include <functional>
#include <string>
#include <string_view>
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
using testing::lines;
using testing::seed;

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

class CheckVisits : public ::testing::TestWithParam<CheckCase> {};

TEST_P(CheckVisits, ReportsExactlyTheseFindings) {
  const CheckCase& c = GetParam();
  StudyData data = complete_study();
  c.change(data);
  EXPECT_EQ(lines(check_study(data, seed(), date(c.as_of))), c.findings);
}

INSTANTIATE_TEST_SUITE_P(
    VisitWindows, CheckVisits,
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
    MissedVisits, CheckVisits,
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
    Withdrawal, CheckVisits,
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

// Withdrawn on `on` with no visit at weeks 8 and 12 (week 8's window: 2003-04-21 to
// 2003-05-05, target 2003-04-28; week 12 opens after every withdrawal date below).
std::function<void(StudyData&)> withdrawn_without_weeks_8_and_12(std::string_view on) {
  return [on](StudyData& d) {
    withdraw(d, on);
    remove_week(d, 8);
    remove_week(d, 12);
  };
}

// A withdrawal on or before the last day of a window with no visit in it: the visit is not
// expected, not missed; only a withdrawal after the window closed leaves it missed. A visit on
// the withdrawal day itself is done (not "after the withdrawal").
INSTANTIATE_TEST_SUITE_P(
    WithdrawalAtWindowEdges, CheckVisits,
    ::testing::Values(
        CheckCase{
            "day_before_window_opens", withdrawn_without_weeks_8_and_12("2003-04-20"), k_as_of, {}},
        CheckCase{
            "first_day_of_window", withdrawn_without_weeks_8_and_12("2003-04-21"), k_as_of, {}},
        CheckCase{
            "last_day_of_window", withdrawn_without_weeks_8_and_12("2003-05-05"), k_as_of, {}},
        CheckCase{"day_after_window_closes",
                  withdrawn_without_weeks_8_and_12("2003-05-06"),
                  k_as_of,
                  {missed(8, "2003-04-21", "2003-05-05")}},
        CheckCase{"visit_on_withdrawal_day",
                  [](StudyData& d) {
                    withdraw(d, "2003-04-28");  // week 8's visit is on its target day
                    remove_week(d, 12);
                  },
                  k_as_of,
                  {}},
        CheckCase{"visit_on_withdrawal_day_last_day_of_window",
                  [](StudyData& d) {
                    withdraw(d, "2003-05-05");
                    d.visits[4].date = date("2003-05-05");
                    remove_week(d, 12);
                  },
                  k_as_of,
                  {}},
        CheckCase{"visit_the_day_after_withdrawal",
                  [](StudyData& d) {
                    withdraw(d, "2003-04-27");
                    remove_week(d, 12);
                  },
                  k_as_of,
                  {"P-01 | visits | week 8 | date | 2003-04-28 | after the patient's withdrawal "
                   "on 2003-04-27"}}),
    case_name);

INSTANTIATE_TEST_SUITE_P(
    RequiredMeasures, CheckVisits,
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

}  // namespace
}  // namespace myoivig::domain
