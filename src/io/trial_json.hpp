// trial_json: the JSON document of `myoivig analyze --json` for a randomised protocol:
// study, design ("randomised"), arms with counts, primary and secondary responder
// comparisons, mean TIS by visit per arm, change of each endpoint per arm, safety per arm
// with the events of special interest, and each patient's response. Missing values are
// null, never 0; a comparison's "test_note" says why its p_value is null when the test
// could not run (e.g. CMH with fewer than two strata holding both arms), "" otherwise.
// Thread-safety: pure function.
#pragma once

#include <nlohmann/json.hpp>

#include "analysis/trial_result.hpp"

namespace myoivig::io {

nlohmann::ordered_json trial_json(const analysis::TrialResult& result);

}  // namespace myoivig::io
