#include "server/dose_plan_json.hpp"

#include <cmath>

namespace myoivig::server {
namespace {

using nlohmann::json;

constexpr double k_g_per_mg = 0.001;

double rounded(double value, int decimals) {
  const double scale = std::pow(10.0, decimals);
  return std::round(value * scale) / scale;
}

json optional(const std::optional<double>& value, int decimals) {
  return value ? json(rounded(*value, decimals)) : json(nullptr);
}

json notes(const std::vector<domain::PlanNote>& list) {
  json out = json::array();
  for (const domain::PlanNote& note : list) {
    out.push_back({{"code", note.code}, {"message", note.message}});
  }
  return out;
}

}  // namespace

json dose_plan_json(const domain::DosePlan& plan) {
  const domain::DoseRequest& request = plan.request;
  json vials = json::array();
  if (plan.vials) {
    for (const domain::VialCount& vial : plan.vials->vials) {
      vials.push_back({{"size_g", rounded(static_cast<double>(vial.size_mg) * k_g_per_mg, 3)},
                       {"count", vial.count}});
    }
  }
  json steps = json::array();
  if (plan.infusion) {
    for (const domain::RateStep& step : plan.infusion->steps) {
      steps.push_back({{"start_min", rounded(step.start_min, 2)},
                       {"rate", rounded(step.rate, 6)},
                       {"ml_per_kg_min", rounded(step.ml_per_kg_min, 6)},
                       {"ml_per_h", rounded(step.ml_per_h, 1)},
                       {"volume_ml", rounded(step.volume_ml, 2)},
                       {"duration_min", rounded(step.duration_min, 2)}});
    }
  }
  json risks = json::array();
  for (domain::RiskFactor factor : plan.risk_factors) risks.push_back(domain::code(factor));
  const auto* weight = plan.weight ? &*plan.weight : nullptr;
  const json waste =
      plan.vials ? json(rounded(static_cast<double>(plan.vials->waste_mg()) * k_g_per_mg, 3))
                 : json(nullptr);
  return {
      {"refused", plan.refused()},
      {"reasons", notes(plan.reasons)},
      {"warnings", notes(plan.warnings)},
      {"actual_weight_kg", request.weight_kg},
      {"dosing_weight_kg", weight ? json(rounded(weight->dosing_weight_kg, 6)) : json(nullptr)},
      {"weight_policy", domain::code(request.regimen.weight_policy)},
      {"weight_basis", weight ? json(domain::code(weight->basis)) : json(nullptr)},
      {"weight_explanation", weight ? json(weight->explanation) : json(nullptr)},
      {"ibw_kg", optional(weight ? weight->ideal_kg : std::nullopt, 6)},
      {"adjbw_kg", optional(weight ? weight->adjusted_kg : std::nullopt, 6)},
      {"bmi", optional(weight ? weight->bmi_kg_per_m2 : std::nullopt, 2)},
      {"formulas", plan.formulas},
      {"regimen", {{"id", request.regimen.id}, {"description", request.regimen.description}}},
      {"product",
       {{"id", request.product.id},
        {"name", request.product.name},
        {"concentration_g_per_ml", request.product.concentration_g_per_ml}}},
      {"days", plan.days},
      {"dose_g_per_kg_per_day", rounded(plan.dose_g_per_kg_per_day, 6)},
      {"dose_g_per_kg_per_course", rounded(plan.dose_g_per_kg_per_course, 6)},
      {"daily_dose_g", optional(plan.daily_dose_g(), 3)},
      {"total_dose_g", optional(plan.total_dose_g(), 3)},
      {"vials", vials},
      {"waste_g", waste},
      {"volume_ml", optional(plan.volume_ml_per_day(), 2)},
      {"rate_unit", domain::code(request.product.rate.unit)},
      {"rate_steps", steps},
      {"duration_min",
       plan.infusion ? json(rounded(plan.infusion->duration_min, 2)) : json(nullptr)},
      {"at_risk", plan.at_risk},
      {"risk_factors", risks},
      {"limits", plan.limits},
      {"notice", "This plan is a proposal for a clinician to check; it is not a prescription."}};
}

}  // namespace myoivig::server
