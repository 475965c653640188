// OdmProject: an ODM file's metadata seen the way a REDCap project is: a Dictionary (one
// field per ItemDef, in form order, the record id first), an EventDesign (StudyEventDefs
// and the forms each references) and which forms, item groups and events repeat. For a
// file REDCap wrote, redcap:FieldType and redcap:TextValidationType give the field types;
// otherwise ODM's DataType and CodeListRef do (integer, float, date, datetime, time,
// boolean, coded). The record id is REDCap's redcap:RecordIdField, or else a column named
// "subject_key" holding each SubjectKey (OpenClinica:StudySubjectID when given).
// Thread-safety: a pure function.
#pragma once

#include <map>
#include <set>
#include <string>

#include "io/odm/odm_document.hpp"
#include "io/redcap/import_problem.hpp"
#include "io/redcap/redcap_dictionary.hpp"
#include "io/redcap/redcap_events.hpp"

namespace myoivig::io::odm {

inline constexpr std::string_view k_subject_key_field = "subject_key";

struct OdmProject {
  redcap::Dictionary dictionary;
  redcap::EventDesign events;
  std::map<std::string, std::string, std::less<>> form_names;   // FormOID -> form name
  std::map<std::string, std::string, std::less<>> event_names;  // StudyEventOID -> name
  std::set<std::string, std::less<>> repeating_forms;           // form names
  std::set<std::string, std::less<>> repeating_groups;          // ItemGroupOIDs
  std::set<std::string, std::less<>> repeating_events;          // event names
};

OdmProject read_odm_project(const OdmDocument& document, const std::string& file,
                            redcap::ImportProblems& problems);

}  // namespace myoivig::io::odm
