// Dosing weight: the body weight a per-kg IVIG dose is computed from under a WeightPolicy,
// with the formulas and the reason for the choice (shared/specs/dosing.md, Dosing weight).
//
//   Devine ideal body weight, height in inches (1 in = 2.54 cm):
//     men   IBW = 50   + 2.3 x (height_in - 60)
//     women IBW = 45.5 + 2.3 x (height_in - 60)
//   Adjusted body weight: AdjBW = IBW + 0.4 x (actual - IBW)
//     [Australian National Blood Authority, IVIg dose calculator]
//   Body mass index: BMI = weight_kg / height_m^2
//
// The dosing weight is never above the actual weight. Intermediate weights are not rounded;
// only the final dose is (to vials). Thread-safety: pure functions and value types.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/patient.hpp"
#include "domain/weight_policy.hpp"
#include "util/expected.hpp"

namespace myoivig::domain {

constexpr double k_cm_per_inch = 2.54;
constexpr double k_devine_reference_height_in = 60;  // 5 ft: Devine's formula starts here
constexpr double k_devine_kg_per_inch = 2.3;
constexpr double k_devine_base_men_kg = 50;
constexpr double k_devine_base_women_kg = 45.5;
constexpr double k_adjusted_weight_fraction = 0.4;
constexpr double k_obesity_bmi_kg_per_m2 = 30;  // auto policy: adjusted weight at or above

double devine_ideal_body_weight_kg(double height_cm, Sex sex);
double adjusted_body_weight_kg(double ideal_kg, double actual_kg);
double body_mass_index_kg_per_m2(double weight_kg, double height_cm);

struct BodyMeasurements {
  double weight_kg = 0;
  std::optional<double> height_cm;
  std::optional<Sex> sex;
};

struct DosingWeight {
  WeightPolicy policy = WeightPolicy::actual;  // the setting, as requested
  WeightPolicy basis = WeightPolicy::actual;   // the weight used: actual, ideal or adjusted
  double actual_kg = 0;
  double dosing_weight_kg = 0;
  std::optional<double> ideal_kg;       // when height and sex are known
  std::optional<double> adjusted_kg;    // when height and sex are known
  std::optional<double> bmi_kg_per_m2;  // when height is known
  // The policy's weight (IBW or AdjBW) was above the actual weight, so actual was used.
  bool capped_at_actual = false;
  std::vector<std::string> formulas;  // each formula with this patient's numbers
  std::string explanation;            // why this weight, in one sentence
};

// The dosing weight under `policy`. IBW, AdjBW and BMI are computed whenever the
// measurements allow, whatever the policy, so a plan can show them.
// Fails with invalid_argument when the weight or height is not positive, or when the policy
// needs a measurement that is missing: ibw and adjbw need height and sex; auto needs height,
// and sex too when BMI >= 30.
util::Expected<DosingWeight> compute_dosing_weight(const BodyMeasurements& body,
                                                   WeightPolicy policy);

}  // namespace myoivig::domain
