// Steroid resistance at its boundaries: the dose strictly above the threshold, the run
// strictly longer than the weeks, runs broken by gaps and lower doses, MMT improvement at
// exactly the minimum rise, and missing data.
#include "domain/steroid_resistance.hpp"

#include <optional>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace myoivig::domain {
namespace {

util::Date date(const char* iso) {
  return *util::parse_iso_date(iso);
}

SteroidDose period(double mg_per_day, const char* from, const char* to = nullptr) {
  SteroidDose dose{"P-01", mg_per_day, date(from), std::nullopt};
  if (to) dose.to = date(to);
  return dose;
}

// Day 1 on 2002-04-15; screening MMT on 2002-03-18 (week -4), baseline on day 1.
const ReferenceDate k_day_1{date("2002-04-15"), "day 1 of course 1"};
const std::vector<MmtScore> k_no_improvement{{date("2002-03-18"), -4, 64},
                                             {date("2002-04-15"), 0, 63}};

struct Case {
  const char* name;
  std::vector<SteroidDose> doses;
  std::vector<MmtScore> scores;
  RuleStatus expected;
  int mmt_improvement_min_points = 1;
};

class SteroidResistance : public testing::TestWithParam<Case> {};

TEST_P(SteroidResistance, Status) {
  const Case& c = GetParam();
  SteroidResistanceRule rule;  // > 50 mg/day for > 4 weeks
  rule.mmt_improvement_min_points = c.mmt_improvement_min_points;
  const RuleOutcome outcome = evaluate_steroid_resistance(rule, c.doses, c.scores, k_day_1);
  EXPECT_EQ(code(outcome.status), code(c.expected)) << outcome.facts;
  EXPECT_EQ(outcome.id, "steroid_resistance");
}

INSTANTIATE_TEST_SUITE_P(
    Cases, SteroidResistance,
    testing::Values(
        Case{"ten_weeks_of_60_mg", {period(60, "2002-02-04")}, k_no_improvement, RuleStatus::met},
        Case{"exactly_50_mg_is_not_above_50",
             {period(50, "2002-02-04")},
             k_no_improvement,
             RuleStatus::not_met},
        Case{
            "50_5_mg_is_above_50", {period(50.5, "2002-02-04")}, k_no_improvement, RuleStatus::met},
        Case{"exactly_28_days_is_not_more_than_4_weeks",
             {period(60, "2002-03-18")},
             k_no_improvement,
             RuleStatus::not_met},
        Case{"29_days_is_more_than_4_weeks",
             {period(60, "2002-03-17")},
             k_no_improvement,
             RuleStatus::met},
        Case{"days_from_day_1_on_do_not_count",
             {period(60, "2002-03-18", "2002-06-30")},
             k_no_improvement,
             RuleStatus::not_met},
        Case{"contiguous_periods_join",
             {period(60, "2002-03-01", "2002-03-20"), period(55, "2002-03-21")},
             k_no_improvement,
             RuleStatus::met},
        Case{"periods_in_any_order",
             {period(55, "2002-03-21"), period(60, "2002-03-01", "2002-03-20")},
             k_no_improvement,
             RuleStatus::met},
        Case{"a_one_day_gap_breaks_the_run",
             {period(60, "2002-03-01", "2002-03-20"), period(60, "2002-03-22")},
             k_no_improvement,
             RuleStatus::not_met},
        Case{"a_day_at_a_lower_dose_breaks_the_run",
             {period(60, "2002-03-01", "2002-03-20"), period(40, "2002-03-21", "2002-03-21"),
              period(60, "2002-03-22")},
             k_no_improvement,
             RuleStatus::not_met},
        Case{"an_earlier_long_run_counts",
             {period(60, "2002-01-01", "2002-02-28"), period(30, "2002-03-01")},
             {{date("2002-01-20"), -12, 64}, {date("2002-04-15"), 0, 64}},
             RuleStatus::met},
        Case{"only_low_doses", {period(20, "2001-01-01")}, k_no_improvement, RuleStatus::not_met},
        Case{"mmt_rise_of_exactly_1_is_improvement",
             {period(60, "2002-02-04")},
             {{date("2002-03-18"), -4, 64}, {date("2002-04-15"), 0, 65}},
             RuleStatus::not_met},
        Case{"mmt_rise_of_1_with_minimum_2_is_not_improvement",
             {period(60, "2002-02-04")},
             {{date("2002-03-18"), -4, 64}, {date("2002-04-15"), 0, 65}},
             RuleStatus::met,
             2},
        Case{"mmt_unchanged",
             {period(60, "2002-02-04")},
             {{date("2002-03-18"), -4, 64}, {date("2002-04-15"), 0, 64}},
             RuleStatus::met},
        Case{"mmt_missing", {period(60, "2002-02-04")}, {}, RuleStatus::unknown},
        Case{"baseline_mmt_only",
             {period(60, "2002-02-04")},
             {{date("2002-04-15"), 0, 63}},
             RuleStatus::unknown},
        Case{"mmt_before_the_run_does_not_count",
             {period(60, "2002-02-04")},
             {{date("2002-02-01"), -10, 50}, {date("2002-04-15"), 0, 63}},
             RuleStatus::unknown},
        Case{"mmt_after_day_1_does_not_count",
             {period(60, "2002-02-04")},
             {{date("2002-03-18"), -4, 64},
              {date("2002-04-15"), 0, 63},
              {date("2002-04-29"), 2, 80}},
             RuleStatus::met},
        Case{"no_dose_history", {}, k_no_improvement, RuleStatus::unknown},
        Case{"doses_recorded_only_from_day_1",
             {period(60, "2002-04-15")},
             k_no_improvement,
             RuleStatus::unknown}),
    [](const testing::TestParamInfo<Case>& case_info) {
      return std::string(case_info.param.name);
    });

TEST(SteroidResistanceFacts, NameDoseDatesDurationAndMmt) {
  const RuleOutcome outcome = evaluate_steroid_resistance(
      SteroidResistanceRule{},
      std::vector<SteroidDose>{period(60, "2002-03-01", "2002-03-20"), period(55, "2002-03-21")},
      k_no_improvement, k_day_1);
  EXPECT_EQ(outcome.facts,
            "prednisolone 55-60 mg/day from 2002-03-01 to 2002-04-14 (45 days: 6 weeks 3 days) "
            "before day 1 of course 1 on 2002-04-15; MMT 64 (week -4, 2002-03-18) -> 63 (week 0, "
            "2002-04-15), -1 point: no improvement");
}

TEST(SteroidResistanceFacts, ShortRunSaysHowLong) {
  const RuleOutcome outcome = evaluate_steroid_resistance(
      SteroidResistanceRule{}, std::vector<SteroidDose>{period(60, "2002-03-18")}, k_no_improvement,
      k_day_1);
  EXPECT_EQ(outcome.facts,
            "prednisolone 60 mg/day from 2002-03-18 to 2002-04-14 (28 days: 4 weeks) before day 1 "
            "of course 1 on 2002-04-15: above 50 mg/day for not more than 4 weeks");
}

TEST(SteroidResistanceFacts, ImprovementNamesTheRise) {
  const RuleOutcome outcome = evaluate_steroid_resistance(
      SteroidResistanceRule{}, std::vector<SteroidDose>{period(60, "2002-02-04")},
      std::vector<MmtScore>{{date("2002-03-18"), -4, 64}, {date("2002-04-15"), 0, 66}}, k_day_1);
  EXPECT_NE(outcome.facts.find("MMT 64 (week -4, 2002-03-18) -> 66 (week 0, 2002-04-15), +2 "
                               "points: improved"),
            std::string::npos)
      << outcome.facts;
}

TEST(FormatDays, WeeksAndDays) {
  EXPECT_EQ(format_days(1), "1 day");
  EXPECT_EQ(format_days(6), "6 days");
  EXPECT_EQ(format_days(7), "7 days: 1 week");
  EXPECT_EQ(format_days(28), "28 days: 4 weeks");
  EXPECT_EQ(format_days(43), "43 days: 6 weeks 1 day");
}

}  // namespace
}  // namespace myoivig::domain
