#include "analysis/study_summary.hpp"

#include <set>
#include <string>

namespace myoivig::analysis {

StudySummary summarise(const domain::StudyData& data) {
  StudySummary summary;
  summary.patients = data.patients.size();
  std::set<std::string> treated;
  for (const domain::Administration& given : data.administrations) treated.insert(given.patient_id);
  summary.treated = treated.size();
  for (const domain::Patient& patient : data.patients) {
    if (patient.withdrawal_date) ++summary.withdrawn;
  }
  summary.courses = data.courses.size();
  for (const domain::Course& course : data.courses) {
    if (course.number == 2) ++summary.patients_with_second_course;
  }
  summary.administrations = data.administrations.size();
  summary.visits = data.visits.size();
  summary.assessments = data.assessments.size();
  summary.adverse_events = data.adverse_events.size();
  for (const domain::AdverseEvent& event : data.adverse_events) {
    if (event.serious) ++summary.serious_adverse_events;
  }
  return summary;
}

}  // namespace myoivig::analysis
