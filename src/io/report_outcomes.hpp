// The outcome tables of the HTML analysis report after the endpoints: the physician's
// global assessment (improved k of n with its Clopper-Pearson interval), the prednisolone
// dose among the improved, safety per course and per patient, and the adverse-event
// listing. HTML fragments with every data text escaped.
// Thread-safety: pure functions.
#pragma once

#include <string>

#include "analysis/analysis_result.hpp"

namespace myoivig::io {

// Physician's assessment and prednisolone dose; weeks label the steroid rows.
std::string render_physician_table(const analysis::AnalysisResult& result, int baseline_week,
                                   int primary_week);

// Courses, courses with an adverse event and the rate with its exact interval, patients.
std::string render_safety_table(const analysis::AnalysisResult& result);

// Every adverse event: patient, course, term, onset, seriousness, severity, relatedness,
// outcome.
std::string render_adverse_event_listing(const analysis::Safety& safety);

}  // namespace myoivig::io
