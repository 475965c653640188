// DosePlan: one IVIG course planned for one patient (shared/specs/dosing.md): the dosing
// weight and why, each formula with the patient's numbers, the daily and course doses, the
// vials per day and their waste, the rate steps and duration of each day's infusion,
// every limit checked and cap applied, the warnings, and, for a plan outside the label or
// the regimen, the reasons it is refused.
//
// A plan is a proposal for a clinician to check. Limits are never clamped: what is
// outside them is refused with a reason. Every day of a course gets the same dose, so
// vials and rate steps are given for one day. Thread-safety: pure function, value types.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/dose_plan_safety.hpp"
#include "domain/dosing_weight.hpp"
#include "domain/infusion_schedule.hpp"
#include "domain/patient.hpp"
#include "domain/product.hpp"
#include "domain/regimen.hpp"
#include "domain/vial_selection.hpp"

namespace myoivig::domain {

// Plausibility limits for the measurements a plan starts from (adults and adolescents);
// outside them the plan is refused as an implausible input, never clamped.
constexpr double k_min_plausible_weight_kg = 20;
constexpr double k_max_plausible_weight_kg = 300;
constexpr double k_min_plausible_height_cm = 100;
constexpr double k_max_plausible_height_cm = 250;
constexpr int k_max_plausible_age_years = 120;

struct DoseRequest {
  double weight_kg = 0;  // actual body weight
  std::optional<double> height_cm;
  std::optional<Sex> sex;
  std::optional<int> age_years;
  // The regimen: g/kg/day for `days` days, and the weight policy (a protocol setting).
  Regimen regimen;
  // When set, the regimen is a course total split equally over regimen.days, and
  // regimen.dose_g_per_kg_per_day is not used.
  std::optional<double> course_dose_g_per_kg;
  // The days per course the regimen allows (seed: 5-5, ProDERM: 2-5); 0 means the
  // regimen sets no range and regimen.days is taken as given.
  int min_days = 0;
  int max_days = 0;
  Product product;
  std::vector<RiskFactor> risk_factors;  // as reported
  // How far the vials may fall below the prescribed daily dose (protocol setting).
  std::int64_t vial_tolerance_mg = 0;
};

struct DosePlan {
  DoseRequest request;
  std::vector<RiskFactor> risk_factors;  // reported, plus those that follow from the age
  bool at_risk = false;                  // any thrombotic or renal risk factor
  int days = 0;
  double dose_g_per_kg_per_day = 0;
  double dose_g_per_kg_per_course = 0;
  std::optional<DosingWeight> weight;         // unset when the weight could not be computed
  std::optional<std::int64_t> daily_dose_mg;  // dosing weight x g/kg/day, up to the next mg
  std::optional<VialSelection> vials;         // one day's; unset when refused
  std::optional<InfusionSchedule> infusion;   // one day's; unset when refused
  std::vector<std::string> formulas;          // weight, dose and volume, with the numbers
  std::vector<std::string> limits;            // every limit checked and cap applied
  std::vector<PlanNote> warnings;
  std::vector<PlanNote> reasons;  // why the plan is refused; empty for a plan

  [[nodiscard]] bool refused() const { return !reasons.empty(); }
  [[nodiscard]] std::optional<double> daily_dose_g() const;
  [[nodiscard]] std::optional<double> total_dose_g() const;  // daily dose x days
  [[nodiscard]] std::optional<double> volume_ml_per_day() const;
};

// Plans the course. Never fails: a request outside the label, the regimen or plausibility
// gives a plan whose reasons say why it is refused (with what could still be computed,
// such as the dosing weight, but no vials or rate steps).
DosePlan plan_course(const DoseRequest& request);

}  // namespace myoivig::domain
