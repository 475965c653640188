// StudySummary: the counts a person wants first when opening a study: who is enrolled,
// treated, withdrawn, how many courses, infusions, visits, assessments and adverse
// events. Thread-safety: pure function.
#pragma once

#include <cstddef>

#include "domain/study_data.hpp"

namespace myoivig::analysis {

struct StudySummary {
  std::size_t patients = 0;
  std::size_t treated = 0;    // with at least one infusion
  std::size_t withdrawn = 0;  // with a withdrawal date
  std::size_t courses = 0;
  std::size_t patients_with_second_course = 0;
  std::size_t administrations = 0;
  std::size_t visits = 0;
  std::size_t assessments = 0;
  std::size_t adverse_events = 0;
  std::size_t serious_adverse_events = 0;
};

StudySummary summarise(const domain::StudyData& data);

}  // namespace myoivig::analysis
