#include "io/redcap/redcap_records.hpp"

#include <optional>

#include "io/redcap/csv_stream.hpp"
#include "io/redcap/source_cells.hpp"
#include "util/strings.hpp"

namespace myoivig::io::redcap {
namespace {

constexpr std::size_t k_progress_every_rows = 4096;

// The key columns of a header, when present.
struct KeyColumns {
  std::optional<ColumnIndex> record;
  std::optional<ColumnIndex> event;
  std::optional<ColumnIndex> instrument;
  std::optional<ColumnIndex> instance;
  std::optional<ColumnIndex> group;
};

bool read_header(const std::vector<std::string>& header, const Dictionary& dictionary,
                 const EventDesign& events, SourceTable& table, KeyColumns& keys,
                 ImportProblems& problems) {
  bool ok = true;
  for (const std::string& raw_name : header) {
    const std::string name(util::trim(raw_name));
    if (table.column(name)) {
      problems.error(table.file, 1, name, "", "the column appears twice");
      ok = false;
      continue;
    }
    auto column = classify_column(name, dictionary);
    if (!column) {
      problems.error(table.file, 1, name, "", column.error().message);
      ok = false;
      // Keeps the positions of the later columns right for the remaining checks.
      table.add_column(SourceColumn{name, ColumnRole::survey_identifier, {}, {}, {}});
      continue;
    }
    const ColumnRole role = column->role;
    const ColumnIndex index = table.add_column(std::move(*column));
    if (role == ColumnRole::record_id) keys.record = index;
    if (role == ColumnRole::event) keys.event = index;
    if (role == ColumnRole::repeat_instrument) keys.instrument = index;
    if (role == ColumnRole::repeat_instance) keys.instance = index;
    if (role == ColumnRole::data_access_group) keys.group = index;
  }
  if (dictionary.empty()) return false;
  if (!keys.record || *keys.record != 0) {
    problems.error(table.file, 1, header.empty() ? "" : header.front(), "",
                   "the first column must be the record id '" + dictionary.record_id().name +
                       "' (the dictionary's first field)");
    ok = false;
  }
  if (keys.instrument.has_value() != keys.instance.has_value()) {
    problems.error(table.file, 1,
                   keys.instrument ? "redcap_repeat_instrument" : "redcap_repeat_instance", "",
                   "redcap_repeat_instrument and redcap_repeat_instance come together");
    ok = false;
  }
  table.longitudinal = keys.event.has_value();
  if (table.longitudinal && events.empty()) {
    problems.error(table.file, 1, "redcap_event_name", "",
                   "the export is longitudinal: give the events file (--events) too");
    ok = false;
  } else if (!table.longitudinal && !events.empty()) {
    problems.warning(table.file, 1, "", "",
                     "an events file was given but the export has no redcap_event_name column");
  }
  return ok;
}

std::string key_value(const std::vector<std::string>& fields, std::optional<ColumnIndex> column) {
  return column ? std::string(util::trim(fields[*column])) : std::string();
}

}  // namespace

SourceTable read_records(std::string_view text, const std::string& file_name,
                         const Dictionary& dictionary, const EventDesign& events,
                         const std::vector<std::string>& missing_codes, ImportProblems& problems,
                         const ReadProgress& progress) {
  SourceTable table;
  table.file = file_name;
  CsvStream stream(text);
  std::vector<std::string> fields;
  std::size_t line = 0;
  auto has_header = stream.next(fields, line);
  if (!has_header || !*has_header) {
    problems.error(
        file_name, has_header ? 0 : line, "", "",
        has_header ? "the file is empty (a header row is required)" : has_header.error().message);
    return table;
  }
  KeyColumns keys;
  if (!read_header(fields, dictionary, events, table, keys, problems)) return table;
  const CellContext context{dictionary, events, missing_codes, file_name};
  const std::size_t width = table.columns.size();
  while (true) {
    auto more = stream.next(fields, line);
    if (!more) {
      problems.error(file_name, 0, "", "", more.error().message);
      break;
    }
    if (!*more) break;
    if (progress && table.rows.size() % k_progress_every_rows == 0) {
      progress(stream.position(), stream.size());
    }
    if (fields.size() != width) {
      problems.error(file_name, line, "", "",
                     "the row has " + std::to_string(fields.size()) + " fields, the header has " +
                         std::to_string(width));
      continue;
    }
    SourceRow row;
    row.line = line;
    row.record = key_value(fields, keys.record);
    row.event = key_value(fields, keys.event);
    row.repeat_instrument = key_value(fields, keys.instrument);
    row.data_access_group = key_value(fields, keys.group);
    if (!check_row_keys(context, table, row, key_value(fields, keys.instance), problems)) {
      continue;
    }
    for (ColumnIndex column = 0; column < width; ++column) {
      if (table.columns[column].role != ColumnRole::field &&
          table.columns[column].role != ColumnRole::form_complete &&
          table.columns[column].role != ColumnRole::survey_timestamp) {
        continue;
      }
      const std::string_view raw = util::trim(fields[column]);
      if (!raw.empty()) read_cell(context, table, row, column, raw, line, problems);
    }
    table.rows.push_back(std::move(row));
  }
  if (progress) progress(stream.size(), stream.size());
  check_rows(table, problems);
  return table;
}

}  // namespace myoivig::io::redcap
