// The CONSORT-style flow diagram of a single-arm study as inline SVG: Enrolled -> Treated
// -> Analysed, with a side box at each step listing the patients who left there and why
// (analysis::Populations::excluded), and the courses given. SVG has no line breaking, so
// reasons are wrapped here at an estimated glyph width.
// Thread-safety: pure functions.
#pragma once

#include <cstddef>
#include <string>

#include "analysis/analysis_result.hpp"

namespace myoivig::io {

// A side box lists at most this many patients, then "... and N more"; the report then
// lists every excluded patient in an appendix.
inline constexpr std::size_t k_consort_max_listed = 12;

// Whether the diagram lists every excluded patient (no side box is cut short).
bool consort_lists_every_exclusion(const analysis::Populations& population);

// The <svg> element, with a <title> and a <desc> giving the counts.
std::string render_consort_diagram(const analysis::Populations& population);

}  // namespace myoivig::io
