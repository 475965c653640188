// ACR/EULAR Total Improvement Score: every category bound exactly on and just above, the
// specification's worked cases A and C, the adult and juvenile thresholds, missing
// measures (not computable, or partial on request) and the named percent-change rules.
#include "domain/total_improvement_score.hpp"

#include <array>
#include <functional>
#include <string>

#include <gtest/gtest.h>

namespace myoivig::domain {
namespace {

Rational decimal(const char* text) {
  return *Rational::parse_decimal(text, 6);
}
Rational points(const char* text) {
  return decimal(text);
}

// ---- The points table, each bound on and just above (1e-9 %) --------------------------

struct MeasureRow {
  CoreMeasure measure;
  std::array<int, 4> bounds;          // in %
  std::array<const char*, 5> points;  // per column, from the published table
};

const std::array<MeasureRow, 6> k_rows{{
    {CoreMeasure::physician_global, {5, 15, 25, 40}, {"0", "7.5", "15", "17.5", "20"}},
    {CoreMeasure::patient_global, {5, 15, 25, 40}, {"0", "2.5", "5", "7.5", "10"}},
    {CoreMeasure::haq, {5, 15, 25, 40}, {"0", "5", "7.5", "7.5", "10"}},
    {CoreMeasure::enzymes, {5, 15, 25, 40}, {"0", "2.5", "5", "7.5", "7.5"}},
    {CoreMeasure::extramuscular, {5, 15, 25, 40}, {"0", "7.5", "12.5", "15", "20"}},
    {CoreMeasure::mmt, {2, 10, 20, 30}, {"0", "10", "20", "27.5", "32.5"}},
}};

class TisPointsTable : public testing::TestWithParam<MeasureRow> {};

TEST_P(TisPointsTable, BoundsAreExact) {
  const MeasureRow& row = GetParam();
  const Rational epsilon = Rational::fraction(1, 1'000'000'000);
  EXPECT_EQ(tis_points(row.measure, -100), 0) << "worsening";
  EXPECT_EQ(tis_points(row.measure, 0), 0);
  for (std::size_t k = 0; k < row.bounds.size(); ++k) {
    const Rational bound(row.bounds[k]);
    EXPECT_EQ(tis_points(row.measure, bound), points(row.points[k]))
        << code(row.measure) << " on " << row.bounds[k] << " %";
    EXPECT_EQ(tis_points(row.measure, bound + epsilon), points(row.points[k + 1]))
        << code(row.measure) << " just above " << row.bounds[k] << " %";
    EXPECT_EQ(tis_points(row.measure, bound - epsilon), points(row.points[k]))
        << code(row.measure) << " just below " << row.bounds[k] << " %";
  }
  EXPECT_EQ(tis_points(row.measure, 100), points(row.points[4]));
}

INSTANTIATE_TEST_SUITE_P(Published, TisPointsTable, testing::ValuesIn(k_rows),
                         [](const testing::TestParamInfo<MeasureRow>& case_info) {
                           return std::string(code(case_info.param.measure));
                         });

// ---- Whole scores -------------------------------------------------------------------------

struct Visit {
  const char* physician;
  const char* patient;
  int mmt;
  const char* haq;
  int ck;
  const char* extramuscular;
};

CoreSet visit(const Visit& v) {
  CoreSet set;
  set.physician_global_cm = decimal(v.physician);
  set.patient_global_cm = decimal(v.patient);
  set.mmt = v.mmt;
  set.haq = decimal(v.haq);
  set.enzymes = {{"CK", v.ck, 200}, {"aldolase", 8, decimal("7.6")}};
  set.extramuscular_cm = decimal(v.extramuscular);
  return set;
}

ResponseInput input(const Visit& baseline, const Visit& followup,
                    Population population = Population::adult) {
  return {population, 150, visit(baseline), visit(followup)};
}

constexpr Visit k_case_a_baseline{"6.0", "7.0", 110, "1.5", 3000, "4.0"};
constexpr Visit k_case_a_followup{"4.0", "5.0", 125, "1.125", 1500, "2.0"};
constexpr Visit k_case_c_baseline{"5.0", "5.0", 100, "1.5", 1000, "3.0"};
constexpr Visit k_case_c_followup{"4.5", "4.5", 103, "1.375", 950, "2.5"};

struct ScoreCase {
  const char* name;
  ResponseInput input;
  std::array<const char*, 6> points;  // k_core_measures order
  const char* tis;
  TisCategory category;
};

class TisScores : public testing::TestWithParam<ScoreCase> {};

TEST_P(TisScores, SumThePointsAndCategorise) {
  const ScoreCase& c = GetParam();
  const auto score = total_improvement_score(c.input);
  ASSERT_TRUE(score) << score.error().message;
  ASSERT_TRUE(score->computable());
  EXPECT_FALSE(score->partial);
  EXPECT_TRUE(score->missing.empty());
  for (std::size_t i = 0; i < k_core_measures.size(); ++i) {
    EXPECT_EQ(score->measures[i].points, points(c.points[i])) << code(k_core_measures[i]);
    EXPECT_TRUE(score->measures[i].present);
  }
  EXPECT_EQ(*score->tis, points(c.tis));
  EXPECT_EQ(score->category, c.category);
}

INSTANTIATE_TEST_SUITE_P(
    Spec, TisScores,
    testing::Values(
        // Case A: MD 20 %, Pt 20 %, MMT 10 %, HAQ 12.5 %, CK 50 %, EM 20 %.
        ScoreCase{"case_a",
                  input(k_case_a_baseline, k_case_a_followup),
                  {"15", "5", "10", "5", "7.5", "12.5"},
                  "55",
                  TisCategory::moderate},
        ScoreCase{"case_a_juvenile",
                  input(k_case_a_baseline, k_case_a_followup, Population::juvenile),
                  {"15", "5", "10", "5", "7.5", "12.5"},
                  "55",
                  TisCategory::moderate},
        // Case C: 5 %, 5 %, 2 %, 4.17 %, 5 %, 5 %: all on or under the first bound.
        ScoreCase{"case_c",
                  input(k_case_c_baseline, k_case_c_followup),
                  {"0", "0", "0", "0", "0", "0"},
                  "0",
                  TisCategory::none},
        // Just above case C's bounds: 5.1 %, 5.1 %, 2.67 %, 8.33 %, 5.1 %, 5.1 %.
        ScoreCase{"case_c_just_above",
                  input(k_case_c_baseline, {"4.49", "4.49", 104, "1.25", 949, "2.49"}),
                  {"7.5", "2.5", "10", "5", "2.5", "7.5"},
                  "35",
                  TisCategory::minimal},
        // Doubles make 1.1 -> 0.6 cm 5.000000000000001 % and 8.3 -> 7.8 cm 5.000000000000009 %.
        ScoreCase{
            "vas_changes_doubles_put_above_5_percent",
            input({"1.1", "8.3", 100, "1.5", 1000, "1.1"}, {"0.6", "7.8", 100, "1.5", 1000, "0.6"}),
            {"0", "0", "0", "0", "0", "0"},
            "0",
            TisCategory::none},
        // The top columns: MD 10 -> 0 (100 %), MMT 0 -> 150, HAQ 3 -> 0, CK 5000 -> 0.
        ScoreCase{"maximum",
                  input({"10", "10", 0, "3", 5000, "10"}, {"0", "0", 150, "0", 0, "0"}),
                  {"20", "10", "32.5", "10", "7.5", "20"},
                  "100",
                  TisCategory::major},
        // Worsening everywhere scores 0, never below.
        ScoreCase{"worsening",
                  input(k_case_a_followup, k_case_a_baseline),
                  {"0", "0", "0", "0", "0", "0"},
                  "0",
                  TisCategory::none}),
    [](const testing::TestParamInfo<ScoreCase>& case_info) {
      return std::string(case_info.param.name);
    });

struct CategoryCase {
  Population population;
  const char* tis;
  TisCategory category;
};

class TisCategories : public testing::TestWithParam<CategoryCase> {};

TEST_P(TisCategories, ThresholdsAreInclusive) {
  const CategoryCase& c = GetParam();
  EXPECT_EQ(tis_category(c.population, points(c.tis)), c.category)
      << code(c.population) << " " << c.tis;
}

INSTANTIATE_TEST_SUITE_P(
    Table, TisCategories,
    testing::Values(CategoryCase{Population::adult, "17.5", TisCategory::none},
                    CategoryCase{Population::adult, "20", TisCategory::minimal},
                    CategoryCase{Population::adult, "37.5", TisCategory::minimal},
                    CategoryCase{Population::adult, "40", TisCategory::moderate},
                    CategoryCase{Population::adult, "57.5", TisCategory::moderate},
                    CategoryCase{Population::adult, "60", TisCategory::major},
                    CategoryCase{Population::juvenile, "27.5", TisCategory::none},
                    CategoryCase{Population::juvenile, "30", TisCategory::minimal},
                    CategoryCase{Population::juvenile, "42.5", TisCategory::minimal},
                    CategoryCase{Population::juvenile, "45", TisCategory::moderate},
                    CategoryCase{Population::juvenile, "67.5", TisCategory::moderate},
                    CategoryCase{Population::juvenile, "70", TisCategory::major}));

TEST(Tis, MissingMeasuresMakeItNotComputableAndNamed) {
  ResponseInput data = input(k_case_a_baseline, k_case_a_followup);
  data.followup.haq.reset();
  data.baseline.enzymes.clear();
  const auto score = total_improvement_score(data);
  ASSERT_TRUE(score) << score.error().message;
  EXPECT_FALSE(score->computable());
  EXPECT_FALSE(score->category);
  EXPECT_FALSE(score->partial);
  EXPECT_EQ(score->missing, (std::vector{CoreMeasure::haq, CoreMeasure::enzymes}));
  EXPECT_EQ(score->measures[3].note, "missing at follow-up");
  EXPECT_EQ(score->measures[4].note, "missing at baseline");
  EXPECT_EQ(score->measures[0].points, 15);  // the others are still scored
}

TEST(Tis, PartialOnlyOnRequestAndLabelled) {
  ResponseInput data = input(k_case_a_baseline, k_case_a_followup);
  data.followup.haq.reset();
  TisSettings settings;
  settings.partial = true;
  auto score = total_improvement_score(data, settings);
  ASSERT_TRUE(score);
  ASSERT_TRUE(score->computable());
  EXPECT_TRUE(score->partial);
  EXPECT_EQ(*score->tis, 50);  // 55 - HAQ's 5
  EXPECT_EQ(score->category, TisCategory::moderate);
  EXPECT_EQ(score->missing, std::vector{CoreMeasure::haq});

  // Nothing missing: a partial request gives the full, unlabelled score.
  score = total_improvement_score(input(k_case_a_baseline, k_case_a_followup), settings);
  EXPECT_FALSE(score->partial);
  EXPECT_EQ(*score->tis, 55);

  // Physician global and MMT are required even for a partial score.
  for (auto drop : std::array<std::function<void(CoreSet&)>, 2>{
           [](CoreSet& v) { v.physician_global_cm.reset(); }, [](CoreSet& v) { v.mmt.reset(); }}) {
    ResponseInput without = input(k_case_a_baseline, k_case_a_followup);
    drop(without.baseline);
    score = total_improvement_score(without, settings);
    ASSERT_TRUE(score);
    EXPECT_FALSE(score->computable());
  }
}

TEST(Tis, PercentChangeRulesAreNamedSettings) {
  TisSettings settings;
  EXPECT_EQ(settings.rule(CoreMeasure::haq), ChangeRule::absolute_over_range);
  EXPECT_EQ(settings.rule(CoreMeasure::enzymes), ChangeRule::relative_to_baseline);
  // HAQ relative: 1.5 -> 1.125 is 25 %: 7.5 points instead of 5.
  settings.set_rule(CoreMeasure::haq, ChangeRule::relative_to_baseline);
  auto score = total_improvement_score(input(k_case_a_baseline, k_case_a_followup), settings);
  ASSERT_TRUE(score);
  EXPECT_EQ(score->measures[3].percent_change, Rational(25));
  EXPECT_EQ(*score->tis, points("57.5"));
  // Enzymes have no range: absolute is refused with the setting named.
  settings.set_rule(CoreMeasure::enzymes, ChangeRule::absolute_over_range);
  score = total_improvement_score(input(k_case_a_baseline, k_case_a_followup), settings);
  ASSERT_FALSE(score);
  EXPECT_EQ(score.error().message,
            "percent_change_rules.enzymes: absolute_over_range needs an instrument range and "
            "enzymes have none (use relative_to_baseline)");
}

TEST(Tis, EnzymeIsTheMostAbnormalAtBaseline) {
  ResponseInput data = input(k_case_a_baseline, k_case_a_followup);
  // Aldolase 76 / 7.6 = 10 x ULN < CK 15 x ULN: CK still decides.
  data.baseline.enzymes[1].value = 76;
  auto score = total_improvement_score(data);
  EXPECT_EQ(score->enzyme, "CK");
  EXPECT_EQ(score->measures[4].note, "CK, the most abnormal at baseline (15 x ULN)");
  // Aldolase 152 / 7.6 = 20 x ULN, to 8 at follow-up: (152 - 8) / 152 = 94.7 %: 7.5 points.
  data.baseline.enzymes[1].value = 152;
  score = total_improvement_score(data);
  EXPECT_EQ(score->enzyme, "aldolase");
  EXPECT_EQ(score->measures[4].percent_change, Rational::fraction(14400, 152));
  // A relative change from 0 is undefined: 0 points, said so.
  data.baseline.enzymes = {{"CK", 0, 200}};
  score = total_improvement_score(data);
  EXPECT_TRUE(score->computable());
  EXPECT_FALSE(score->measures[4].percent_change);
  EXPECT_EQ(score->measures[4].points, 0);
  EXPECT_EQ(score->measures[4].note, "undefined: baseline 0 with a relative change; scored 0");
}

TEST(Tis, BadInputNamesTheField) {
  ResponseInput data = input(k_case_a_baseline, k_case_a_followup);
  data.followup.physician_global_cm = 12;
  auto score = total_improvement_score(data);
  ASSERT_FALSE(score);
  EXPECT_EQ(score.error().message, "followup.physician_global: 12 cm is outside 0-10 cm");
  data = input(k_case_a_baseline, k_case_a_followup);
  data.baseline.mmt = 151;
  score = total_improvement_score(data);
  ASSERT_FALSE(score);
  EXPECT_EQ(score.error().message, "baseline.mmt: 151 is outside 0-150 (the MMT maximum mmt_max)");
}

TEST(Tis, NamesAndThresholds) {
  EXPECT_EQ(*parse_population("juvenile"), Population::juvenile);
  EXPECT_FALSE(parse_population("child"));
  EXPECT_EQ(code(TisCategory::major), "major");
  EXPECT_EQ(tis_thresholds(Population::adult), (std::array{20, 40, 60}));
  EXPECT_EQ(tis_thresholds(Population::juvenile), (std::array{30, 45, 70}));
  EXPECT_TRUE(required_for_tis(CoreMeasure::mmt));
  EXPECT_FALSE(required_for_tis(CoreMeasure::haq));
}

}  // namespace
}  // namespace myoivig::domain
