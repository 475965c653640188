// analysis_table: the terminal report of an analysis, compact like a paper's Table 2: the
// population line (with every patient not analysed and why), demographics, one row per
// endpoint (baseline and follow-up mean (SD), mean change with its CI, signed-rank p and
// method), then the physician's assessment, steroid and safety lines and the adverse-event
// listing.
// Thread-safety: pure function.
#pragma once

#include <string>

#include "analysis/analysis_result.hpp"

namespace myoivig::io {

std::string analysis_table(const analysis::AnalysisResult& result);

}  // namespace myoivig::io
