// The two renderings of a dose plan for `myoivig dose`: the JSON document of the CLI
// contract (issue 3: dosing_weight_kg, weight_policy, ibw_kg, adjbw_kg, daily_dose_g, days,
// total_dose_g, vials, waste_g, rate_steps, duration_min, warnings, refused, reasons, plus
// formula, product, regimen, bmi and the rest), and the text a clinician checks: inputs,
// the weight used and why, formulas, limits and caps, vials, rate table, duration,
// warnings, and the line saying the plan is a proposal. Thread-safety: pure functions.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "domain/dose_plan.hpp"
#include "io/regimen_table.hpp"

namespace myoivig::cli {

// Vials, waste, rate steps and duration are per infusion day (every day alike).
nlohmann::ordered_json dose_plan_json(const domain::DosePlan& plan,
                                      const io::RegimenPreset& preset);

std::string dose_plan_text(const domain::DosePlan& plan, const io::RegimenPreset& preset);

}  // namespace myoivig::cli
