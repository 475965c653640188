// Dictionary: a REDCap project's data dictionary (the metadata CSV), or the same facts read
// from an ODM file's MetaDataVersion: the fields in order, each with its form, field type,
// validation and choices. The first field is the record id.
//
// The CSV has 18 columns (shared/specs/interchange.md); older versions lack the last 1-3
// and third-party tools vary the wording, so columns are matched by position and their
// names only checked for a keyword. Choices "1, Yes | 2, No" split each choice on its
// FIRST comma (labels hold commas); codes are strings. A checkbox field is exported as one
// column per choice, "<field>___<code>" (the code lower-cased, other characters than
// letters, digits and '_' written '_').
// Thread-safety: a plain value type after reading; read_dictionary is a pure function.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "io/redcap/import_problem.hpp"
#include "util/expected.hpp"

namespace myoivig::io::redcap {

enum class FieldType {
  text,
  notes,
  dropdown,
  radio,
  checkbox,
  yesno,
  truefalse,
  calc,
  slider,
  file,
  descriptive,
  sql
};

std::string_view code(FieldType type);
util::Expected<FieldType> parse_field_type(std::string_view text);

// What a value of the field must look like in a raw export.
enum class ValueKind {
  text,              // free text: text, notes, calc, file, sql and unchecked validations
  integer,           // "12", "-3"
  number,            // "1.54" (at most max_decimals digits after the point when set)
  number_comma,      // "1,54": the *_comma_decimal validations
  date,              // YYYY-MM-DD, whatever the display validation (date_dmy, ...)
  datetime,          // YYYY-MM-DD HH:MM
  datetime_seconds,  // YYYY-MM-DD HH:MM:SS
  time,              // HH:MM
  time_seconds,      // HH:MM:SS
  minutes_seconds,   // MM:SS
  coded,             // dropdown, radio: one of the choices' codes
  boolean,           // yesno, truefalse, one checkbox column: 1 or 0
  slider,            // an integer within the slider's range (0-100 unless set)
};

struct Choice {
  std::string code;
  std::string label;
};

struct Field {
  std::string name;
  std::string form;
  FieldType type = FieldType::text;
  std::string label;
  std::string validation;  // as written, e.g. "date_dmy"; empty when none
  ValueKind kind = ValueKind::text;
  int max_decimals = -1;  // number_1dp..number_4dp; -1 when not limited
  std::vector<Choice> choices;
  std::string min;  // Text Validation Min / Max as written (soft limits in REDCap)
  std::string max;
  std::size_t line = 0;  // line of the dictionary (or ODM file) that defined it

  [[nodiscard]] const Choice* choice(std::string_view code) const;
};

// What a column of a records export holds.
struct DictionaryColumn {
  std::size_t field = 0;              // index into Dictionary::fields()
  std::optional<std::size_t> choice;  // the checkbox choice of a "___" column
};

class Dictionary {
 public:
  // Adds a field; false (and nothing added) when the name exists already.
  bool add(Field field);

  [[nodiscard]] const std::vector<Field>& fields() const { return m_fields; }
  [[nodiscard]] const std::vector<std::string>& forms() const { return m_forms; }
  [[nodiscard]] bool empty() const { return m_fields.empty(); }
  [[nodiscard]] const Field& record_id() const { return m_fields.front(); }
  [[nodiscard]] const Field* find(std::string_view name) const;
  [[nodiscard]] bool has_form(std::string_view form) const;
  // The field (and checkbox choice) behind an export column name, or nullopt. A
  // descriptive field and a checkbox field's own name are never columns.
  [[nodiscard]] std::optional<DictionaryColumn> column(std::string_view name) const;

 private:
  std::vector<Field> m_fields;
  std::vector<std::string> m_forms;
  std::unordered_map<std::string, std::size_t> m_by_name;
  std::unordered_map<std::string, DictionaryColumn> m_columns;
};

// "1, Yes | 2, No" -> {1, Yes}, {2, No}. Fails on a choice without a comma or with an
// empty code, and on a code given twice.
util::Expected<std::vector<Choice>> parse_choices(std::string_view text);

// The export column of a checkbox choice: checkbox_column("sym", "A-1") == "sym___a_1".
std::string checkbox_column(std::string_view field, std::string_view code);

// Sets kind and max_decimals from type and validation; an unknown validation reads as
// text and returns a warning to report.
std::optional<std::string> classify_field(Field& field);

// Reads the dictionary CSV. Every problem (bad header, unknown field type, bad choices,
// duplicate or malformed names) is added to `problems` under `file_name`.
Dictionary read_dictionary(std::string_view text, const std::string& file_name,
                           ImportProblems& problems);

}  // namespace myoivig::io::redcap
