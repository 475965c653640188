// Endpoint analysis: one measure over the analysed set. The paired baseline / primary-week
// values give the descriptive summaries, the change's t interval, the Wilcoxon signed-rank
// test (stats::signrank, automatic method: exact, or exact-conditional with ties or zeros;
// Hodges-Lehmann estimate and interval) and the paired t-test; every scheduled visit gives
// a summary with the mean's t interval, and each patient a trajectory.
// A statistic that cannot be computed is left empty with a note giving the engine's reason.
// Thread-safety: pure function.
#pragma once

#include <string>
#include <vector>

#include "analysis/analysis_result.hpp"
#include "analysis/study_index.hpp"
#include "domain/protocol.hpp"

namespace myoivig::analysis {

EndpointResult analyse_endpoint(domain::Measure measure,
                                const std::vector<std::string>& analysed_ids,
                                const StudyIndex& index, const domain::Protocol& protocol);

}  // namespace myoivig::analysis
