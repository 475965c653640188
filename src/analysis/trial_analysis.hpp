// analyse_trial: runs a randomised protocol's analysis plan (intention to treat: every
// patient with an allocation, in the arm allocated).
//   - responders at the primary threshold (and each secondary one): TIS at the primary week
//     >= threshold and, when the plan says so, no confirmed deterioration up to then; a
//     patient without a TIS at the primary week does not respond;
//   - by arm: responders with the Clopper-Pearson interval; first arm minus second: the
//     difference with Newcombe's hybrid score interval and Fisher's exact two-sided p
//     (stats::prop_diff);
//   - mean TIS by visit per arm with its t interval; the change of each endpoint measure
//     from baseline to the primary week per arm;
//   - safety per arm (treated patients, infusions, events per infusion, patients with an
//     event) and the adverse events of special interest listed.
// Thread-safety: pure function.
#pragma once

#include "analysis/trial_result.hpp"
#include "domain/protocol.hpp"
#include "domain/study_data.hpp"
#include "util/expected.hpp"

namespace myoivig::analysis {

// Fails when the protocol is not a valid randomised protocol, an allocation names an arm
// the design does not have, or a recorded value is outside its range.
util::Expected<TrialResult> analyse_trial(const domain::StudyData& data,
                                          const domain::Protocol& protocol);

}  // namespace myoivig::analysis
