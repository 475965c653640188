// The seed study's secondary outcomes over the analysed set: the physician's global
// assessment at the primary week (improved count, proportion, Clopper-Pearson interval)
// and the prednisolone dose in force on the baseline and primary visit dates among the
// patients judged improved (a dose period covers a date when from <= date <= to, or
// from <= date while ongoing; a date no period covers is "not recorded", not 0 mg).
// Thread-safety: pure functions.
#pragma once

#include <string>
#include <vector>

#include "analysis/analysis_result.hpp"
#include "analysis/study_index.hpp"
#include "domain/protocol.hpp"

namespace myoivig::analysis {

PhysicianAssessment assess_physician_global(const std::vector<std::string>& analysed_ids,
                                            const StudyIndex& index,
                                            const domain::AnalysisPlan& plan);

SteroidOutcome steroid_among_improved(const std::vector<std::string>& analysed_ids,
                                      const StudyIndex& index, const domain::AnalysisPlan& plan);

}  // namespace myoivig::analysis
