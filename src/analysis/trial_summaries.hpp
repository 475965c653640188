// The per-arm summaries of a randomised trial's analysis: responders at a TIS threshold
// compared between the first two arms, mean TIS by visit, change of a measure from
// baseline to the primary week (and the first arm's minus the second's, Welch), and safety
// with the adverse events of special interest.
// Helpers of analyse_trial (analysis/trial_analysis.hpp).
// Thread-safety: pure functions.
#pragma once

#include <string>
#include <vector>

#include "analysis/study_index.hpp"
#include "analysis/trial_result.hpp"
#include "domain/protocol.hpp"
#include "domain/study_data.hpp"

namespace myoivig::analysis {

// A responder at `threshold`: a TIS at the primary week at or above it and, when asked, no
// confirmed deterioration (a patient without a primary-week TIS never responds).
bool is_responder(const PatientResponse& patient, int threshold, bool without_deterioration);

// Responders at `threshold` by arm, their difference (first arm minus second) and the plan's
// test: Fisher's exact on the 2 x 2 table, or (primary_test "cmh") the Cochran-Mantel-
// Haenszel test over the randomisation strata; strata with one arm only carry no information
// and are left out. With fewer than 2 strata holding both arms, or a variance of 0, the CMH
// p-value stays empty and `test_note` says why (no fallback to Fisher's test).
ResponderComparison compare_responders(const std::vector<ArmCount>& arms,
                                       const std::vector<PatientResponse>& patients, int threshold,
                                       const domain::AnalysisPlan& plan);

std::vector<ArmWeekSummary> tis_by_visit(const std::vector<ArmCount>& arms,
                                         const std::vector<PatientResponse>& patients,
                                         const std::vector<int>& weeks, double conf_level);

MeasureChangeByArm change_by_arm(domain::Measure measure, const std::vector<ArmCount>& arms,
                                 const std::vector<PatientResponse>& patients,
                                 const StudyIndex& index, const domain::AnalysisPlan& plan);

// Fills result.safety, result.special_interest_label and result.special_interest. Infusions
// and events are counted by randomised arm; those of placebo courses (masked study drug of
// a placebo arm) are also counted apart.
void summarise_trial_safety(const domain::StudyData& data, const domain::Protocol& protocol,
                            const std::vector<PatientResponse>& patients, TrialResult& result);

}  // namespace myoivig::analysis
