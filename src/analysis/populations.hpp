// Populations: who was enrolled, treated and analysed under the plan's population rule
// ("treated_with_primary_assessment": treated, with every endpoint recorded at the baseline
// and the primary week), and why each other enrolled patient is not analysed, in words
// taken from the data.
// Thread-safety: pure function.
#pragma once

#include "analysis/analysis_result.hpp"
#include "analysis/study_index.hpp"
#include "domain/protocol.hpp"
#include "domain/study_data.hpp"

namespace myoivig::analysis {

Populations find_populations(const domain::StudyData& data, const StudyIndex& index,
                             const domain::AnalysisPlan& plan);

}  // namespace myoivig::analysis
