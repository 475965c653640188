// The observed paired changes of one endpoint of a study, for resampling in the
// trial-design simulator (`myoivig simulate power --from-db F --endpoint ID`): the
// follow-up minus baseline values of the analysed patients at the plan's primary week,
// exactly as the study's analysis computes them (analysis/analyse_study.hpp,
// EndpointResult::changes).
// Thread-safety: pure function.
#pragma once

#include <string_view>
#include <vector>

#include "domain/protocol.hpp"
#include "domain/study_data.hpp"
#include "util/expected.hpp"

namespace myoivig::analysis {

// `endpoint_id` is a measure id (domain::info(measure).id, e.g. "mmt"). Fails with
// "endpoint: 'x' is not an endpoint of the study's analysis plan (mmt, adl, ...)" or
// "endpoint: 'ck' has no paired changes in the study (0 analysed patients with baseline and
// week 12 values)", or with the error of analyse_study.
util::Expected<std::vector<double>> observed_changes(const domain::StudyData& data,
                                                     const domain::Protocol& protocol,
                                                     std::string_view endpoint_id);

}  // namespace myoivig::analysis
