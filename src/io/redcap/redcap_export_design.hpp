// The REDCap project layout that redcap_export writes a study into: its forms and fields
// (the data dictionary), its events (one "enrolment_arm_1" for patient-level forms, one
// "week_<w>_arm_1" per visit week, "m" for minus: week_m4_arm_1), which forms each event
// collects, and the mapping file that imports it back. Patient-level facts that repeat
// (conditions, prednisolone periods, courses, infusions, adverse events, muscle grades)
// are repeating instruments; sites are data access groups.
// Thread-safety: pure functions.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "domain/study_data.hpp"

namespace myoivig::io::redcap {

struct ExportField {
  std::string_view name;
  std::string_view form;
  std::string_view type;
  std::string_view label;
  std::string_view choices;
  std::string_view validation;
};

struct ExportDesign {
  std::vector<int> weeks;                            // visit weeks, ascending
  std::map<std::string, std::string> group_of_site;  // site code -> data access group
  bool allocations = false;                          // a randomisation form is needed
  bool muscle_grades = false;                        // a muscle_grade form is needed
  std::vector<ExportField> fields;                   // in dictionary order
  std::vector<std::string> forms;                    // in dictionary order
};

inline constexpr std::string_view k_enrolment_event = "enrolment_arm_1";

// The layout for `data`: every week of the protocol's schedule and of the data.
ExportDesign export_design(const domain::StudyData& data, const std::vector<int>& schedule_weeks);

std::string event_of_week(int week);  // -4 -> "week_m4_arm_1"

// The forms that repeat (repeating instruments).
bool is_repeating_form(std::string_view form);

std::string dictionary_csv(const ExportDesign& design);
std::string events_csv(const ExportDesign& design);
std::string form_events_csv(const ExportDesign& design);
std::string mapping_toml(const ExportDesign& design, const domain::StudyInfo& info);

// The records export's columns: record id, pseudo-fields, then each form's fields and
// "<form>_complete".
std::vector<std::string> record_columns(const ExportDesign& design);

}  // namespace myoivig::io::redcap
