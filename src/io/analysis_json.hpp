// analysis_json: the JSON document of `myoivig analyze --json` (and `demo --json`), in the
// shape issue 3 fixes: study, population, demographics, endpoints (with by_visit),
// physician_assessment, steroid, safety. Missing values are null, never 0.
// Thread-safety: pure function.
#pragma once

#include <nlohmann/json.hpp>

#include "analysis/analysis_result.hpp"

namespace myoivig::io {

nlohmann::ordered_json analysis_json(const analysis::AnalysisResult& result);

}  // namespace myoivig::io
