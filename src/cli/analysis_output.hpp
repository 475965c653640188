// Output of an analysis, shared by `analyze` and `demo`: the terminal table or the JSON
// document on standard output, and, with an output folder, report.html (the self-contained
// HTML report) and analysis.json written there.
// Thread-safety: writes to standard output and the file system.
#pragma once

#include <string>

#include "analysis/analysis_result.hpp"
#include "analysis/trial_result.hpp"
#include "domain/protocol.hpp"
#include "util/expected.hpp"

namespace myoivig::cli {

// Writes DIR/report.html and DIR/analysis.json (creating DIR), each atomically.
util::Expected<void> write_report_folder(const std::string& folder,
                                         const analysis::AnalysisResult& result,
                                         const domain::Protocol& protocol);

// Prints the JSON document or the terminal table.
void print_analysis(const analysis::AnalysisResult& result, bool json);

// A randomised trial's report.html and analysis.json in DIR.
util::Expected<void> write_trial_folder(const std::string& folder,
                                        const analysis::TrialResult& result,
                                        const domain::Protocol& protocol);
void print_trial(const analysis::TrialResult& result, bool json);

}  // namespace myoivig::cli
