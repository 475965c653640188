#include "io/redcap/redcap_dictionary.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

#include "util/csv.hpp"
#include "util/enum_names.hpp"
#include "util/strings.hpp"

namespace myoivig::io::redcap {
namespace {

constexpr util::EnumNames<FieldType, 12> k_field_types{{{FieldType::text, "text"},
                                                        {FieldType::notes, "notes"},
                                                        {FieldType::dropdown, "dropdown"},
                                                        {FieldType::radio, "radio"},
                                                        {FieldType::checkbox, "checkbox"},
                                                        {FieldType::yesno, "yesno"},
                                                        {FieldType::truefalse, "truefalse"},
                                                        {FieldType::calc, "calc"},
                                                        {FieldType::slider, "slider"},
                                                        {FieldType::file, "file"},
                                                        {FieldType::descriptive, "descriptive"},
                                                        {FieldType::sql, "sql"}}};

// Validations whose values are free text to myoivig (REDCap checks them at entry).
constexpr std::array<std::string_view, 16> k_text_validations{"email",
                                                              "phone",
                                                              "phone_australia",
                                                              "zipcode",
                                                              "postalcode_australia",
                                                              "postalcode_canada",
                                                              "postalcode_french",
                                                              "postalcode_germany",
                                                              "postalcode_uk",
                                                              "ssn",
                                                              "alpha_only",
                                                              "mrn_10d",
                                                              "mrn_generic",
                                                              "vmrn",
                                                              "signature",
                                                              "number_multiple"};

// Dictionary columns by position: the keyword each name must contain (lower case) and what
// the column is, for the message when it does not.
struct ExpectedColumn {
  std::size_t position;
  std::array<std::string_view, 2> keywords;
  std::string_view meaning;
};
constexpr std::array<ExpectedColumn, 8> k_checked_columns{{
    {0, {"field", "variable"}, "Variable / Field Name"},
    {1, {"form", "instrument"}, "Form Name"},
    {3, {"type", "type"}, "Field Type"},
    {4, {"label", "label"}, "Field Label"},
    {5, {"choice", "calc"}, "Choices, Calculations, OR Slider Labels"},
    {7, {"validation", "slider"}, "Text Validation Type OR Show Slider Number"},
    {8, {"min", "min"}, "Text Validation Min"},
    {9, {"max", "max"}, "Text Validation Max"},
}};
constexpr std::size_t k_full_columns = 18;
constexpr std::size_t k_oldest_columns = 15;  // older versions lack the last 1-3

enum Position : std::size_t {
  k_name = 0,
  k_form = 1,
  k_type = 3,
  k_label = 4,
  k_choices = 5,
  k_validation = 7,
  k_min = 8,
  k_max = 9
};

bool is_redcap_name(std::string_view name) {
  if (name.empty() || name.front() < 'a' || name.front() > 'z') return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

bool check_header(const std::vector<std::string>& header, const std::string& file,
                  ImportProblems& problems) {
  if (header.size() < k_oldest_columns || header.size() > k_full_columns) {
    problems.error(file, 1, "", "",
                   "a data dictionary has " + std::to_string(k_oldest_columns) + " to " +
                       std::to_string(k_full_columns) + " columns, this file has " +
                       std::to_string(header.size()));
    return false;
  }
  bool ok = true;
  for (const ExpectedColumn& expected : k_checked_columns) {
    const std::string name = util::to_lower(header[expected.position]);
    const bool found = std::any_of(expected.keywords.begin(), expected.keywords.end(),
                                   [&](std::string_view k) { return name.find(k) != name.npos; });
    if (!found) {
      problems.error(file, 1, header[expected.position], "",
                     "column " + std::to_string(expected.position + 1) + " must be '" +
                         std::string(expected.meaning) + "' (columns are read by position)");
      ok = false;
    }
  }
  return ok;
}

int dp_of(std::string_view validation) {
  for (int decimals = 1; decimals <= 4; ++decimals) {
    if (util::starts_with(validation, "number_" + std::to_string(decimals) + "dp")) {
      return decimals;
    }
  }
  return -1;
}

void read_row(const util::CsvRow& row, const std::string& file, Dictionary& dictionary,
              ImportProblems& problems) {
  const auto cell = [&](std::size_t position) {
    return position < row.fields.size() ? std::string(util::trim(row.fields[position]))
                                        : std::string();
  };
  Field field;
  field.name = cell(k_name);
  field.form = cell(k_form);
  field.label = cell(k_label);
  field.validation = cell(k_validation);
  field.min = cell(k_min);
  field.max = cell(k_max);
  field.line = row.line;
  bool ok = true;
  const auto fail = [&](std::string column, std::string value, std::string rule) {
    problems.error(file, row.line, std::move(column), std::move(value), std::move(rule));
    ok = false;
  };
  if (!is_redcap_name(field.name)) {
    fail("Variable / Field Name", field.name,
         "a field name is lower-case letters, digits and '_', starting with a letter");
  }
  if (!is_redcap_name(field.form)) {
    fail("Form Name", field.form,
         "a form name is lower-case letters, digits and '_', starting with a letter");
  }
  const std::string type_text = cell(k_type);
  auto type = parse_field_type(type_text);
  if (!type) {
    fail("Field Type", type_text, "unknown field type: " + type.error().message);
  } else {
    field.type = *type;
    const std::string choices = cell(k_choices);
    if (field.type == FieldType::dropdown || field.type == FieldType::radio ||
        field.type == FieldType::checkbox) {
      auto parsed = parse_choices(choices);
      if (!parsed) {
        fail("Choices, Calculations, OR Slider Labels", choices, parsed.error().message);
      } else {
        field.choices = std::move(*parsed);
      }
    }
    if (auto warning = classify_field(field)) {
      problems.warning(file, row.line, "Text Validation Type", field.validation, *warning);
    }
  }
  if (!ok) return;
  if (!dictionary.add(field)) {
    problems.error(file, row.line, "Variable / Field Name", field.name,
                   "the field is defined twice (field names are unique in a project)");
  }
}

}  // namespace

std::string_view code(FieldType type) {
  return util::name_of(k_field_types, type);
}

util::Expected<FieldType> parse_field_type(std::string_view text) {
  return util::value_of(k_field_types, text);
}

const Choice* Field::choice(std::string_view code) const {
  for (const Choice& candidate : choices) {
    if (candidate.code == code) return &candidate;
  }
  return nullptr;
}

bool Dictionary::add(Field field) {
  if (m_by_name.contains(field.name)) return false;
  const std::size_t index = m_fields.size();
  m_by_name.emplace(field.name, index);
  if (std::find(m_forms.begin(), m_forms.end(), field.form) == m_forms.end()) {
    m_forms.push_back(field.form);
  }
  if (field.type == FieldType::checkbox) {
    for (std::size_t i = 0; i < field.choices.size(); ++i) {
      m_columns.emplace(checkbox_column(field.name, field.choices[i].code),
                        DictionaryColumn{index, i});
    }
  } else if (field.type != FieldType::descriptive) {
    m_columns.emplace(field.name, DictionaryColumn{index, std::nullopt});
  }
  m_fields.push_back(std::move(field));
  return true;
}

const Field* Dictionary::find(std::string_view name) const {
  const auto found = m_by_name.find(std::string(name));
  return found == m_by_name.end() ? nullptr : &m_fields[found->second];
}

bool Dictionary::has_form(std::string_view form) const {
  return std::find(m_forms.begin(), m_forms.end(), form) != m_forms.end();
}

std::optional<DictionaryColumn> Dictionary::column(std::string_view name) const {
  const auto found = m_columns.find(std::string(name));
  if (found == m_columns.end()) return std::nullopt;
  return found->second;
}

util::Expected<std::vector<Choice>> parse_choices(std::string_view text) {
  std::vector<Choice> choices;
  if (util::trim(text).empty()) return util::invalid_argument("a coded field needs choices");
  for (const std::string& item : util::split(text, '|')) {
    const std::string_view choice = util::trim(item);
    const std::size_t comma = choice.find(',');
    if (comma == std::string_view::npos) {
      return util::invalid_argument("choice '" + std::string(choice) +
                                    "' has no comma (write 'code, label')");
    }
    Choice parsed{std::string(util::trim(choice.substr(0, comma))),
                  std::string(util::trim(choice.substr(comma + 1)))};
    if (parsed.code.empty()) {
      return util::invalid_argument("choice '" + std::string(choice) + "' has an empty code");
    }
    const bool repeated = std::any_of(choices.begin(), choices.end(),
                                      [&](const Choice& c) { return c.code == parsed.code; });
    if (repeated) {
      return util::invalid_argument("choice code '" + parsed.code + "' appears twice");
    }
    choices.push_back(std::move(parsed));
  }
  return choices;
}

std::string checkbox_column(std::string_view field, std::string_view code) {
  std::string column = std::string(field) + "___";
  for (char c : code) {
    const char lower = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const bool keep = (lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9');
    column += keep ? lower : '_';
  }
  return column;
}

std::optional<std::string> classify_field(Field& field) {
  switch (field.type) {
    case FieldType::dropdown:
    case FieldType::radio:
      field.kind = ValueKind::coded;
      return std::nullopt;
    case FieldType::checkbox:
    case FieldType::yesno:
    case FieldType::truefalse:
      field.kind = ValueKind::boolean;
      return std::nullopt;
    case FieldType::slider:
      field.kind = ValueKind::slider;
      return std::nullopt;
    case FieldType::text:
      break;
    default:
      field.kind = ValueKind::text;
      return std::nullopt;
  }
  const std::string& v = field.validation;
  field.kind = ValueKind::text;
  if (v.empty()) return std::nullopt;
  if (util::starts_with(v, "date_")) {
    field.kind = ValueKind::date;
  } else if (util::starts_with(v, "datetime_seconds_")) {
    field.kind = ValueKind::datetime_seconds;
  } else if (util::starts_with(v, "datetime_")) {
    field.kind = ValueKind::datetime;
  } else if (v == "time") {
    field.kind = ValueKind::time;
  } else if (v == "time_hh_mm_ss") {
    field.kind = ValueKind::time_seconds;
  } else if (v == "time_mm_ss") {
    field.kind = ValueKind::minutes_seconds;
  } else if (v == "integer" || v == "int") {
    field.kind = ValueKind::integer;
  } else if (v.find("comma_decimal") != std::string::npos && util::starts_with(v, "number")) {
    field.kind = ValueKind::number_comma;
    field.max_decimals = dp_of(v);
  } else if (v == "number" || v == "float" || dp_of(v) > 0) {
    field.kind = ValueKind::number;
    field.max_decimals = dp_of(v);
  } else if (std::find(k_text_validations.begin(), k_text_validations.end(), v) ==
             k_text_validations.end()) {
    return "unknown validation type: the field is read as text";
  }
  if (field.kind == ValueKind::date && v != "date_ymd" && v != "date_mdy" && v != "date_dmy") {
    field.kind = ValueKind::text;
    return "unknown validation type: the field is read as text";
  }
  return std::nullopt;
}

Dictionary read_dictionary(std::string_view text, const std::string& file_name,
                           ImportProblems& problems) {
  Dictionary dictionary;
  auto table = util::parse_csv(text);
  if (!table) {
    problems.error(file_name, 0, "", "", table.error().message);
    return dictionary;
  }
  if (!check_header(table->header, file_name, problems)) return dictionary;
  for (const util::CsvRow& row : table->rows) read_row(row, file_name, dictionary, problems);
  if (dictionary.empty()) {
    problems.error(file_name, 0, "", "", "the dictionary defines no field");
  } else if (dictionary.record_id().type != FieldType::text) {
    problems.error(file_name, dictionary.record_id().line, "Field Type",
                   std::string(code(dictionary.record_id().type)),
                   "the first field is the record id and must be a text field");
  }
  return dictionary;
}

}  // namespace myoivig::io::redcap
