// StudyData: every record of one study, as loaded from a bundle or read from a store.
// The unit that domain rules (checks, eligibility) and analysis work on.
// Thread-safety: a plain value type.
#pragma once

#include <string>
#include <vector>

#include "domain/adverse_event.hpp"
#include "domain/allocation.hpp"
#include "domain/assessment.hpp"
#include "domain/condition.hpp"
#include "domain/course.hpp"
#include "domain/patient.hpp"
#include "domain/steroid_dose.hpp"
#include "domain/visit.hpp"

namespace myoivig::domain {

// Facts about the data set itself (the bundle's manifest).
struct StudyInfo {
  std::string study_id;
  std::string protocol_id;  // the protocol the data follow
  std::string description;
  bool synthetic = false;  // shown wherever the data are shown
};

struct StudyData {
  StudyInfo info;
  std::vector<Patient> patients;
  std::vector<Allocation> allocations;  // randomised studies only
  std::vector<Condition> conditions;
  std::vector<SteroidDose> steroid_doses;
  std::vector<Course> courses;
  std::vector<Administration> administrations;
  std::vector<Visit> visits;
  std::vector<Assessment> assessments;
  std::vector<MuscleGrade> muscle_grades;
  std::vector<AdverseEvent> adverse_events;
};

}  // namespace myoivig::domain
