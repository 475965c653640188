// Dosing weight under each policy, against the check values of shared/specs/dosing.md
// and values computed by hand from the Devine and AdjBW formulas.
#include "domain/dosing_weight.hpp"

#include <optional>

#include <gtest/gtest.h>

namespace myoivig::domain {
namespace {

constexpr double k_kg_tolerance = 0.005;  // the spec's values are to 0.01 kg

struct WeightCase {
  const char* name;
  double weight_kg;
  std::optional<double> height_cm;
  std::optional<Sex> sex;
  WeightPolicy policy;
  std::optional<double> ideal_kg;     // expected IBW, when computed
  std::optional<double> adjusted_kg;  // expected AdjBW, when computed
  double dosing_weight_kg;
  WeightPolicy basis;
  bool capped_at_actual;
};

class DosingWeightTable : public testing::TestWithParam<WeightCase> {};

TEST_P(DosingWeightTable, GivesTheSpecValues) {
  const WeightCase& c = GetParam();
  const auto weight = compute_dosing_weight({c.weight_kg, c.height_cm, c.sex}, c.policy);
  ASSERT_TRUE(weight) << weight.error().message;
  EXPECT_NEAR(weight->dosing_weight_kg, c.dosing_weight_kg, k_kg_tolerance);
  EXPECT_EQ(weight->basis, c.basis);
  EXPECT_EQ(weight->policy, c.policy);
  EXPECT_EQ(weight->capped_at_actual, c.capped_at_actual);
  EXPECT_LE(weight->dosing_weight_kg, c.weight_kg);
  ASSERT_EQ(weight->ideal_kg.has_value(), c.ideal_kg.has_value());
  if (c.ideal_kg) {
    EXPECT_NEAR(*weight->ideal_kg, *c.ideal_kg, k_kg_tolerance);
  }
  ASSERT_EQ(weight->adjusted_kg.has_value(), c.adjusted_kg.has_value());
  if (c.adjusted_kg) {
    EXPECT_NEAR(*weight->adjusted_kg, *c.adjusted_kg, k_kg_tolerance);
  }
  EXPECT_FALSE(weight->explanation.empty());
}

// Hand values: 175 cm = 68.8976 in, IBW = 50 + 2.3 x 8.8976 = 70.4646;
// AdjBW = 70.4646 + 0.4 x 29.5354 = 82.2787. 160 cm = 62.9921 in, IBW (women) = 52.3819,
// AdjBW = 52.3819 + 0.4 x 42.6181 = 69.4291. 180 cm = 70.8661 in, IBW = 74.9921,
// AdjBW = 74.9921 + 0.4 x (70 - 74.9921) = 72.9953 (> 70). 200 cm, 120 kg: BMI exactly 30.
INSTANTIATE_TEST_SUITE_P(
    Spec, DosingWeightTable,
    testing::Values(
        WeightCase{"man_175_100_adjbw", 100, 175, Sex::male, WeightPolicy::adjusted, 70.46, 82.28,
                   82.28, WeightPolicy::adjusted, false},
        WeightCase{"woman_160_95_adjbw", 95, 160, Sex::female, WeightPolicy::adjusted, 52.38, 69.43,
                   69.43, WeightPolicy::adjusted, false},
        WeightCase{"man_180_70_adjbw_above_actual", 70, 180, Sex::male, WeightPolicy::adjusted,
                   74.99, 73.00, 70, WeightPolicy::actual, true},
        WeightCase{"man_175_100_ibw", 100, 175, Sex::male, WeightPolicy::ideal, 70.46, 82.28, 70.46,
                   WeightPolicy::ideal, false},
        WeightCase{"man_180_70_ibw_above_actual", 70, 180, Sex::male, WeightPolicy::ideal, 74.99,
                   73.00, 70, WeightPolicy::actual, true},
        WeightCase{"man_175_100_actual", 100, 175, Sex::male, WeightPolicy::actual, 70.46, 82.28,
                   100, WeightPolicy::actual, false},
        WeightCase{"actual_without_height", 64, std::nullopt, std::nullopt, WeightPolicy::actual,
                   std::nullopt, std::nullopt, 64, WeightPolicy::actual, false},
        WeightCase{"auto_bmi_32_7_uses_adjbw", 100, 175, Sex::male, WeightPolicy::automatic, 70.46,
                   82.28, 82.28, WeightPolicy::adjusted, false},
        WeightCase{"auto_bmi_22_9_uses_actual_without_sex", 70, 175, std::nullopt,
                   WeightPolicy::automatic, std::nullopt, std::nullopt, 70, WeightPolicy::actual,
                   false},
        // 200 cm = 78.7402 in: IBW = 50 + 2.3 x 18.7402 = 93.1024; AdjBW = 93.1024 + 0.4 x
        // 26.8976 = 103.8614.
        WeightCase{"auto_bmi_exactly_30_uses_adjbw", 120, 200, Sex::male, WeightPolicy::automatic,
                   93.10, 103.86, 103.86, WeightPolicy::adjusted, false}),
    [](const testing::TestParamInfo<WeightCase>& case_info) {
      return std::string(case_info.param.name);
    });

TEST(DosingWeight, DoseCheckValuesOfTheSpec) {
  // 2 g/kg of the dosing weight: 164.6 g, 138.9 g and 140 g.
  const auto man = compute_dosing_weight({100, 175, Sex::male}, WeightPolicy::adjusted);
  const auto woman = compute_dosing_weight({95, 160, Sex::female}, WeightPolicy::adjusted);
  const auto tall = compute_dosing_weight({70, 180, Sex::male}, WeightPolicy::adjusted);
  ASSERT_TRUE(man && woman && tall);
  EXPECT_NEAR(2 * man->dosing_weight_kg, 164.6, 0.05);
  EXPECT_NEAR(2 * woman->dosing_weight_kg, 138.9, 0.05);
  EXPECT_DOUBLE_EQ(2 * tall->dosing_weight_kg, 140);
}

TEST(DosingWeight, FormulasShowThePatientsNumbers) {
  const auto weight = compute_dosing_weight({100, 175, Sex::male}, WeightPolicy::adjusted);
  ASSERT_TRUE(weight);
  ASSERT_EQ(weight->formulas.size(), 4u);
  EXPECT_EQ(weight->formulas[1], "IBW (Devine, men) = 50.0 + 2.3 x (68.90 in - 60) = 70.46 kg");
  EXPECT_EQ(weight->formulas[2],
            "AdjBW = IBW + 0.4 x (actual - IBW) = 70.46 + 0.4 x (100.00 - 70.46) = 82.28 kg");
  EXPECT_NEAR(*weight->bmi_kg_per_m2, 32.65, 0.005);
}

TEST(DosingWeight, ExplainsTheCapAtActualWeight) {
  const auto weight = compute_dosing_weight({70, 180, Sex::male}, WeightPolicy::adjusted);
  ASSERT_TRUE(weight);
  EXPECT_NE(weight->explanation.find("73.00 kg is above the actual weight 70.00 kg"),
            std::string::npos)
      << weight->explanation;
}

struct MissingCase {
  const char* name;
  std::optional<double> height_cm;
  std::optional<Sex> sex;
  double weight_kg;
  WeightPolicy policy;
  const char* message;
};

class DosingWeightMissing : public testing::TestWithParam<MissingCase> {};

TEST_P(DosingWeightMissing, FailsNamingWhatIsNeeded) {
  const MissingCase& c = GetParam();
  const auto weight = compute_dosing_weight({c.weight_kg, c.height_cm, c.sex}, c.policy);
  ASSERT_FALSE(weight);
  EXPECT_EQ(weight.error().message, c.message);
}

INSTANTIATE_TEST_SUITE_P(
    Policies, DosingWeightMissing,
    testing::Values(
        MissingCase{"adjbw_without_height", std::nullopt, Sex::male, 100, WeightPolicy::adjusted,
                    "weight policy adjbw needs height and sex (for IBW and AdjBW)"},
        MissingCase{"ibw_without_sex", 175, std::nullopt, 100, WeightPolicy::ideal,
                    "weight policy ibw needs height and sex (for IBW)"},
        MissingCase{"auto_without_height", std::nullopt, Sex::female, 100, WeightPolicy::automatic,
                    "weight policy auto needs height (for BMI)"},
        MissingCase{"auto_obese_without_sex", 175, std::nullopt, 100, WeightPolicy::automatic,
                    "weight policy auto needs sex when BMI >= 30 (for IBW and AdjBW)"},
        MissingCase{"zero_weight", 175, Sex::male, 0, WeightPolicy::actual,
                    "weight_kg: must be positive, got 0.00"}),
    [](const testing::TestParamInfo<MissingCase>& case_info) {
      return std::string(case_info.param.name);
    });

}  // namespace
}  // namespace myoivig::domain
