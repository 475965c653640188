// Infusion rate steps: the spec's 70 kg example (42/84/126/168 mL/h), the at-risk cap,
// rates in mL/kg/h, and an infusion that ends before the maximum rate.
#include "domain/infusion_schedule.hpp"

#include <vector>

#include <gtest/gtest.h>

namespace myoivig::domain {
namespace {

InfusionRateRule octagam_rate() {
  return {RateUnit::ml_per_kg_per_min, 0.01, 0.01, 30, 0.04, 0.03};
}

struct ExpectedStep {
  double start_min;
  double ml_per_h;
  double volume_ml;
};

void expect_steps(const InfusionSchedule& schedule, const std::vector<ExpectedStep>& expected) {
  ASSERT_EQ(schedule.steps.size(), expected.size());
  double volume_ml = 0;
  for (std::size_t i = 0; i < expected.size(); ++i) {
    EXPECT_NEAR(schedule.steps[i].start_min, expected[i].start_min, 1e-9) << "step " << i;
    EXPECT_NEAR(schedule.steps[i].ml_per_h, expected[i].ml_per_h, 1e-9) << "step " << i;
    EXPECT_NEAR(schedule.steps[i].volume_ml, expected[i].volume_ml, 1e-6) << "step " << i;
    volume_ml += schedule.steps[i].volume_ml;
  }
  EXPECT_NEAR(volume_ml, schedule.volume_ml, 1e-6);
}

TEST(InfusionSchedule, SpecExample70KgOctagam) {
  // 70 kg x 0.4 g/kg = 28 g = 280 mL of a 10 % solution. 0.01/0.02/0.03/0.04 mL/kg/min ->
  // 42/84/126/168 mL/h; 21 + 42 + 63 mL in the first 90 min, the last 154 mL at 168 mL/h
  // take 55 min: 145 min in all.
  const auto schedule = plan_infusion(280, 70, octagam_rate(), false);
  ASSERT_TRUE(schedule) << schedule.error().message;
  expect_steps(*schedule, {{0, 42, 21}, {30, 84, 42}, {60, 126, 63}, {90, 168, 154}});
  EXPECT_NEAR(schedule->steps[3].ml_per_kg_min, 0.04, 1e-12);
  EXPECT_NEAR(schedule->duration_min, 145, 1e-9);
  EXPECT_FALSE(schedule->capped_for_risk);
}

TEST(InfusionSchedule, AtRiskNeverAbove003MlPerKgPerMin) {
  // Capped at 0.03 mL/kg/min = 126 mL/h: 21 + 42 mL in 60 min, then 217 mL at 126 mL/h
  // (103.33 min): 163.33 min.
  const auto schedule = plan_infusion(280, 70, octagam_rate(), true);
  ASSERT_TRUE(schedule);
  expect_steps(*schedule, {{0, 42, 21}, {30, 84, 42}, {60, 126, 217}});
  EXPECT_NEAR(schedule->duration_min, 60 + 217.0 / 126 * 60, 1e-9);
  EXPECT_TRUE(schedule->capped_for_risk);
  for (const RateStep& step : schedule->steps) EXPECT_LE(step.ml_per_kg_min, 0.03 + 1e-12);
}

TEST(InfusionSchedule, SmallVolumeEndsInTheFirstStep) {
  const auto schedule = plan_infusion(10, 70, octagam_rate(), false);
  ASSERT_TRUE(schedule);
  expect_steps(*schedule, {{0, 42, 10}});
  EXPECT_NEAR(schedule->duration_min, 10.0 / 42 * 60, 1e-9);
}

TEST(InfusionSchedule, RatesInMlPerKgPerHour) {
  // Gammagard Liquid: 0.5 mL/kg/h, +1 every 30 min, at most 5. 70 kg: 35, 105, 175 mL/h.
  const InfusionRateRule rule{RateUnit::ml_per_kg_per_h, 0.5, 1.0, 30, 5.0, 1.8};
  const auto schedule = plan_infusion(100, 70, rule, false);
  ASSERT_TRUE(schedule);
  expect_steps(*schedule, {{0, 35, 17.5}, {30, 105, 52.5}, {60, 175, 30}});
  EXPECT_NEAR(schedule->steps[0].ml_per_kg_min, 0.5 / 60, 1e-12);
  EXPECT_NEAR(schedule->steps[0].rate, 0.5, 1e-12);
}

TEST(InfusionSchedule, PumpRateIsRoundedDownToATenthOfAMillilitre) {
  // 82.2787 kg x 0.01 x 60 = 49.367 mL/h -> 49.3 mL/h, never above the per-kg rate.
  const auto schedule = plan_infusion(329.12, 82.2787, octagam_rate(), false);
  ASSERT_TRUE(schedule);
  EXPECT_NEAR(schedule->steps[0].ml_per_h, 49.3, 1e-9);
  for (const RateStep& step : schedule->steps) {
    EXPECT_LE(step.ml_per_h, 82.2787 * step.ml_per_kg_min * 60);
  }
}

TEST(InfusionSchedule, RejectsBadArguments) {
  EXPECT_FALSE(plan_infusion(0, 70, octagam_rate(), false));
  EXPECT_FALSE(plan_infusion(100, 0, octagam_rate(), false));
  const InfusionRateRule tiny{RateUnit::ml_per_kg_per_min, 0.00001, 0, 30, 0.00001, 0.00001};
  EXPECT_FALSE(plan_infusion(100, 20, tiny, false));  // 0.012 mL/h rounds to 0
}

}  // namespace
}  // namespace myoivig::domain
