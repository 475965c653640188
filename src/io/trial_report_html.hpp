// render_trial_report: a randomised trial's analysis as one self-contained HTML file (the
// single-arm report's style, inline SVG, no script, no external reference): arms, the
// primary and secondary responder comparisons, mean TIS by visit per arm as a plot with
// its confidence intervals and as a table, the change of each core set measure per arm,
// safety per arm with the events of special interest, and the protocol's assumptions; a
// synthetic-data banner when the data are synthetic.
// Thread-safety: pure function.
#pragma once

#include <string>

#include "analysis/trial_result.hpp"
#include "domain/protocol.hpp"

namespace myoivig::io {

std::string render_trial_report(const analysis::TrialResult& result,
                                const domain::Protocol& protocol);

}  // namespace myoivig::io
