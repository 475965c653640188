// The protocol section of the HTML analysis report: the analysis plan (weeks, endpoints,
// test, alpha, confidence level, population), the regimen, the visit schedule, and every
// assumption the protocol file records where the source publication is silent
// (instrument ranges, visit windows). An HTML fragment with every data text escaped.
// Thread-safety: pure functions.
#pragma once

#include <string>

#include "domain/protocol.hpp"

namespace myoivig::io {

// A readable name for a plan's test code: "signrank" -> "Wilcoxon signed-rank test";
// an unknown code is returned as it is.
std::string test_name(std::string_view test);
// The name with how the p-value is computed, for the analysis plan.
std::string describe_test(std::string_view test);

// A readable definition of a plan's population code; an unknown code as it is.
std::string describe_population(std::string_view population);

std::string render_protocol_section(const domain::Protocol& protocol);

}  // namespace myoivig::io
