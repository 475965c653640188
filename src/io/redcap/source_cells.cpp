#include "io/redcap/source_cells.hpp"

#include <algorithm>
#include <array>
#include <limits>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "io/redcap/redcap_value.hpp"
#include "util/strings.hpp"

namespace myoivig::io::redcap {
namespace {

constexpr std::array<std::pair<std::string_view, ColumnRole>, 5> k_pseudo_fields{{
    {"redcap_event_name", ColumnRole::event},
    {"redcap_repeat_instrument", ColumnRole::repeat_instrument},
    {"redcap_repeat_instance", ColumnRole::repeat_instance},
    {"redcap_data_access_group", ColumnRole::data_access_group},
    {"redcap_survey_identifier", ColumnRole::survey_identifier},
}};
constexpr std::string_view k_complete = "_complete";
constexpr std::string_view k_timestamp = "_timestamp";
constexpr char k_key_separator = '\x1f';

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() > suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

std::string unknown_column_rule(std::string_view name, const Dictionary& dictionary) {
  if (const Field* field = dictionary.find(name)) {
    if (field->type == FieldType::checkbox) {
      return "checkbox field '" + field->name + "' is exported as one column per choice ('" +
             field->name + "___<code>')";
    }
    return "descriptive field '" + field->name + "' is never exported";
  }
  const std::size_t split = name.find("___");
  if (split != std::string_view::npos) {
    const Field* field = dictionary.find(name.substr(0, split));
    if (field && field->type == FieldType::checkbox) {
      return "'" + std::string(name.substr(split + 3)) + "' is not a choice of checkbox field '" +
             field->name + "'";
    }
  }
  return "not a field of the data dictionary, a checkbox column (<field>___<code>), "
         "<form>_complete, <form>_timestamp or a redcap_ pseudo-field: the import is refused";
}

}  // namespace

util::Expected<SourceColumn> classify_column(std::string_view name, const Dictionary& dictionary) {
  SourceColumn column;
  column.name = std::string(name);
  if (!dictionary.empty() && name == dictionary.record_id().name) {
    column.role = ColumnRole::record_id;
    column.field = 0;
    return column;
  }
  for (const auto& [pseudo, role] : k_pseudo_fields) {
    if (name == pseudo) {
      column.role = role;
      return column;
    }
  }
  if (const auto found = dictionary.column(name)) {
    column.field = found->field;
    column.choice = found->choice;
    column.form = dictionary.fields()[found->field].form;
    return column;
  }
  for (const auto& [suffix, role] : {std::pair{k_complete, ColumnRole::form_complete},
                                     std::pair{k_timestamp, ColumnRole::survey_timestamp}}) {
    if (ends_with(name, suffix) &&
        dictionary.has_form(name.substr(0, name.size() - suffix.size()))) {
      column.role = role;
      column.form = std::string(name.substr(0, name.size() - suffix.size()));
      return column;
    }
  }
  return util::invalid_argument(unknown_column_rule(name, dictionary));
}

void read_cell(const CellContext& context, const SourceTable& table, SourceRow& row,
               ColumnIndex column, std::string_view raw, std::size_t line,
               ImportProblems& problems) {
  const SourceColumn& source = table.columns[column];
  const auto fail = [&](std::string rule) {
    problems.error(context.file, line, source.name, std::string(raw), std::move(rule));
  };
  // REDCap exports an unchecked box as 0 on every row, also where its form does not apply.
  const bool unchecked_box = source.choice && raw == "0";
  if (!source.form.empty() && !unchecked_box) {
    if (!row.event.empty() && !context.events.designated(row.event, source.form)) {
      fail("form '" + source.form + "' is not collected at event '" + row.event +
           "' (instrument-event mapping)");
      return;
    }
    if (!row.repeat_instrument.empty() && source.form != row.repeat_instrument) {
      fail("a row of repeating instrument '" + row.repeat_instrument +
           "' carries only that form's fields; this one belongs to form '" + source.form + "'");
      return;
    }
  }
  const bool is_missing_code = source.role == ColumnRole::field &&
                               std::find(context.missing_codes.begin(), context.missing_codes.end(),
                                         raw) != context.missing_codes.end();
  if (is_missing_code) {
    row.raw.emplace_back(column, std::string(raw));
    return;
  }
  std::string text(raw);
  if (source.role == ColumnRole::field) {
    auto value = read_value(context.dictionary.fields()[*source.field], raw);
    if (!value) return fail(value.error().message);
    if (value->warning) {
      problems.warning(context.file, line, source.name, std::string(raw), *value->warning);
    }
    text = std::move(value->text);
  } else if (source.role == ColumnRole::form_complete) {
    auto status = check_form_status(raw);
    if (!status) return fail(status.error().message);
  } else if (source.role == ColumnRole::survey_timestamp) {
    auto stamp = read_survey_timestamp(raw);
    if (!stamp) return fail(stamp.error().message);
    text = std::move(*stamp);
  }
  if (text != raw) row.raw.emplace_back(column, std::string(raw));
  if (!text.empty()) row.set(column, std::move(text));
}

bool check_row_keys(const CellContext& context, SourceTable& table, SourceRow& row,
                    std::string_view instance_text, ImportProblems& problems) {
  const std::string& file = context.file;
  if (row.record.empty()) {
    problems.error(file, row.line, context.dictionary.record_id().name, "",
                   "the record id must not be empty");
    return false;
  }
  bool ok = true;
  if (table.longitudinal) {
    if (row.event.empty()) {
      problems.error(file, row.line, "redcap_event_name", "",
                     "every row of a longitudinal export names its event");
      ok = false;
    } else if (!context.events.has_event(row.event)) {
      problems.error(file, row.line, "redcap_event_name", row.event,
                     "not an event of the events file");
      ok = false;
    }
  }
  if (!row.repeat_instrument.empty() && !context.dictionary.has_form(row.repeat_instrument)) {
    problems.error(file, row.line, "redcap_repeat_instrument", row.repeat_instrument,
                   "not a form of the data dictionary");
    ok = false;
  }
  if (!instance_text.empty()) {
    auto instance = util::parse_integer(instance_text);
    if (!instance || *instance < 1 || *instance > std::numeric_limits<int>::max()) {
      problems.error(file, row.line, "redcap_repeat_instance", std::string(instance_text),
                     "an instance is a positive integer");
      ok = false;
    } else {
      row.repeat_instance = static_cast<int>(*instance);
    }
  } else if (!row.repeat_instrument.empty()) {
    problems.error(file, row.line, "redcap_repeat_instance", "",
                   "a repeating instrument's row needs its instance");
    ok = false;
  }
  if (ok && !row.repeat_instrument.empty()) table.repeating_forms.insert(row.repeat_instrument);
  return ok;
}

void check_rows(const SourceTable& table, ImportProblems& problems) {
  std::unordered_map<std::string, std::size_t> keys;
  std::unordered_map<std::string_view, const SourceRow*> groups;
  std::unordered_set<std::string> repeating;  // event + form pairs seen as repeating
  keys.reserve(table.rows.size());
  for (const SourceRow& row : table.rows) {
    if (!row.repeat_instrument.empty()) {
      repeating.insert(row.event + k_key_separator + row.repeat_instrument);
    }
  }
  for (const SourceRow& row : table.rows) {
    std::string key = row.record + k_key_separator + row.event + k_key_separator +
                      row.repeat_instrument + k_key_separator + std::to_string(row.repeat_instance);
    const auto [found, added] = keys.emplace(std::move(key), row.line);
    if (!added) {
      problems.error(table.file, row.line, "", row.record,
                     "record '" + row.record +
                         "' has a second row for the same event, "
                         "instrument and instance (first on line " +
                         std::to_string(found->second) + ")");
    }
    const auto [group, first] = groups.emplace(row.record, &row);
    if (!first && group->second->data_access_group != row.data_access_group) {
      problems.error(table.file, row.line, "redcap_data_access_group", row.data_access_group,
                     "record '" + row.record + "' is in group '" +
                         group->second->data_access_group + "' on line " +
                         std::to_string(group->second->line) + " (one group per record)");
    }
    if (!row.repeat_instrument.empty()) continue;
    for (const auto& [column, value] : row.values) {
      const std::string& form = table.columns[column].form;
      if (table.columns[column].choice && value == "0") continue;
      if (!form.empty() && repeating.contains(row.event + k_key_separator + form)) {
        problems.error(table.file, row.line, table.columns[column].name, value,
                       "form '" + form + "' repeats" +
                           (row.event.empty() ? "" : " at event '" + row.event + "'") +
                           ": its values belong on rows with redcap_repeat_instrument '" + form +
                           "'");
      }
    }
  }
}

}  // namespace myoivig::io::redcap
