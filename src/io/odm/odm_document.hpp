// OdmDocument: what myoivig reads from a CDISC ODM 1.3 file (REDCap project XML,
// OpenClinica extracts): the metadata (StudyEventDef, FormDef, ItemGroupDef, ItemDef,
// CodeList, and REDCap's repeating instruments and events) and the clinical data
// (SubjectData / StudyEventData / FormData / ItemGroupData / ItemData with their repeat
// keys), each element with the line it starts on. parse_odm reads it with expat.
// Thread-safety: a plain value type; parse_odm is a pure function apart from the progress
// callback.
#pragma once

#include <cstddef>
#include <functional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "util/expected.hpp"

namespace myoivig::io::odm {

struct ItemDef {
  std::string oid;
  std::string name;
  std::string data_type;          // ODM DataType: text, integer, float, date, datetime, ...
  std::string redcap_field_type;  // redcap:FieldType when REDCap wrote the file
  std::string redcap_validation;  // redcap:TextValidationType
  std::string code_list;          // CodeListRef's CodeListOID
  std::size_t line = 0;
};

struct CodeList {
  std::string oid;
  std::vector<std::string> codes;  // CodeListItem CodedValue, in order
};

struct ItemGroupDef {
  std::string oid;
  bool repeating = false;
  std::vector<std::string> items;  // ItemRef ItemOID
};

struct FormDef {
  std::string oid;
  std::string name;  // redcap:FormName when present, else the OID
  bool repeating = false;
  std::vector<std::string> groups;  // ItemGroupRef ItemGroupOID
};

struct StudyEventDef {
  std::string oid;
  std::string name;  // redcap:UniqueEventName when present, else the OID
  bool repeating = false;
  std::vector<std::string> forms;  // FormRef FormOID
  std::size_t line = 0;
};

struct ItemData {
  std::string oid;
  std::string value;
  std::size_t line = 0;
};

struct ItemGroupData {
  std::string oid;
  std::string repeat_key;
  std::size_t line = 0;
  std::vector<ItemData> items;
};

struct FormData {
  std::string oid;
  std::string repeat_key;
  std::size_t line = 0;
  std::vector<ItemGroupData> groups;
};

struct StudyEventData {
  std::string oid;  // empty: forms given straight under SubjectData (classic REDCap)
  std::string repeat_key;
  std::string name;  // redcap:UniqueEventName when present
  std::size_t line = 0;
  std::vector<FormData> forms;
};

struct SubjectData {
  std::string key;    // SubjectKey
  std::string label;  // OpenClinica:StudySubjectID when present
  std::string group;  // redcap:DataAccessGroup, or the site's StudyOID of ClinicalData
  std::size_t line = 0;
  std::vector<StudyEventData> events;
};

struct OdmDocument {
  std::string study_oid;
  std::string record_id_field;  // MetaDataVersion redcap:RecordIdField, when REDCap wrote it
  std::vector<StudyEventDef> events;
  std::vector<FormDef> forms;
  std::vector<ItemGroupDef> groups;
  std::vector<ItemDef> items;
  std::vector<CodeList> code_lists;
  std::set<std::string, std::less<>> repeating_instruments;  // REDCap: form names
  std::set<std::string, std::less<>> repeating_events;       // REDCap: unique event names
  std::vector<SubjectData> subjects;
};

using ParseProgress = std::function<void(std::size_t done, std::size_t total)>;

// Parses `text`. Fails with "line N: <expat's message>" on malformed XML, and when the
// root element is not ODM.
util::Expected<OdmDocument> parse_odm(std::string_view text, const ParseProgress& progress = {});

}  // namespace myoivig::io::odm
