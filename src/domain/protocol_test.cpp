#include "domain/protocol.hpp"

#include <functional>
#include <ostream>
#include <string>
#include <string_view>

#include <gtest/gtest.h>

#include "domain/seed_protocol_for_tests.hpp"

namespace myoivig::domain {
namespace {

struct ValidateCase {
  std::string_view name;
  std::function<void(Protocol&)> change;
  std::string message;  // empty: the changed protocol is valid
  friend void PrintTo(const ValidateCase& c, std::ostream* os) { *os << c.name; }
};

class ValidateProtocol : public ::testing::TestWithParam<ValidateCase> {};

TEST_P(ValidateProtocol, NamesTheKeyPathAndRule) {
  const ValidateCase& c = GetParam();
  Protocol protocol = seed_protocol_for_tests();
  c.change(protocol);
  const auto valid = validate(protocol);
  if (c.message.empty()) {
    EXPECT_TRUE(valid) << valid.error().message;
    return;
  }
  ASSERT_FALSE(valid) << "accepted";
  EXPECT_EQ(valid.error().code, util::ErrorCode::invalid_argument);
  EXPECT_EQ(valid.error().message, c.message);
}

std::string case_name(const ::testing::TestParamInfo<ValidateCase>& param_info) {
  return std::string(param_info.param.name);
}

INSTANTIATE_TEST_SUITE_P(
    Accepted, ValidateProtocol,
    ::testing::Values(
        ValidateCase{"seed", [](Protocol&) {}, ""},
        ValidateCase{"dose_at_2_g_per_kg",
                     [](Protocol& p) { p.regimen.dose_g_per_kg_per_day = 2.0; }, ""},
        ValidateCase{"one_day", [](Protocol& p) { p.regimen.days = 1; }, ""},
        ValidateCase{"interval_set", [](Protocol& p) { p.regimen.interval_weeks = 6; }, ""},
        ValidateCase{"zero_thresholds",
                     [](Protocol& p) {
                       p.eligibility.steroid_resistance->prednisolone_above_mg_per_day = 0;
                       p.eligibility.steroid_resistance->duration_above_weeks = 0;
                     },
                     ""},
        ValidateCase{"week_520",
                     [](Protocol& p) {
                       p.schedule.push_back({520, 0, 0, {}});
                     },
                     ""},
        ValidateCase{"week_minus_520",
                     [](Protocol& p) {
                       p.schedule.insert(p.schedule.begin(), {-520, 0, 0, {}});
                     },
                     ""},
        ValidateCase{"ttest", [](Protocol& p) { p.analysis.primary_test = "ttest"; }, ""},
        ValidateCase{"no_dose_tolerance", [](Protocol& p) { p.dose_tolerance_fraction = 0; }, ""},
        ValidateCase{"no_exclusions", [](Protocol& p) { p.eligibility.exclusions.clear(); }, ""}),
    case_name);

INSTANTIATE_TEST_SUITE_P(Study, ValidateProtocol,
                         ::testing::Values(ValidateCase{"empty_id",
                                                        [](Protocol& p) { p.id.clear(); },
                                                        "study.id: must not be empty"}),
                         case_name);

INSTANTIATE_TEST_SUITE_P(
    Eligibility, ValidateProtocol,
    ::testing::Values(
        ValidateCase{"no_diagnoses", [](Protocol& p) { p.eligibility.diagnoses.clear(); },
                     "eligibility.diagnoses: must name PM, DM or both"},
        ValidateCase{
            "negative_prednisolone",
            [](Protocol& p) {
              p.eligibility.steroid_resistance->prednisolone_above_mg_per_day = -1;
            },
            "eligibility.steroid_resistance.prednisolone_above_mg_per_day: must be 0 or more, "
            "got -1"},
        ValidateCase{
            "negative_duration",
            [](Protocol& p) { p.eligibility.steroid_resistance->duration_above_weeks = -1; },
            "eligibility.steroid_resistance.duration_above_weeks: must be 0 or more, got -1"},
        ValidateCase{
            "zero_improvement_points",
            [](Protocol& p) { p.eligibility.steroid_resistance->mmt_improvement_min_points = 0; },
            "eligibility.steroid_resistance.mmt_improvement_min_points: must be a positive "
            "integer, got 0"},
        ValidateCase{"empty_exclusion_code",
                     [](Protocol& p) { p.eligibility.exclusions[2].code.clear(); },
                     "eligibility.exclusions[2].code: must not be empty"},
        ValidateCase{"exclusion_twice",
                     [](Protocol& p) { p.eligibility.exclusions[6].code = "iga_deficiency"; },
                     "eligibility.exclusions[6].code: 'iga_deficiency' is listed twice"},
        ValidateCase{"zero_within_weeks",
                     [](Protocol& p) { p.eligibility.exclusions[5].within_weeks = 0; },
                     "eligibility.exclusions[5].within_weeks: must be a positive integer, got 0"}),
    case_name);

INSTANTIATE_TEST_SUITE_P(
    Regimen, ValidateProtocol,
    ::testing::Values(
        ValidateCase{"empty_id", [](Protocol& p) { p.regimen.id.clear(); },
                     "regimen.id: must not be empty"},
        ValidateCase{"zero_dose", [](Protocol& p) { p.regimen.dose_g_per_kg_per_day = 0; },
                     "regimen.dose_g_per_kg_per_day: must be above 0 and at most 2.0 g/kg/day, "
                     "got 0"},
        ValidateCase{"negative_dose", [](Protocol& p) { p.regimen.dose_g_per_kg_per_day = -0.4; },
                     "regimen.dose_g_per_kg_per_day: must be above 0 and at most 2.0 g/kg/day, "
                     "got -0.4"},
        ValidateCase{"dose_above_2", [](Protocol& p) { p.regimen.dose_g_per_kg_per_day = 2.5; },
                     "regimen.dose_g_per_kg_per_day: must be above 0 and at most 2.0 g/kg/day, "
                     "got 2.5"},
        ValidateCase{"zero_days", [](Protocol& p) { p.regimen.days = 0; },
                     "regimen.days: must be a positive integer, got 0"},
        ValidateCase{"negative_days", [](Protocol& p) { p.regimen.days = -5; },
                     "regimen.days: must be a positive integer, got -5"},
        ValidateCase{"zero_courses", [](Protocol& p) { p.regimen.max_courses = 0; },
                     "regimen.max_courses: must be a positive integer, got 0"},
        ValidateCase{"zero_interval", [](Protocol& p) { p.regimen.interval_weeks = 0; },
                     "regimen.interval_weeks: must be a positive integer, got 0"},
        ValidateCase{"tolerance_1", [](Protocol& p) { p.dose_tolerance_fraction = 1; },
                     "regimen.dose_tolerance_fraction: must be from 0 to below 1, got 1"},
        ValidateCase{"negative_tolerance", [](Protocol& p) { p.dose_tolerance_fraction = -0.1; },
                     "regimen.dose_tolerance_fraction: must be from 0 to below 1, got -0.1"}),
    case_name);

INSTANTIATE_TEST_SUITE_P(
    Schedule, ValidateProtocol,
    ::testing::Values(
        ValidateCase{"no_visits", [](Protocol& p) { p.schedule.clear(); },
                     "schedule.visits: must list at least one visit"},
        ValidateCase{"week_521",
                     [](Protocol& p) {
                       p.schedule.push_back({521, 0, 0, {}});
                     },
                     "schedule.visits[6].week: must be from -520 to 520 (weeks from day 1 of the "
                     "first course), got 521"},
        ValidateCase{"week_minus_521", [](Protocol& p) { p.schedule[0].week = -521; },
                     "schedule.visits[0].week: must be from -520 to 520 (weeks from day 1 of the "
                     "first course), got -521"},
        ValidateCase{"repeated_week", [](Protocol& p) { p.schedule[2].week = 0; },
                     "schedule.visits[2].week: weeks must increase, got 0 after 0"},
        ValidateCase{"decreasing_week", [](Protocol& p) { p.schedule[5].week = 6; },
                     "schedule.visits[5].week: weeks must increase, got 6 after 8"},
        ValidateCase{"negative_window_before",
                     [](Protocol& p) { p.schedule[1].window_before_days = -1; },
                     "schedule.visits[1].window: window days must be 0 or more"},
        ValidateCase{"negative_window_after",
                     [](Protocol& p) { p.schedule[3].window_after_days = -1; },
                     "schedule.visits[3].window: window days must be 0 or more"}),
    case_name);

INSTANTIATE_TEST_SUITE_P(
    Instruments, ValidateProtocol,
    ::testing::Values(ValidateCase{"defined_twice",
                                   [](Protocol& p) {
                                     p.instruments.push_back({Measure::mmt, 0, 80, ""});
                                   },
                                   "instruments.mmt: is defined twice"},
                      ValidateCase{"min_equals_max",
                                   [](Protocol& p) {
                                     p.instruments[4].min = 10;  // vas_pain
                                   },
                                   "instruments.vas_pain: min must be below max, got 10 and 10"},
                      ValidateCase{"min_above_max",
                                   [](Protocol& p) {
                                     p.instruments[5].min = 250.5;  // weight
                                   },
                                   "instruments.weight: min must be below max, got 250.5 and 250"}),
    case_name);

INSTANTIATE_TEST_SUITE_P(
    Analysis, ValidateProtocol,
    ::testing::Values(
        ValidateCase{"baseline_not_scheduled", [](Protocol& p) { p.analysis.baseline_week = 1; },
                     "analysis.baseline_week: week 1 is not a scheduled visit"},
        ValidateCase{"primary_not_scheduled", [](Protocol& p) { p.analysis.primary_week = 13; },
                     "analysis.primary_week: week 13 is not a scheduled visit"},
        ValidateCase{"primary_is_baseline", [](Protocol& p) { p.analysis.primary_week = 0; },
                     "analysis.primary_week: must come after the baseline week"},
        ValidateCase{"primary_before_baseline", [](Protocol& p) { p.analysis.primary_week = -4; },
                     "analysis.primary_week: must come after the baseline week"},
        ValidateCase{"no_endpoints", [](Protocol& p) { p.analysis.endpoints.clear(); },
                     "analysis.endpoints: must list at least one measure"},
        ValidateCase{"endpoint_without_range",
                     [](Protocol& p) { p.instruments.erase(p.instruments.begin() + 1); },  // adl
                     "analysis.endpoints: 'adl' has no range under [instruments]"},
        ValidateCase{"unknown_test", [](Protocol& p) { p.analysis.primary_test = "ranksum"; },
                     "analysis.primary_test: must be signrank or ttest in a single-arm design, got "
                     "'ranksum'"},
        ValidateCase{"alpha_0", [](Protocol& p) { p.analysis.alpha = 0; },
                     "analysis.alpha: must be between 0 and 1, got 0"},
        ValidateCase{"alpha_1", [](Protocol& p) { p.analysis.alpha = 1; },
                     "analysis.alpha: must be between 0 and 1, got 1"},
        ValidateCase{"conf_level_above_1", [](Protocol& p) { p.analysis.conf_level = 1.5; },
                     "analysis.conf_level: must be between 0 and 1, got 1.5"},
        ValidateCase{"unknown_population", [](Protocol& p) { p.analysis.population = "all"; },
                     "analysis.population: must be treated_with_primary_assessment in a "
                     "single-arm design, got 'all'"}),
    case_name);

TEST(Protocol, FindsScheduledVisitsByWeek) {
  const Protocol protocol = seed_protocol_for_tests();
  const ScheduledVisit* week_12 = protocol.visit(12);
  ASSERT_NE(week_12, nullptr);
  EXPECT_EQ(week_12->week, 12);
  EXPECT_EQ(week_12->window_before_days, 7);
  EXPECT_EQ(week_12->window_after_days, 7);
  ASSERT_NE(protocol.visit(-4), nullptr);
  EXPECT_EQ(protocol.visit(-4)->window_before_days, 28);
  EXPECT_EQ(protocol.visit(1), nullptr);
  EXPECT_EQ(protocol.visit(16), nullptr);
}

TEST(Protocol, FindsInstrumentRangesByMeasure) {
  Protocol protocol = seed_protocol_for_tests();
  const InstrumentRange* mmt = protocol.range(Measure::mmt);
  ASSERT_NE(mmt, nullptr);
  EXPECT_EQ(mmt->min, 0);
  EXPECT_EQ(mmt->max, 130);
  EXPECT_FALSE(mmt->assumption.empty());
  protocol.instruments.pop_back();  // weight
  EXPECT_EQ(protocol.range(Measure::weight), nullptr);
}

TEST(Regimen, DosePerCourseIsDailyDoseTimesDays) {
  const Protocol protocol = seed_protocol_for_tests();
  EXPECT_DOUBLE_EQ(protocol.regimen.dose_g_per_kg_per_course(), 2.0);  // 0.4 x 5
}

}  // namespace
}  // namespace myoivig::domain
