// The tables of the HTML analysis report: demographics of the analysed set (Table 1), the
// endpoints at the primary week (Table 2, as in a paper), each endpoint's descriptive
// statistics and tests in detail, and the means at every scheduled visit. Each function
// returns an HTML fragment with every data text escaped.
// Thread-safety: pure functions.
#pragma once

#include <string>

#include "analysis/analysis_result.hpp"

namespace myoivig::io {

// Decimals of means, SDs, quantiles and estimates in the report tables.
inline constexpr int k_report_decimals = 1;

std::string render_demographics_table(const analysis::Demographics& demographics);

// Measure, n, baseline and follow-up mean (SD), change with its CI, Wilcoxon p and method,
// Hodges-Lehmann estimate with CI, paired t p; the endpoints' notes under the table.
std::string render_endpoint_table(const analysis::AnalysisResult& result);

// One table per endpoint: n, mean, SD, median, quartiles and range at baseline, follow-up
// and of the change, then the test statistics in a line.
std::string render_endpoint_details(const analysis::AnalysisResult& result);

// Mean (SD) and n of every endpoint at every scheduled week.
std::string render_visit_means_table(const analysis::AnalysisResult& result);

}  // namespace myoivig::io
