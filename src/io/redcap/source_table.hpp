// SourceTable: the rows of a REDCap-shaped export, whichever file they came from (the flat
// raw records CSV, or an ODM file's ClinicalData laid out the same way), with every value
// already checked against the dictionary. One row is one record at one event (and one
// instance of a repeating instrument or event), as in REDCap's flat export.
//
// Rows are sparse: only non-blank values are kept, normalised (redcap_value.hpp), so a
// 100,000-row export with many forms stays small. Where normalising changed the text (a
// comma decimal, a missing-data code, "[not completed]"), the raw text is kept beside it
// for messages.
// Thread-safety: a plain value type.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace myoivig::io::redcap {

enum class ColumnRole {
  record_id,
  event,              // redcap_event_name
  repeat_instrument,  // redcap_repeat_instrument
  repeat_instance,    // redcap_repeat_instance
  data_access_group,  // redcap_data_access_group
  survey_identifier,  // redcap_survey_identifier
  field,              // a dictionary field, or one checkbox choice's column
  form_complete,      // <form>_complete
  survey_timestamp,   // <form>_timestamp
};

struct SourceColumn {
  std::string name;
  ColumnRole role = ColumnRole::field;
  std::optional<std::size_t> field;   // index into Dictionary::fields() for a field column
  std::optional<std::size_t> choice;  // the checkbox choice of a "___" column
  std::string form;                   // the form the column belongs to; empty for pseudo-fields
};

using ColumnIndex = std::uint32_t;

struct SourceRow {
  std::size_t line = 0;  // where the row starts in its file
  std::string record;
  std::string event;              // empty in a classic (non-longitudinal) project
  std::string repeat_instrument;  // the form of a repeating instrument's row
  int repeat_instance = 0;        // 0 when the row is no repeat
  std::string data_access_group;
  std::vector<std::pair<ColumnIndex, std::string>> values;  // non-blank, by column
  std::vector<std::pair<ColumnIndex, std::string>> raw;     // raw text where it differs

  // The normalised value, or empty when blank or missing.
  [[nodiscard]] std::string_view value(ColumnIndex column) const;
  // The text as exported (blank when nothing was exported).
  [[nodiscard]] std::string_view raw_value(ColumnIndex column) const;
  // Adds a value; columns must be added in increasing order.
  void set(ColumnIndex column, std::string value) { values.emplace_back(column, std::move(value)); }
};

struct SourceTable {
  std::string file;  // the file name used in messages
  std::vector<SourceColumn> columns;
  std::vector<SourceRow> rows;
  bool longitudinal = false;
  std::set<std::string, std::less<>> repeating_forms;  // forms seen as repeating instruments

  [[nodiscard]] std::optional<ColumnIndex> column(std::string_view name) const;
  ColumnIndex add_column(SourceColumn column);

 private:
  std::unordered_map<std::string, ColumnIndex> m_index;
};

}  // namespace myoivig::io::redcap
