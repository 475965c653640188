// analyse_study: runs a protocol's analysis plan over a study's records.
//
// Populations: enrolled = every patient; treated = with at least one infusion; analysed =
// treated, not withdrawn before the primary visit, with every endpoint recorded at the
// baseline and the primary week (the plan's "treated_with_primary_assessment"). Each
// enrolled patient outside the analysed set is listed with the reason, taken from the data
// (withdrawal date and reason, or the measures missing).
// Endpoints: per measure of the plan, the paired baseline / primary-week values of the
// analysed set; descriptive summaries (stats::summarize), the change's t interval, the
// Wilcoxon signed-rank test (exact, exact-conditional with ties or zeros; Hodges-Lehmann
// estimate and interval) and the paired t-test, at the plan's confidence level. A test that
// cannot be computed (n too small, every change zero) is absent with a note saying why.
// Thread-safety: pure function.
#pragma once

#include "analysis/analysis_result.hpp"
#include "domain/protocol.hpp"
#include "domain/study_data.hpp"
#include "util/expected.hpp"

namespace myoivig::analysis {

// Fails on a protocol that does not validate, and on a randomised design (pooling its arms
// would mislead: analysis/trial_analysis.hpp compares them).
util::Expected<AnalysisResult> analyse_study(const domain::StudyData& data,
                                             const domain::Protocol& protocol);

}  // namespace myoivig::analysis
