// patient_response: one randomised patient's response over the trial: the ACR/EULAR TIS
// at every scheduled follow-up week (against the baseline visit's core set), the TIS at the
// primary week, and confirmed deterioration (two consecutive deteriorated visits) among
// the visits up to the primary week. A visit without an assessment, or whose core set is
// incomplete, has no TIS; the note says why the primary week has none.
// Thread-safety: pure function.
#pragma once

#include <span>
#include <string>

#include "analysis/study_index.hpp"
#include "analysis/trial_result.hpp"
#include "domain/protocol.hpp"
#include "util/expected.hpp"

namespace myoivig::analysis {

// Fails (naming the patient and week) when a recorded value is outside its instrument's
// range, which `check` reports first.
util::Expected<PatientResponse> patient_response(const std::string& patient_id,
                                                 const std::string& arm, const StudyIndex& index,
                                                 const domain::AnalysisPlan& plan,
                                                 std::span<const int> follow_up_weeks);

}  // namespace myoivig::analysis
