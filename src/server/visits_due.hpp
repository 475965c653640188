// Visits due and overdue: each scheduled visit of the protocol that a patient has not had,
// with its window, judged at a date. Weeks count from randomisation in a randomised study,
// otherwise from day 1 of the first course (as `check` counts them: domain/data_check); a
// patient with neither has no schedule yet. Due: the window is open at the date; overdue:
// the window has closed and the patient was not withdrawn before it closed.
// Thread-safety: pure function.
#pragma once

#include <string>
#include <vector>

#include "domain/protocol.hpp"
#include "domain/study_data.hpp"
#include "util/date.hpp"

namespace myoivig::server {

struct DueVisit {
  std::string patient_id;
  std::string site;
  int week = 0;
  util::Date target;
  util::Date earliest;
  util::Date latest;
  bool overdue = false;
};

// In patient order, then week order.
std::vector<DueVisit> visits_due(const domain::StudyData& data, const domain::Protocol& protocol,
                                 util::Date as_of);

}  // namespace myoivig::server
