// The trial report's per-patient listing: each randomised patient's Total Improvement Score
// and its category (none, minimal, moderate, major) at every follow-up visit where the core
// set was measured, with confirmed deterioration and responder status at the primary week.
// Thread-safety: pure function.
#pragma once

#include <string>

#include "analysis/trial_result.hpp"

namespace myoivig::io {

// An HTML table ("Listing 1"), patients grouped by arm in the result's order.
std::string tis_listing(const analysis::TrialResult& result);

}  // namespace myoivig::io
