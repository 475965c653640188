// Demographics of the analysed set: diagnosis and sex counts, and age at enrolment (whole
// years from the birth year: domain::Patient::age_at).
// Thread-safety: pure function.
#pragma once

#include <string>
#include <vector>

#include "analysis/analysis_result.hpp"
#include "domain/study_data.hpp"

namespace myoivig::analysis {

Demographics describe_patients(const domain::StudyData& data,
                               const std::vector<std::string>& analysed_ids);

}  // namespace myoivig::analysis
