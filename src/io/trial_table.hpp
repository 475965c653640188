// trial_table: the terminal report of a randomised trial's analysis: randomised, treated
// and crossed over by arm; responders at the primary and secondary TIS thresholds by arm
// with the difference, its CI and Fisher's p; mean TIS by visit per arm; change of each
// endpoint per arm; safety per arm and the events of special interest.
// Thread-safety: pure function.
#pragma once

#include <string>

#include "analysis/trial_result.hpp"

namespace myoivig::io {

std::string trial_table(const analysis::TrialResult& result);

}  // namespace myoivig::io
