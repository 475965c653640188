// The HTML analysis report of one study: a single self-contained file (inline CSS and
// SVG, no script, no external reference of any kind) that opens offline and prints on A4.
// In order: header (study, protocol, description, a SYNTHETIC DATA banner when the data
// are synthetic), CONSORT-style patient flow, demographics, the endpoint table with the
// details of each endpoint, trajectory plots, physician's assessment, steroid dose,
// safety and the adverse-event listing, the protocol's analysis plan and assumptions, and
// an appendix listing every patient not analysed when the diagram's boxes are cut short.
// Every text taken from the data is HTML-escaped. The output depends only on the inputs
// (no clock, no environment), so the same input gives the same bytes.
// Thread-safety: pure function.
#pragma once

#include <string>

#include "analysis/analysis_result.hpp"
#include "domain/protocol.hpp"

namespace myoivig::io {

std::string render_html_report(const analysis::AnalysisResult& result,
                               const domain::Protocol& protocol);

}  // namespace myoivig::io
