// Data checks: what a data manager should look at in stored data, judged against the
// protocol: values outside the instrument ranges, dates out of order, visits outside
// their window, missed visits and missing measures, doses that do not match weight and
// regimen, patients enrolled while ineligible (eligibility.hpp). Unlike study_integrity,
// these findings do not stop data from being stored.
// Thread-safety: pure function.
#pragma once

#include <string>
#include <vector>

#include "domain/protocol.hpp"
#include "domain/study_data.hpp"
#include "util/date.hpp"

namespace myoivig::domain {

struct Finding {
  std::string patient_id;
  std::string entity;  // "visits", "assessments", ... as the bundle names files
  std::string record;  // which record, e.g. "week 12", "course 1 day 3"
  std::string field;   // the column concerned
  std::string value;   // the value found, as text ("" when missing)
  std::string rule;    // what was expected
};

// Checks every record. `as_of` is the date the data are judged at: a scheduled visit
// whose window closed before it and that has no record is reported as missed, unless the
// patient withdrew on or before the window's last day (then it was not expected).
std::vector<Finding> check_study(const StudyData& data, const Protocol& protocol, util::Date as_of);

}  // namespace myoivig::domain
