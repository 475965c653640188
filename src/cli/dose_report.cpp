#include "cli/dose_report.hpp"

#include <algorithm>
#include <cmath>
#include <string_view>

#include <fmt/format.h>

namespace myoivig::cli {
namespace {

using domain::DosePlan;
using nlohmann::ordered_json;

constexpr std::string_view k_notice =
    "This plan is a proposal for a clinician to check; it is not a prescription.";
constexpr std::size_t k_text_width = 96;
constexpr double k_g_per_mg = 0.001;

// Rounds away floating-point noise for JSON (a kg to 1e-6, a gram to the milligram).
double rounded(double value, int decimals) {
  const double scale = std::pow(10.0, decimals);
  return std::round(value * scale) / scale;
}

double g(std::int64_t mg) {
  return static_cast<double>(mg) * k_g_per_mg;
}

ordered_json optional_number(const std::optional<double>& value, int decimals) {
  return value ? ordered_json(rounded(*value, decimals)) : ordered_json(nullptr);
}

std::string weight_basis_code(const DosePlan& plan) {
  return plan.weight ? std::string(domain::code(plan.weight->basis)) : std::string();
}

// Words of `text` on lines of at most k_text_width: the first after `indent`, the others
// after as many spaces plus `hang`.
std::string wrapped(std::string_view text, std::string_view indent, std::size_t hang) {
  const std::string continuation(indent.size() + hang, ' ');
  std::string out(indent);
  std::size_t column = indent.size();
  bool first_word = true;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find(' ', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view word = text.substr(start, end - start);
    if (!first_word && column + 1 + word.size() > k_text_width) {
      out += "\n" + continuation;
      column = continuation.size();
    } else if (!first_word) {
      out += ' ';
      ++column;
    }
    out += word;
    column += word.size();
    first_word = false;
    start = end + 1;
  }
  return out + "\n";
}

std::string rate_text(double rate, domain::RateUnit unit) {
  return unit == domain::RateUnit::ml_per_kg_per_h ? fmt::format("{:.2f}", rate)
                                                   : fmt::format("{:.3f}", rate);
}

std::string duration_text(double minutes) {
  const auto whole = static_cast<long>(std::ceil(minutes - 1e-9));
  return fmt::format("{} h {:02} min", whole / 60, whole % 60);
}

std::string days_allowed(const io::RegimenPreset& preset) {
  return preset.min_days == preset.max_days
             ? std::to_string(preset.min_days)
             : fmt::format("{}-{}", preset.min_days, preset.max_days);
}

void add_inputs(std::string& out, const DosePlan& plan, const io::RegimenPreset& preset) {
  const domain::DoseRequest& request = plan.request;
  out += "Inputs\n";
  out += fmt::format("  Weight         {:.1f} kg (actual)\n", request.weight_kg);
  out += request.height_cm ? fmt::format("  Height         {:.1f} cm\n", *request.height_cm)
                           : "  Height         not given\n";
  out += fmt::format("  Sex            {}\n",
                     request.sex ? std::string(domain::code(*request.sex)) : "not given");
  out += request.age_years ? fmt::format("  Age            {} years\n", *request.age_years)
                           : "  Age            not given\n";
  out += wrapped(request.regimen.id + ": " + request.regimen.description, "  Regimen        ", 0);
  out += wrapped("source: " + preset.source, "                 ", 0);
  out +=
      fmt::format("  Days           {} (the regimen allows {})\n", plan.days, days_allowed(preset));
  out += wrapped(fmt::format("{}: {} ({:.3f} g/mL)", request.product.name,
                             request.product.description, request.product.concentration_g_per_ml),
                 "  Product        ", 0);
  out += wrapped("label: " + request.product.limits_source, "                 ", 0);
  out += fmt::format("  Weight policy  {}\n", domain::code(request.regimen.weight_policy));
  std::string risks;
  for (domain::RiskFactor factor : plan.risk_factors) {
    const bool reported = std::find(request.risk_factors.begin(), request.risk_factors.end(),
                                    factor) != request.risk_factors.end();
    risks += (risks.empty() ? "" : ", ") + std::string(domain::code(factor)) +
             (reported ? "" : " (from the age)");
  }
  out += wrapped(risks.empty() ? "none reported" : risks, "  Risk factors   ", 0);
  out += "\n";
}

void add_weight_and_dose(std::string& out, const DosePlan& plan) {
  if (!plan.weight) return;
  const domain::DosingWeight& weight = *plan.weight;
  out += fmt::format("Dosing weight    {:.2f} kg ({})\n", weight.dosing_weight_kg,
                     domain::code(weight.basis));
  out += wrapped(weight.explanation, "  ", 2);
  for (const std::string& formula : weight.formulas) out += "  " + formula + "\n";
  out += "\n";
  if (plan.formulas.size() <= weight.formulas.size()) return;
  out += "Dose\n";
  for (std::size_t i = weight.formulas.size(); i < plan.formulas.size(); ++i) {
    out += "  " + plan.formulas[i] + "\n";
  }
  out += "\n";
}

void add_vials_and_rates(std::string& out, const DosePlan& plan) {
  if (plan.vials) {
    const domain::VialSelection& vials = *plan.vials;
    std::string combination;
    for (const domain::VialCount& vial : vials.vials) {
      combination += fmt::format("{}{} x {:g} g", combination.empty() ? "" : " + ", vial.count,
                                 g(vial.size_mg));
    }
    out += "Vials per day (every day alike)\n";
    out += wrapped(fmt::format("{} = {:.2f} g for {:.2f} g: {} vials, waste {:.2f} g per day, "
                               "{:.2f} g per course",
                               combination, g(vials.total_mg), g(vials.dose_mg), vials.vial_count(),
                               g(vials.waste_mg()), g(vials.waste_mg() * plan.days)),
                   "  ", 2);
    if (vials.shortfall_mg() > 0) {
      out += fmt::format("  {:.2f} g below the prescribed dose (within the tolerance)\n",
                         g(vials.shortfall_mg()));
    }
    out += "\n";
  }
  if (!plan.infusion) return;
  const domain::InfusionSchedule& infusion = *plan.infusion;
  const std::string unit(domain::code(infusion.unit));
  out += fmt::format("Infusion per day: {:.1f} mL, rates per kg of the dosing weight {:.2f} kg\n",
                     infusion.volume_ml, plan.weight->dosing_weight_kg);
  out += fmt::format("  {:>7}  {:>13}  {:>9}  {:>8}  {:>7}\n", "start", "rate", "pump", "volume",
                     "for");
  out += fmt::format("  {:>7}  {:>13}  {:>9}  {:>8}  {:>7}\n", "(min)", "(" + unit + ")", "(mL/h)",
                     "(mL)", "(min)");
  for (const domain::RateStep& step : infusion.steps) {
    out += fmt::format("  {:>7.0f}  {:>13}  {:>9.1f}  {:>8.1f}  {:>7.1f}\n", step.start_min,
                       rate_text(step.rate, infusion.unit), step.ml_per_h, step.volume_ml,
                       step.duration_min);
  }
  out += fmt::format("  Duration {} per day ({:.0f} min), for {} days\n\n",
                     duration_text(infusion.duration_min), std::ceil(infusion.duration_min - 1e-9),
                     plan.days);
}

void add_notes(std::string& out, std::string_view title, const std::vector<std::string>& lines) {
  if (lines.empty()) return;
  out += std::string(title) + "\n";
  for (const std::string& line : lines) out += wrapped(line, "  - ", 0);
  out += "\n";
}

std::vector<std::string> messages(const std::vector<domain::PlanNote>& notes) {
  std::vector<std::string> result;
  for (const domain::PlanNote& note : notes) result.push_back(note.message);
  return result;
}

ordered_json codes(const std::vector<domain::PlanNote>& notes) {
  ordered_json result = ordered_json::array();
  for (const domain::PlanNote& note : notes) result.push_back(note.code);
  return result;
}

}  // namespace

ordered_json dose_plan_json(const DosePlan& plan, const io::RegimenPreset& preset) {
  const domain::DoseRequest& request = plan.request;
  const auto* weight = plan.weight ? &*plan.weight : nullptr;
  ordered_json vials = ordered_json::array();
  if (plan.vials) {
    for (const domain::VialCount& vial : plan.vials->vials) {
      vials.push_back({{"size_g", rounded(g(vial.size_mg), 3)}, {"count", vial.count}});
    }
  }
  ordered_json steps = ordered_json::array();
  if (plan.infusion) {
    for (const domain::RateStep& step : plan.infusion->steps) {
      steps.push_back({{"start_min", rounded(step.start_min, 2)},
                       {"ml_per_kg_min", rounded(step.ml_per_kg_min, 6)},
                       {"ml_per_h", rounded(step.ml_per_h, 1)},
                       {"volume_ml", rounded(step.volume_ml, 2)},
                       {"duration_min", rounded(step.duration_min, 2)}});
    }
  }
  ordered_json risks = ordered_json::array();
  for (domain::RiskFactor factor : plan.risk_factors) risks.push_back(domain::code(factor));
  const auto waste = plan.vials ? std::optional<double>(g(plan.vials->waste_mg())) : std::nullopt;

  ordered_json json;
  json["dosing_weight_kg"] = weight ? ordered_json(rounded(weight->dosing_weight_kg, 6)) : nullptr;
  json["weight_policy"] = domain::code(request.regimen.weight_policy);
  json["weight_basis"] = weight ? ordered_json(weight_basis_code(plan)) : nullptr;
  json["actual_weight_kg"] = request.weight_kg;
  json["ibw_kg"] = optional_number(weight ? weight->ideal_kg : std::nullopt, 6);
  json["adjbw_kg"] = optional_number(weight ? weight->adjusted_kg : std::nullopt, 6);
  json["bmi"] = optional_number(weight ? weight->bmi_kg_per_m2 : std::nullopt, 2);
  json["weight_explanation"] = weight ? ordered_json(weight->explanation) : nullptr;
  json["formula"] = plan.formulas;
  json["regimen"] = {{"id", request.regimen.id},
                     {"description", request.regimen.description},
                     {"source", preset.source},
                     {"min_days", preset.min_days},
                     {"max_days", preset.max_days}};
  json["product"] = {{"id", request.product.id},
                     {"name", request.product.name},
                     {"concentration_g_per_ml", request.product.concentration_g_per_ml}};
  json["dose_g_per_kg_per_day"] = rounded(plan.dose_g_per_kg_per_day, 6);
  json["dose_g_per_kg_per_course"] = rounded(plan.dose_g_per_kg_per_course, 6);
  json["daily_dose_g"] = optional_number(plan.daily_dose_g(), 3);
  json["days"] = plan.days;
  json["total_dose_g"] = optional_number(plan.total_dose_g(), 3);
  json["vials"] = vials;
  json["vial_total_g"] = plan.vials ? ordered_json(g(plan.vials->total_mg)) : nullptr;
  json["waste_g"] = optional_number(waste, 3);
  json["waste_g_per_course"] =
      optional_number(waste ? std::optional<double>(*waste * plan.days) : std::nullopt, 3);
  json["volume_ml"] = optional_number(plan.volume_ml_per_day(), 2);
  json["rate_unit"] = domain::code(request.product.rate.unit);
  json["rate_steps"] = steps;
  json["duration_min"] =
      plan.infusion ? ordered_json(rounded(plan.infusion->duration_min, 2)) : ordered_json(nullptr);
  json["at_risk"] = plan.at_risk;
  json["risk_factors"] = risks;
  json["caps"] = plan.limits;
  json["warnings"] = messages(plan.warnings);
  json["warning_codes"] = codes(plan.warnings);
  json["refused"] = plan.refused();
  json["reasons"] = messages(plan.reasons);
  json["reason_codes"] = codes(plan.reasons);
  json["notice"] = k_notice;
  return json;
}

std::string dose_plan_text(const DosePlan& plan, const io::RegimenPreset& preset) {
  std::string out = "IVIG course plan: a proposal for a clinician to check\n\n";
  if (plan.refused()) {
    out += "REFUSED: no vials or infusion rates are given for this request.\n";
    for (const domain::PlanNote& reason : plan.reasons) out += wrapped(reason.message, "  - ", 0);
    out += "\n";
  }
  add_inputs(out, plan, preset);
  add_weight_and_dose(out, plan);
  add_notes(out, "Limits and caps", plan.limits);
  add_vials_and_rates(out, plan);
  add_notes(out, "Warnings", messages(plan.warnings));
  if (!preset.assumption.empty() || !plan.request.product.assumption.empty()) {
    std::vector<std::string> assumptions;
    if (!preset.assumption.empty()) assumptions.push_back("Regimen: " + preset.assumption);
    if (!plan.request.product.assumption.empty()) {
      assumptions.push_back("Product: " + plan.request.product.assumption);
    }
    add_notes(out, "Assumptions", assumptions);
  }
  out += std::string(k_notice) + "\n";
  return out;
}

}  // namespace myoivig::cli
