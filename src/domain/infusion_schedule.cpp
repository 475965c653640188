#include "domain/infusion_schedule.hpp"

#include <algorithm>
#include <cmath>
#include <string>

namespace myoivig::domain {
namespace {

constexpr double k_minutes_per_hour = 60;
// Floating-point slack for "this rate has reached the cap" and "pump rate x.99999999".
constexpr double k_rate_slack = 1e-9;
constexpr double k_volume_slack_ml = 1e-9;

double pump_ml_per_h(double weight_kg, double ml_per_kg_min) {
  const double exact = weight_kg * ml_per_kg_min * k_minutes_per_hour;
  return std::floor(exact / k_pump_resolution_ml_per_h + k_rate_slack) * k_pump_resolution_ml_per_h;
}

}  // namespace

util::Expected<InfusionSchedule> plan_infusion(double volume_ml, double weight_kg,
                                               const InfusionRateRule& rule, bool at_risk) {
  if (!(volume_ml > 0)) return util::invalid_argument("infusion volume: must be positive");
  if (!(weight_kg > 0)) return util::invalid_argument("infusion weight: must be positive");

  InfusionSchedule schedule;
  schedule.volume_ml = volume_ml;
  schedule.unit = rule.unit;
  schedule.max_rate = at_risk ? std::min(rule.max_rate, rule.at_risk_max_rate) : rule.max_rate;
  schedule.capped_for_risk = at_risk && rule.at_risk_max_rate < rule.max_rate;

  double remaining_ml = volume_ml;
  double clock_min = 0;
  for (int k = 0; k < k_max_rate_steps && remaining_ml > k_volume_slack_ml; ++k) {
    double rate = rule.start_rate + k * rule.step_rate;
    const bool last_rate = rate >= schedule.max_rate - k_rate_slack || !(rule.step_rate > 0);
    if (rate > schedule.max_rate) rate = schedule.max_rate;

    RateStep step;
    step.start_min = clock_min;
    step.rate = rate;
    step.ml_per_kg_min = rule.ml_per_kg_per_min(rate);
    step.ml_per_h = pump_ml_per_h(weight_kg, step.ml_per_kg_min);
    if (!(step.ml_per_h > 0)) {
      return util::invalid_argument("infusion rate: " + std::to_string(rate) + " " +
                                    std::string(code(rule.unit)) +
                                    " rounds to a pump rate of 0 mL/h");
    }
    const double step_volume_ml = step.ml_per_h * rule.step_interval_min / k_minutes_per_hour;
    if (last_rate || step_volume_ml >= remaining_ml) {
      step.volume_ml = remaining_ml;
      step.duration_min = remaining_ml / step.ml_per_h * k_minutes_per_hour;
    } else {
      step.volume_ml = step_volume_ml;
      step.duration_min = rule.step_interval_min;
    }
    remaining_ml -= step.volume_ml;
    clock_min += step.duration_min;
    schedule.steps.push_back(step);
  }
  schedule.duration_min = clock_min;
  return schedule;
}

}  // namespace myoivig::domain
