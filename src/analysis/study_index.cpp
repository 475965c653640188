#include "analysis/study_index.hpp"

namespace myoivig::analysis {

StudyIndex::StudyIndex(const domain::StudyData& data) {
  m_records.reserve(data.patients.size());
  for (const domain::Visit& visit : data.visits)
    m_records[visit.patient_id].visits.push_back(&visit);
  for (const domain::Assessment& assessment : data.assessments) {
    m_records[assessment.patient_id].assessments.push_back(&assessment);
  }
  for (const domain::SteroidDose& dose : data.steroid_doses) {
    m_records[dose.patient_id].steroid_doses.push_back(&dose);
  }
  for (const domain::Course& course : data.courses) {
    m_records[course.patient_id].courses.push_back(&course);
  }
  for (const domain::Administration& given : data.administrations) {
    m_records[given.patient_id].courses_given.insert(given.course_number);
  }
}

const PatientRecords& StudyIndex::records(std::string_view patient_id) const {
  const auto found = m_records.find(patient_id);
  return found == m_records.end() ? m_none : found->second;
}

const domain::Assessment* assessment_at(const PatientRecords& records, int week) {
  for (const domain::Assessment* assessment : records.assessments) {
    if (assessment->week == week) return assessment;
  }
  return nullptr;
}

const domain::Assessment* StudyIndex::assessment(std::string_view patient_id, int week) const {
  return assessment_at(records(patient_id), week);
}

const domain::Visit* StudyIndex::visit(std::string_view patient_id, int week) const {
  for (const domain::Visit* visit : records(patient_id).visits) {
    if (visit->week == week) return visit;
  }
  return nullptr;
}

bool StudyIndex::treated(std::string_view patient_id) const {
  return !records(patient_id).courses_given.empty();
}

}  // namespace myoivig::analysis
