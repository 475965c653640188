// Infusion schedule: the rate steps of one day's infusion, from the product's start rate
// up by steps to its maximum (or to the at-risk cap) until the day's volume is infused
// (shared/specs/dosing.md, Infusion rate).
//
//   mL/h = weight (kg) x rate (mL/kg/min) x 60
//
// Pump rates are rounded down to 0.1 mL/h, so the per-kg rate of the label is never
// exceeded; volumes and times follow from the rounded pump rate. Thread-safety: pure
// functions and value types.
#pragma once

#include <vector>

#include "domain/product.hpp"
#include "util/expected.hpp"

namespace myoivig::domain {

constexpr double k_pump_resolution_ml_per_h = 0.1;
constexpr int k_max_rate_steps = 200;

struct RateStep {
  double start_min = 0;      // minutes from the start of the infusion
  double rate = 0;           // in the product's rate unit (mL/kg/min or mL/kg/h)
  double ml_per_kg_min = 0;  // the same rate in mL/kg/min
  double ml_per_h = 0;       // pump setting
  double volume_ml = 0;      // infused during this step
  double duration_min = 0;
};

struct InfusionSchedule {
  std::vector<RateStep> steps;
  double volume_ml = 0;
  double duration_min = 0;
  RateUnit unit = RateUnit::ml_per_kg_per_min;
  double max_rate = 0;  // the highest rate allowed for this patient, in `unit`
  // The at-risk cap applied and was below the product's maximum rate.
  bool capped_for_risk = false;
};

// The schedule for infusing `volume_ml` to a patient of `weight_kg` (the dosing weight)
// under `rule`; `at_risk` applies the rule's at-risk cap. Fails with invalid_argument when
// the volume or weight is not positive, or when a pump rate rounds to 0 mL/h.
util::Expected<InfusionSchedule> plan_infusion(double volume_ml, double weight_kg,
                                               const InfusionRateRule& rule, bool at_risk);

}  // namespace myoivig::domain
