// ImportMapping: the mapping file (TOML, docs/import.md) that ties a REDCap project (or an
// ODM study) to myoivig's model: which form's rows become which entity's records, which
// export column (or constant) fills each bundle column (docs/bundle.md), how codes
// translate ("1" -> "M"), which event is which protocol week, and the project's
// missing-data codes.
//
//   [study]    study_id, protocol, description, synthetic   (all optional)
//   [source]   missing_codes = ["UNK", "NASK"]               (optional)
//   [events]   week_12_arm_1 = 12                            (event -> week)
//   [[visits]] form = "visit", events = [...] (optional), [visits.columns]
//              patient_id = "record_id", week = "redcap_event_name", date = "visit_date"
//
// A column's source is an export column name (a field, a checkbox column, or one of the
// pseudo-fields redcap_event_name, redcap_repeat_instance, redcap_data_access_group), or an
// inline table { field = "...", values = { code = "text", ... }, unit = "mm" } or
// { value = "constant" }. `week = "redcap_event_name"` reads the week from [events];
// `unit = "mm"` reads a VAS in whole millimetres into a *_vas_cm column.
// Thread-safety: a plain value type; the functions are pure apart from reading the file.
#pragma once

#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "io/redcap/import_problem.hpp"
#include "io/redcap/redcap_dictionary.hpp"
#include "io/redcap/redcap_events.hpp"
#include "util/expected.hpp"

namespace myoivig::io::redcap {

inline constexpr std::string_view k_event_column = "redcap_event_name";
inline constexpr std::string_view k_instance_column = "redcap_repeat_instance";
inline constexpr std::string_view k_group_column = "redcap_data_access_group";

struct ColumnSource {
  std::string field;  // the export column; empty for a constant
  std::optional<std::string> constant;
  std::map<std::string, std::string, std::less<>> values;  // code -> myoivig text
  bool millimetres = false;                                // unit = "mm"
};

struct ColumnMapping {
  std::string column;  // the bundle column it fills, e.g. "sex"
  ColumnSource source;
};

struct EntityMapping {
  std::string entity;               // a bundle file stem: "patients", "visits", ...
  std::string key;                  // where it is in the mapping file, e.g. "visits[0]"
  std::string form;                 // the form whose rows become records
  std::vector<std::string> events;  // only rows of these events; empty: every event
  std::vector<ColumnMapping> columns;

  [[nodiscard]] const ColumnMapping* column(std::string_view name) const;
};

struct ImportMapping {
  std::string file;      // for messages
  std::string study_id;  // empty: the import leaves the study's facts alone
  std::string protocol;  // empty: not checked against the database's protocol
  std::string description;
  bool synthetic = false;
  std::vector<std::string> missing_codes;
  std::map<std::string, int, std::less<>> event_weeks;
  std::vector<EntityMapping> entities;
};

// The entities a mapping may fill, in the order records are built and checked.
const std::vector<std::string_view>& mapped_entities();

// Parses the mapping text; fails on the first structural problem with its key path
// (unknown key or column, a required bundle column not mapped, a wrong type).
util::Expected<ImportMapping> parse_mapping(std::string_view text, const std::string& file_name);
util::Expected<ImportMapping> read_mapping_file(const std::filesystem::path& path);

// Checks the mapping against the project: every form, field, event and code it names
// exists. Each problem is added under the mapping's file name and key path.
void check_mapping(const ImportMapping& mapping, const Dictionary& dictionary,
                   const EventDesign& events, ImportProblems& problems);

}  // namespace myoivig::io::redcap
