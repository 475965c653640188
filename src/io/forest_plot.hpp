// render_forest_plot: the change of each core set measure from baseline to the primary
// week, first arm minus second (analysis::MeasureChangeByArm::difference: the difference in
// mean change with Welch's interval), one row per measure: the measure and its unit, a
// square at the difference with its interval as a line, and the numbers. The measures have
// different units, so each row has its own scale, symmetric about zero, with its ticks
// under it; the zero lines line up down the chart, and each row marks the side on which
// the first arm did better (higher for muscle strength, lower for the others). A row
// without a difference (an arm with fewer than 2 changes) says so. An inline SVG element
// with an accessible <title> and <desc>; no script, no external reference.
// Thread-safety: pure function.
#pragma once

#include <string>

#include "analysis/trial_result.hpp"

namespace myoivig::io {

// Returns an empty string when the result has no change by arm with two arms.
std::string render_forest_plot(const analysis::TrialResult& result);

}  // namespace myoivig::io
