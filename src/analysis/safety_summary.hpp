// Safety summary: adverse events over every treated patient and every course given (the
// seed study counts "2 of 15 courses"), with the per-course rate and its Clopper-Pearson
// interval, the per-patient rate and the listing ordered by patient (enrolment order),
// course and onset.
// Thread-safety: pure function.
#pragma once

#include "analysis/analysis_result.hpp"
#include "analysis/study_index.hpp"
#include "domain/study_data.hpp"

namespace myoivig::analysis {

Safety summarise_safety(const domain::StudyData& data, const StudyIndex& index, double conf_level);

}  // namespace myoivig::analysis
