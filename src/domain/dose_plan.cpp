#include "domain/dose_plan.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "util/strings.hpp"

namespace myoivig::domain {
namespace {

// A per-kg dose this close above a limit is the limit written in floating point
// (2.0 g/kg / 3 days x 3 days), not a dose above it.
constexpr double k_limit_slack = 1e-9;

std::string fixed(double value, int decimals) {
  const double scale = std::pow(10.0, decimals);
  return util::format_scaled(static_cast<std::int64_t>(std::llround(value * scale)), decimals);
}

std::string grams(std::int64_t mg) {
  return fixed(static_cast<double>(mg) / static_cast<double>(k_mg_per_g), 2) + " g";
}

void refuse(DosePlan& plan, std::string code, std::string message) {
  plan.reasons.push_back({std::move(code), std::move(message)});
}

void check_inputs(DosePlan& plan) {
  const DoseRequest& request = plan.request;
  if (!(request.weight_kg >= k_min_plausible_weight_kg &&
        request.weight_kg <= k_max_plausible_weight_kg)) {
    refuse(plan, "weight_implausible",
           "Weight " + fixed(request.weight_kg, 1) + " kg is outside the plausible range " +
               fixed(k_min_plausible_weight_kg, 0) + "-" + fixed(k_max_plausible_weight_kg, 0) +
               " kg: check the measurement.");
  }
  if (request.height_cm && !(*request.height_cm >= k_min_plausible_height_cm &&
                             *request.height_cm <= k_max_plausible_height_cm)) {
    refuse(plan, "height_implausible",
           "Height " + fixed(*request.height_cm, 1) + " cm is outside the plausible range " +
               fixed(k_min_plausible_height_cm, 0) + "-" + fixed(k_max_plausible_height_cm, 0) +
               " cm: check the measurement.");
  }
  if (request.age_years &&
      (*request.age_years < 0 || *request.age_years > k_max_plausible_age_years)) {
    refuse(plan, "age_implausible",
           "Age " + std::to_string(*request.age_years) + " years is outside 0-120.");
  } else if (request.age_years && request.product.min_age_years &&
             *request.age_years < *request.product.min_age_years) {
    refuse(plan, "age_below_label",
           request.product.name + " is labelled from age " +
               std::to_string(*request.product.min_age_years) + "; the patient is " +
               std::to_string(*request.age_years) + ".");
  }
}

void check_regimen(DosePlan& plan) {
  const DoseRequest& request = plan.request;
  const int min_days = request.min_days > 0 ? request.min_days : request.regimen.days;
  const int max_days = request.max_days > 0 ? request.max_days : request.regimen.days;
  const std::string allowed = min_days == max_days
                                  ? std::to_string(min_days)
                                  : std::to_string(min_days) + "-" + std::to_string(max_days);
  if (plan.days < 1 || plan.days < min_days || plan.days > max_days) {
    refuse(plan, "days_outside_regimen",
           "Regimen " + request.regimen.id + " gives the course over " + allowed +
               " days; asked for " + std::to_string(plan.days) + ".");
  } else {
    plan.limits.push_back("Days per course: " + std::to_string(plan.days) + " (regimen " +
                          request.regimen.id + ": " + allowed + ").");
  }
  if (!(plan.dose_g_per_kg_per_day > 0)) {
    refuse(plan, "dose_not_positive", "The regimen's dose per kg must be positive.");
    return;
  }
  const Product& product = request.product;
  const auto check = [&](const char* code, double dose, double limit, const std::string& per) {
    const std::string text = fixed(dose, 2) + " g/kg" + per;
    const std::string label = fixed(limit, 2) + " g/kg" + per + " for " + product.name;
    if (dose > limit + k_limit_slack) {
      refuse(plan, code, "Dose " + text + " is above the label limit of " + label + ".");
    } else {
      plan.limits.push_back("Dose " + text + ": within the label limit of " + label + ".");
    }
  };
  check("dose_per_day_above_label", plan.dose_g_per_kg_per_day, product.max_dose_g_per_kg_per_day,
        "/day");
  check("dose_per_course_above_label", plan.dose_g_per_kg_per_course,
        product.max_dose_g_per_kg_per_course, " per course");
}

void plan_weight(DosePlan& plan) {
  const DoseRequest& request = plan.request;
  const bool plausible = std::none_of(plan.reasons.begin(), plan.reasons.end(), [](const auto& r) {
    return r.code == "weight_implausible" || r.code == "height_implausible";
  });
  if (!plausible) return;
  auto weight = compute_dosing_weight({request.weight_kg, request.height_cm, request.sex},
                                      request.regimen.weight_policy);
  if (!weight) {
    std::string message = weight.error().message + ".";
    message.front() = static_cast<char>(std::toupper(static_cast<unsigned char>(message.front())));
    refuse(plan, "weight_policy_needs_measurement", std::move(message));
    return;
  }
  plan.weight = std::move(*weight);
  plan.formulas = plan.weight->formulas;
  if (plan.weight->capped_at_actual) {
    plan.limits.push_back("Dosing weight capped at the actual weight " +
                          fixed(plan.weight->actual_kg, 2) + " kg (never above actual).");
  }
  if (request.height_cm && request.sex && plan.weight->basis != WeightPolicy::actual &&
      *request.height_cm / k_cm_per_inch < k_devine_reference_height_in) {
    plan.warnings.push_back({"devine_below_60_in",
                             "Height below 152.4 cm (60 in): the Devine formula is "
                             "extrapolated below its reference height; check IBW."});
  }
}

void plan_dose(DosePlan& plan) {
  const double weight_kg = plan.weight->dosing_weight_kg;
  const std::int64_t daily_mg = grams_to_mg_up(weight_kg * plan.dose_g_per_kg_per_day);
  plan.daily_dose_mg = daily_mg;
  if (plan.request.course_dose_g_per_kg) {
    plan.formulas.push_back("dose per day = " + fixed(plan.dose_g_per_kg_per_course, 2) +
                            " g/kg per course / " + std::to_string(plan.days) +
                            " days = " + fixed(plan.dose_g_per_kg_per_day, 4) + " g/kg/day");
  }
  plan.formulas.push_back("daily dose = " + fixed(weight_kg, 2) + " kg x " +
                          fixed(plan.dose_g_per_kg_per_day, 4) + " g/kg/day = " + grams(daily_mg));
  plan.formulas.push_back("course dose = " + grams(daily_mg) + " x " + std::to_string(plan.days) +
                          " days = " + grams(daily_mg * plan.days));
  const double volume_ml = *plan.daily_dose_g() / plan.request.product.concentration_g_per_ml;
  plan.formulas.push_back("volume per day = " + grams(daily_mg) + " / " +
                          fixed(plan.request.product.concentration_g_per_ml, 3) +
                          " g/mL = " + fixed(volume_ml, 1) + " mL");
  plan.formulas.push_back("pump rate (mL/h) = " + fixed(weight_kg, 2) +
                          " kg x rate (mL/kg/min) x 60, rounded down to 0.1 mL/h");
}

void plan_day(DosePlan& plan) {
  const Product& product = plan.request.product;
  std::vector<std::int64_t> sizes_mg;
  for (double size_g : product.vial_sizes_g) sizes_mg.push_back(grams_to_mg(size_g));
  auto vials = select_vials(*plan.daily_dose_mg, sizes_mg, plan.request.vial_tolerance_mg);
  if (!vials) {
    refuse(plan, "vials", "Vials: " + vials.error().message + ".");
    return;
  }
  plan.vials = std::move(*vials);
  plan.limits.push_back(plan.request.vial_tolerance_mg == 0
                            ? "Vials: never below the prescribed daily dose (tolerance 0 g)."
                            : "Vials: at most " + grams(plan.request.vial_tolerance_mg) +
                                  " below the prescribed daily dose (protocol tolerance).");
  if (plan.vials->shortfall_mg() > 0) {
    plan.warnings.push_back({"vials_below_dose", "The vials give " +
                                                     grams(plan.vials->shortfall_mg()) +
                                                     " less than the prescribed daily dose "
                                                     "(within the protocol tolerance)."});
  }
  auto infusion = plan_infusion(*plan.volume_ml_per_day(), plan.weight->dosing_weight_kg,
                                product.rate, plan.at_risk);
  if (!infusion) {
    refuse(plan, "infusion", "Infusion: " + infusion.error().message + ".");
    return;
  }
  plan.infusion = std::move(*infusion);
  const std::string unit(code(product.rate.unit));
  const std::string maximum = fixed(product.rate.max_rate, 3) + " " + unit;
  if (plan.infusion->capped_for_risk) {
    plan.limits.push_back("Infusion rate capped at " + fixed(plan.infusion->max_rate, 3) + " " +
                          unit + " for thrombotic or renal risk (product maximum " + maximum +
                          ").");
  } else {
    plan.limits.push_back("Infusion rate at most " + maximum + " (product maximum).");
  }
}

}  // namespace

std::optional<double> DosePlan::daily_dose_g() const {
  if (!daily_dose_mg) return std::nullopt;
  return static_cast<double>(*daily_dose_mg) / static_cast<double>(k_mg_per_g);
}

std::optional<double> DosePlan::total_dose_g() const {
  if (!daily_dose_mg) return std::nullopt;
  return static_cast<double>(*daily_dose_mg * days) / static_cast<double>(k_mg_per_g);
}

std::optional<double> DosePlan::volume_ml_per_day() const {
  if (!daily_dose_mg || !(request.product.concentration_g_per_ml > 0)) return std::nullopt;
  return *daily_dose_g() / request.product.concentration_g_per_ml;
}

DosePlan plan_course(const DoseRequest& request) {
  DosePlan plan;
  plan.request = request;
  plan.days = request.regimen.days;
  plan.risk_factors = effective_risk_factors(request.risk_factors, request.age_years);
  plan.at_risk = std::any_of(plan.risk_factors.begin(), plan.risk_factors.end(),
                             [](RiskFactor f) { return kind_of(f) != RiskKind::contraindication; });
  plan.reasons = contraindications(plan.risk_factors);
  if (auto valid = validate(request.product, "product"); !valid) {
    refuse(plan, "product_invalid", valid.error().message + ".");
    return plan;
  }
  if (request.course_dose_g_per_kg) {
    plan.dose_g_per_kg_per_course = *request.course_dose_g_per_kg;
    plan.dose_g_per_kg_per_day = plan.days > 0 ? plan.dose_g_per_kg_per_course / plan.days : 0;
  } else {
    plan.dose_g_per_kg_per_day = request.regimen.dose_g_per_kg_per_day;
    plan.dose_g_per_kg_per_course = plan.dose_g_per_kg_per_day * plan.days;
  }

  check_inputs(plan);
  check_regimen(plan);
  plan_weight(plan);
  if (plan.weight && plan.dose_g_per_kg_per_day > 0) plan_dose(plan);
  if (!plan.refused() && plan.daily_dose_mg) plan_day(plan);

  const InfusionRateRule& rate = request.product.rate;
  const bool capped = plan.at_risk && rate.at_risk_max_rate < rate.max_rate;
  const double max_rate = capped ? rate.at_risk_max_rate : rate.max_rate;
  std::vector<PlanNote> safety =
      safety_warnings({&request.product, plan.risk_factors, capped,
                       rate.ml_per_kg_per_min(max_rate), plan.dose_g_per_kg_per_course});
  safety.insert(safety.end(), plan.warnings.begin(), plan.warnings.end());
  plan.warnings = std::move(safety);
  return plan;
}

}  // namespace myoivig::domain
