// trial_json: the JSON document of `myoivig analyze --json` for a randomised protocol:
// study, design ("randomised"), arms with counts, primary and secondary responder
// comparisons, mean TIS by visit per arm, change of each endpoint per arm, safety per arm
// with the events of special interest, and each patient's response. Missing values are
// null, never 0.
// Thread-safety: pure function.
#pragma once

#include <nlohmann/json.hpp>

#include "analysis/trial_result.hpp"

namespace myoivig::io {

nlohmann::ordered_json trial_json(const analysis::TrialResult& result);

}  // namespace myoivig::io
