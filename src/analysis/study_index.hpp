// StudyIndex: a study's records grouped by patient, built once so that the analysis reads
// each patient's visits, assessments, steroid doses and courses without scanning the whole
// study again (linear cost at 100,000 patients). Holds pointers into the StudyData it was
// built from, which must outlive it.
// Thread-safety: immutable after construction; concurrent reads are safe.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "domain/study_data.hpp"

namespace myoivig::analysis {

struct PatientRecords {
  std::vector<const domain::Visit*> visits;
  std::vector<const domain::Assessment*> assessments;
  std::vector<const domain::SteroidDose*> steroid_doses;
  std::vector<const domain::Course*> courses;
  std::set<int> courses_given;  // course numbers with at least one infusion
};

// The patient's assessment of `week`, or nullptr (a patient has a handful of visits).
const domain::Assessment* assessment_at(const PatientRecords& records, int week);

class StudyIndex {
 public:
  explicit StudyIndex(const domain::StudyData& data);

  // The patient's records; empty records for an id with none.
  [[nodiscard]] const PatientRecords& records(std::string_view patient_id) const;
  [[nodiscard]] const domain::Assessment* assessment(std::string_view patient_id, int week) const;
  [[nodiscard]] const domain::Visit* visit(std::string_view patient_id, int week) const;
  [[nodiscard]] bool treated(std::string_view patient_id) const;

 private:
  std::unordered_map<std::string_view, PatientRecords> m_records;
  PatientRecords m_none;
};

}  // namespace myoivig::analysis
