// A dose plan (domain/dose_plan.hpp) as JSON for the course planner page: the dosing
// weight and why, the formulas with the patient's numbers, daily and course doses, one
// day's vials and waste, the infusion rate steps and duration, every limit and cap, the
// warnings, and, for a refused plan, the reasons. The same fields as `myoivig dose --json`
// where they overlap. A plan is a proposal for a clinician to check ("notice").
// Thread-safety: pure function.
#pragma once

#include <nlohmann/json.hpp>

#include "domain/dose_plan.hpp"

namespace myoivig::server {

nlohmann::json dose_plan_json(const domain::DosePlan& plan);

}  // namespace myoivig::server
