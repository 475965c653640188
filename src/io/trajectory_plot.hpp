// The trajectory plot of one endpoint: every analysed patient's values over the scheduled
// weeks as thin grey lines, and the mean by week as a bold line with its confidence
// interval as error bars; CK on a log10 axis. An inline SVG (io/svg_plot) with a <title>
// and a <desc> that states the means, for readers who cannot see the plot.
// Thread-safety: pure functions.
#pragma once

#include <cstddef>
#include <string>

#include "analysis/analysis_result.hpp"
#include "domain/measure.hpp"

namespace myoivig::io {

// Beyond this many patients a plot draws the first ones only (in analysed order) and says
// so in its description: 100,000 lines would make the page unusable and add nothing.
inline constexpr std::size_t k_max_trajectories = 400;

// Whether a measure is plotted on a log10 axis (CK: right-skewed, falls by a factor).
bool plotted_on_log_scale(domain::Measure measure);

// The <svg> element; `conf_level` labels the interval. An endpoint with no value at all
// yields a short paragraph saying so instead of an empty plot.
std::string render_trajectory_plot(const analysis::EndpointResult& endpoint, double conf_level,
                                   std::size_t max_trajectories = k_max_trajectories);

}  // namespace myoivig::io
