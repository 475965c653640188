// render_responder_chart: a randomised trial's responders as a grouped bar chart, one
// group per TIS threshold (the primary first, then the secondary ones), one bar per arm
// with the proportion of responders, its confidence interval as a whisker (Clopper-Pearson,
// as in the results table), the percentage above it and "responders/n" under the axis. An
// inline SVG element with an accessible <title> and <desc>; presentation in attributes; no
// script, no external reference (the report's style, like io/svg_plot).
// Thread-safety: pure function.
#pragma once

#include <string>
#include <vector>

#include "analysis/trial_result.hpp"

namespace myoivig::io {

// `arm_colours` are SVG colours, used in turn for the arms in the comparisons' order.
// Returns an empty string when there is no comparison with an arm.
std::string render_responder_chart(const analysis::TrialResult& result,
                                   const std::vector<std::string>& arm_colours);

}  // namespace myoivig::io
