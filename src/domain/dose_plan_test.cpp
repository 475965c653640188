// Whole-course plans: the check values of shared/specs/dosing.md, refusals (never
// clamping), the at-risk rate cap and the warnings the spec asks for.
#include "domain/dose_plan.hpp"

#include <algorithm>
#include <string>

#include <gtest/gtest.h>

namespace myoivig::domain {
namespace {

Product octagam() {
  Product product;
  product.id = "octagam-10";
  product.name = "Octagam 10%";
  product.concentration_g_per_ml = 0.1;
  product.vial_sizes_g = {2, 5, 10, 20, 30};
  product.rate = {RateUnit::ml_per_kg_per_min, 0.01, 0.01, 30, 0.04, 0.03};
  product.contains_maltose = true;
  product.max_dose_g_per_kg_per_day = 1.0;
  product.max_dose_g_per_kg_per_course = 2.0;
  product.min_age_years = 18;
  product.limits_source = "test";
  return product;
}

Product peg_igg() {
  Product product = octagam();
  product.id = "peg-igg-5";
  product.name = "PEG-IgG 5%";
  product.concentration_g_per_ml = 0.05;
  product.vial_sizes_g = {2.5, 5};
  product.rate = {RateUnit::ml_per_kg_per_min, 0.01, 0.01, 30, 0.03, 0.02};
  product.contains_maltose = std::nullopt;
  product.max_dose_g_per_kg_per_day = 0.4;
  product.min_age_years = std::nullopt;
  return product;
}

// ProDERM: 2.0 g/kg per course over 2-5 days.
DoseRequest proderm(double weight_kg, std::optional<double> height_cm, std::optional<Sex> sex,
                    int days, WeightPolicy policy) {
  DoseRequest request;
  request.weight_kg = weight_kg;
  request.height_cm = height_cm;
  request.sex = sex;
  request.regimen.id = "proderm";
  request.regimen.days = days;
  request.regimen.weight_policy = policy;
  request.course_dose_g_per_kg = 2.0;
  request.min_days = 2;
  request.max_days = 5;
  request.product = octagam();
  return request;
}

// Seed: 0.4 g/kg/day for exactly 5 days.
DoseRequest seed(double weight_kg, Product product) {
  DoseRequest request;
  request.weight_kg = weight_kg;
  request.regimen.id = "seed";
  request.regimen.dose_g_per_kg_per_day = 0.4;
  request.regimen.days = 5;
  request.min_days = 5;
  request.max_days = 5;
  request.product = std::move(product);
  return request;
}

bool has_code(const std::vector<PlanNote>& notes, const std::string& code) {
  return std::any_of(notes.begin(), notes.end(), [&](const PlanNote& n) { return n.code == code; });
}

struct CourseCase {
  const char* name;
  double weight_kg;
  double height_cm;
  Sex sex;
  double dosing_weight_kg;  // the spec's value
  double total_dose_g;      // 2 g/kg, the spec's value (to 0.1 g)
};

class SpecCourses : public testing::TestWithParam<CourseCase> {};

TEST_P(SpecCourses, TwoGramsPerKgOfTheAdjustedWeight) {
  const CourseCase& c = GetParam();
  for (int days = 2; days <= 5; ++days) {
    const DosePlan plan =
        plan_course(proderm(c.weight_kg, c.height_cm, c.sex, days, WeightPolicy::adjusted));
    ASSERT_FALSE(plan.refused()) << plan.reasons.front().message;
    EXPECT_NEAR(plan.weight->dosing_weight_kg, c.dosing_weight_kg, 0.005);
    EXPECT_NEAR(*plan.total_dose_g(), c.total_dose_g, 0.05) << days << " days";
    EXPECT_GE(*plan.daily_dose_g() * 1000,
              plan.weight->dosing_weight_kg * 2.0 / days * 1000 - 1e-6);
    ASSERT_TRUE(plan.vials && plan.infusion);
    EXPECT_GE(plan.vials->total_mg, plan.vials->dose_mg);
  }
}

INSTANTIATE_TEST_SUITE_P(
    Spec, SpecCourses,
    testing::Values(CourseCase{"man_175_100", 100, 175, Sex::male, 82.28, 164.6},
                    CourseCase{"woman_160_95", 95, 160, Sex::female, 69.43, 138.9},
                    CourseCase{"man_180_70_adjbw_above_actual", 70, 180, Sex::male, 70, 140}),
    [](const testing::TestParamInfo<CourseCase>& case_info) {
      return std::string(case_info.param.name);
    });

TEST(DosePlan, SeventyKilogramsSeedRegimenOnOctagam) {
  // 28 g/day = 20 + 4 x 2 g; 280 mL at 42/84/126/168 mL/h: 145 min.
  const DosePlan plan = plan_course(seed(70, octagam()));
  ASSERT_FALSE(plan.refused());
  EXPECT_EQ(*plan.daily_dose_mg, 28000);
  EXPECT_DOUBLE_EQ(*plan.total_dose_g(), 140);
  EXPECT_EQ(plan.vials->waste_mg(), 0);
  EXPECT_EQ(plan.vials->vial_count(), 5);
  ASSERT_EQ(plan.infusion->steps.size(), 4u);
  const double expected_ml_per_h[] = {42, 84, 126, 168};
  for (std::size_t i = 0; i < 4; ++i) {
    EXPECT_NEAR(plan.infusion->steps[i].ml_per_h, expected_ml_per_h[i], 1e-9);
  }
  EXPECT_NEAR(plan.infusion->duration_min, 145, 1e-9);
  EXPECT_FALSE(plan.at_risk);
}

TEST(DosePlan, CourseTotalSplitOverTheDays) {
  const DosePlan plan =
      plan_course(proderm(70, std::nullopt, std::nullopt, 2, WeightPolicy::actual));
  ASSERT_FALSE(plan.refused());
  EXPECT_DOUBLE_EQ(plan.dose_g_per_kg_per_day, 1.0);
  EXPECT_EQ(*plan.daily_dose_mg, 70000);
  EXPECT_DOUBLE_EQ(*plan.total_dose_g(), 140);
}

TEST(DosePlan, AtRiskCapNeverAbove003ForOctagam) {
  for (RiskFactor factor : {RiskFactor::central_venous_catheter, RiskFactor::diabetes_mellitus,
                            RiskFactor::dermatomyositis}) {
    DoseRequest request = seed(70, octagam());
    request.risk_factors = {factor};
    const DosePlan plan = plan_course(request);
    ASSERT_FALSE(plan.refused());
    EXPECT_TRUE(plan.at_risk);
    EXPECT_TRUE(plan.infusion->capped_for_risk);
    for (const RateStep& step : plan.infusion->steps) EXPECT_LE(step.ml_per_kg_min, 0.03 + 1e-12);
    EXPECT_NEAR(plan.infusion->steps.back().ml_per_h, 126, 1e-9);
  }
}

TEST(DosePlan, AgeAbove65IsARiskFactorByItself) {
  DoseRequest request = seed(70, octagam());
  request.age_years = 70;
  const DosePlan plan = plan_course(request);
  EXPECT_TRUE(plan.at_risk);
  EXPECT_TRUE(
      std::count(plan.risk_factors.begin(), plan.risk_factors.end(), RiskFactor::age_over_65));
  EXPECT_TRUE(has_code(plan.warnings, "thrombosis_risk"));
  EXPECT_TRUE(has_code(plan.warnings, "renal_risk"));
  EXPECT_TRUE(plan.infusion->capped_for_risk);
}

TEST(DosePlan, RenalRiskWarnsToCheckCreatinineAndBun) {
  DoseRequest request = seed(70, octagam());
  request.risk_factors = {RiskFactor::diabetes_mellitus};
  const DosePlan plan = plan_course(request);
  const auto renal = std::find_if(plan.warnings.begin(), plan.warnings.end(),
                                  [](const PlanNote& n) { return n.code == "renal_risk"; });
  ASSERT_NE(renal, plan.warnings.end());
  EXPECT_NE(renal->message.find("check creatinine and BUN before the course and after it"),
            std::string::npos);
}

TEST(DosePlan, WarningsOfTheSpec) {
  const DosePlan octagam_plan = plan_course(seed(70, octagam()));
  for (const char* code : {"thrombosis", "renal", "maltose_gdh_pqq", "live_vaccines",
                           "aseptic_meningitis", "haemolysis"}) {
    EXPECT_TRUE(has_code(octagam_plan.warnings, code)) << code;
  }
  Product no_maltose = octagam();
  no_maltose.contains_maltose = false;
  EXPECT_FALSE(has_code(plan_course(seed(70, no_maltose)).warnings, "maltose_gdh_pqq"));
  EXPECT_TRUE(has_code(plan_course(seed(70, peg_igg())).warnings, "maltose_unknown"));
}

struct RefusalCase {
  const char* name;
  DoseRequest request;
  const char* code;
};

DoseRequest with(DoseRequest request, auto change) {
  change(request);
  return request;
}

class Refusals : public testing::TestWithParam<RefusalCase> {};

TEST_P(Refusals, RefuseAndNeverClamp) {
  const RefusalCase& c = GetParam();
  const DosePlan plan = plan_course(c.request);
  EXPECT_TRUE(plan.refused());
  EXPECT_TRUE(has_code(plan.reasons, c.code)) << (plan.reasons.empty() ? "" : plan.reasons[0].code);
  EXPECT_FALSE(plan.vials);
  EXPECT_FALSE(plan.infusion);
}

const DoseRequest k_base = seed(70, octagam());

INSTANTIATE_TEST_SUITE_P(
    Label, Refusals,
    testing::Values(
        RefusalCase{
            "severe_hypersensitivity",
            with(k_base, [](auto& r) { r.risk_factors = {RiskFactor::severe_hypersensitivity}; }),
            "severe_hypersensitivity"},
        RefusalCase{
            "iga_deficiency",
            with(k_base,
                 [](auto& r) { r.risk_factors = {RiskFactor::iga_deficiency_with_antibodies}; }),
            "iga_deficiency_with_antibodies"},
        RefusalCase{"weight_too_low", with(k_base, [](auto& r) { r.weight_kg = 8; }),
                    "weight_implausible"},
        RefusalCase{"weight_too_high", with(k_base, [](auto& r) { r.weight_kg = 450; }),
                    "weight_implausible"},
        RefusalCase{"height_implausible", with(k_base, [](auto& r) { r.height_cm = 17.5; }),
                    "height_implausible"},
        RefusalCase{"adjbw_without_height",
                    with(k_base, [](auto& r) { r.regimen.weight_policy = WeightPolicy::adjusted; }),
                    "weight_policy_needs_measurement"},
        RefusalCase{"seed_is_five_days", with(k_base, [](auto& r) { r.regimen.days = 3; }),
                    "days_outside_regimen"},
        RefusalCase{"proderm_over_one_day",
                    proderm(70, std::nullopt, std::nullopt, 1, WeightPolicy::actual),
                    "dose_per_day_above_label"},
        RefusalCase{"proderm_on_peg_igg_over_two_days",
                    with(proderm(70, std::nullopt, std::nullopt, 2, WeightPolicy::actual),
                         [](auto& r) { r.product = peg_igg(); }),
                    "dose_per_day_above_label"},
        RefusalCase{"course_above_label",
                    with(k_base, [](auto& r) { r.regimen.dose_g_per_kg_per_day = 0.5; }),
                    "dose_per_course_above_label"},
        RefusalCase{"under_18_on_adult_label", with(k_base, [](auto& r) { r.age_years = 16; }),
                    "age_below_label"},
        RefusalCase{"invalid_product", with(k_base, [](auto& r) { r.product.vial_sizes_g = {-5}; }),
                    "product_invalid"}),
    [](const testing::TestParamInfo<RefusalCase>& case_info) {
      return std::string(case_info.param.name);
    });

TEST(DosePlan, RefusedPlanStillShowsTheWeightItCouldCompute) {
  DoseRequest request = proderm(100, 175, Sex::male, 1, WeightPolicy::adjusted);
  const DosePlan plan = plan_course(request);
  ASSERT_TRUE(plan.refused());
  ASSERT_TRUE(plan.weight);
  EXPECT_NEAR(plan.weight->dosing_weight_kg, 82.28, 0.005);
  EXPECT_TRUE(has_code(plan.reasons, "days_outside_regimen"));
}

TEST(DosePlan, LimitsListTheCapsApplied) {
  const DosePlan plan = plan_course(proderm(70, 180, Sex::male, 5, WeightPolicy::adjusted));
  ASSERT_FALSE(plan.refused());
  EXPECT_TRUE(std::any_of(plan.limits.begin(), plan.limits.end(), [](const std::string& line) {
    return line.find("capped at the actual weight") != std::string::npos;
  }));
}

}  // namespace
}  // namespace myoivig::domain
