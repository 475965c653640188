#include "io/redcap/record_builder.hpp"

#include <algorithm>
#include <optional>
#include <unordered_set>

#include "io/bundle_rows.hpp"
#include "io/csv_record.hpp"
#include "util/csv.hpp"
#include "util/strings.hpp"

namespace myoivig::io::redcap {
namespace {

constexpr std::size_t k_date_length = 10;  // YYYY-MM-DD
constexpr std::size_t k_time_start = 11;   // "YYYY-MM-DD HH:MM"
constexpr std::size_t k_time_length = 5;   // HH:MM
constexpr int k_vas_decimals = 1;          // a *_vas_cm column: cm with one decimal

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}
bool is_date_column(std::string_view name) {
  return name == "date" || ends_with(name, "_date") || name == "randomised_on";
}
bool is_time_column(std::string_view name) {
  return name == "start_time" || name == "end_time";
}

enum class From { constant, record, event, instance, group, instrument, column, absent };

struct ResolvedColumn {
  const ColumnMapping* mapping = nullptr;
  From from = From::absent;
  ColumnIndex column = 0;
  const Field* field = nullptr;
};

class EntityBuilder {
 public:
  EntityBuilder(const SourceTable& table, const Dictionary& dictionary,
                const ImportMapping& mapping, std::size_t index, ImportProblems& problems)
      : m_table(table),
        m_mapping(mapping),
        m_entity(mapping.entities[index]),
        m_problems(problems) {
    for (const ColumnMapping& column : m_entity.columns) {
      m_csv.header.push_back(column.column);
      m_columns.push_back(resolve(column, dictionary));
    }
    m_complete = table.column(m_entity.form + "_complete");
  }

  // Whether the row holds this mapping's form at all.
  [[nodiscard]] bool carries_form(const SourceRow& row) const {
    if (!m_entity.events.empty() && std::find(m_entity.events.begin(), m_entity.events.end(),
                                              row.event) == m_entity.events.end()) {
      return false;
    }
    if (!row.repeat_instrument.empty()) return row.repeat_instrument == m_entity.form;
    if (m_complete && !row.value(*m_complete).empty()) return true;
    return std::any_of(m_columns.begin(), m_columns.end(), [&](const ResolvedColumn& c) {
      return c.from == From::column && c.field && c.field->form == m_entity.form &&
             !m_table.columns[c.column].choice && !row.raw_value(c.column).empty();
    });
  }

  // The row laid out as a bundle row, or nullopt after reporting why it cannot be.
  std::optional<util::CsvRow> text_row(const SourceRow& row) {
    util::CsvRow text;
    text.line = row.line;
    text.fields.reserve(m_columns.size());
    for (const ResolvedColumn& column : m_columns) {
      auto value = value_of(column, row);
      if (!value) {
        report(row, column, value.error().message);
        return std::nullopt;
      }
      text.fields.push_back(std::move(*value));
    }
    return text;
  }

  // Reports a bundle parser's error ("column 'sex': ...") against the export column.
  void report_parse_error(const SourceRow& row, const util::Error& error) {
    constexpr std::string_view k_prefix = "column '";
    std::string_view message = error.message;
    const ResolvedColumn* culprit = nullptr;
    if (util::starts_with(message, k_prefix)) {
      const std::size_t end = message.find("': ");
      const std::string_view name = message.substr(k_prefix.size(), end - k_prefix.size());
      for (const ResolvedColumn& column : m_columns) {
        if (column.mapping->column == name) culprit = &column;
      }
      if (culprit && end != std::string_view::npos) message.remove_prefix(end + 3);
    }
    if (!culprit) {
      m_problems.error(m_table.file, row.line, "", "",
                       m_entity.entity + ": " + std::string(message));
      return;
    }
    report(row, *culprit, std::string(message));
  }

  [[nodiscard]] const util::CsvTable& csv() const { return m_csv; }

 private:
  ResolvedColumn resolve(const ColumnMapping& column, const Dictionary& dictionary) {
    ResolvedColumn resolved{&column, From::absent, 0, nullptr};
    const ColumnSource& source = column.source;
    if (source.constant) {
      resolved.from = From::constant;
      return resolved;
    }
    if (source.field == dictionary.record_id().name) {
      resolved.from = From::record;
      return resolved;
    }
    const auto index = m_table.column(source.field);
    if (!index) {
      m_problems.error(m_mapping.file, 0, m_entity.key + ".columns." + column.column, source.field,
                       "the export has no such column");
      return resolved;
    }
    resolved.column = *index;
    const SourceColumn& found = m_table.columns[*index];
    switch (found.role) {
      case ColumnRole::event:
        resolved.from = From::event;
        break;
      case ColumnRole::repeat_instance:
        resolved.from = From::instance;
        break;
      case ColumnRole::data_access_group:
        resolved.from = From::group;
        break;
      case ColumnRole::repeat_instrument:
        resolved.from = From::instrument;
        break;
      default:
        resolved.from = From::column;
        if (found.field) resolved.field = &dictionary.fields()[*found.field];
    }
    return resolved;
  }

  util::Expected<std::string> value_of(const ResolvedColumn& column, const SourceRow& row) const {
    const ColumnSource& source = column.mapping->source;
    const std::string& target = column.mapping->column;
    std::string text;
    switch (column.from) {
      case From::constant:
        return *source.constant;
      case From::absent:
        return std::string();
      case From::record:
        text = row.record;
        break;
      case From::event:
        if (target == "week") {
          const auto week = m_mapping.event_weeks.find(row.event);
          if (week == m_mapping.event_weeks.end()) {
            return util::invalid_argument("event '" + row.event +
                                          "' has no week in the mapping's [events]");
          }
          return std::to_string(week->second);
        }
        text = row.event;
        break;
      case From::instance:
        text = row.repeat_instance > 0 ? std::to_string(row.repeat_instance) : std::string();
        break;
      case From::group:
        text = row.data_access_group;
        break;
      case From::instrument:
        text = row.repeat_instrument;
        break;
      case From::column:
        text = std::string(row.value(column.column));
        break;
    }
    if (text.empty()) return text;
    if (column.field) {
      const ValueKind kind = column.field->kind;
      const bool datetime = kind == ValueKind::datetime || kind == ValueKind::datetime_seconds;
      if (datetime && is_date_column(target)) text = text.substr(0, k_date_length);
      if (datetime && is_time_column(target)) text = text.substr(k_time_start, k_time_length);
      if (kind == ValueKind::time_seconds && is_time_column(target)) text.resize(k_time_length);
    }
    if (!source.values.empty()) {
      const auto mapped = source.values.find(text);
      if (mapped == source.values.end()) {
        std::string codes;
        for (const auto& [code, value] : source.values) codes += (codes.empty() ? "" : ", ") + code;
        return util::invalid_argument("has no entry in the mapping's " + m_entity.key +
                                      ".columns." + target + ".values (" + codes + ")");
      }
      text = mapped->second;
    }
    if (source.millimetres) {
      auto millimetres = util::parse_integer(text);
      if (!millimetres) return util::invalid_argument("a VAS in millimetres must be an integer");
      text = util::format_scaled(*millimetres, k_vas_decimals);
    }
    return text;
  }

  void report(const SourceRow& row, const ResolvedColumn& column, const std::string& rule) {
    std::string raw;
    std::string name = column.mapping->source.field;
    switch (column.from) {
      case From::column:
        raw = std::string(row.raw_value(column.column));
        break;
      case From::record:
        raw = row.record;
        break;
      case From::event:
        raw = row.event;
        break;
      case From::instance:
        raw = row.repeat_instance > 0 ? std::to_string(row.repeat_instance) : "";
        break;
      case From::group:
        raw = row.data_access_group;
        break;
      case From::instrument:
        raw = row.repeat_instrument;
        break;
      default:
        raw = column.mapping->source.constant.value_or("");
        name = m_entity.key + ".columns." + column.mapping->column;
    }
    m_problems.error(m_table.file, row.line, name, raw,
                     m_entity.entity + "." + column.mapping->column + ": " + rule);
  }

  const SourceTable& m_table;
  const ImportMapping& m_mapping;
  const EntityMapping& m_entity;
  ImportProblems& m_problems;
  util::CsvTable m_csv;
  std::vector<ResolvedColumn> m_columns;
  std::optional<ColumnIndex> m_complete;
};

template <typename Record, typename Parse>
void build(EntityBuilder& builder, const SourceTable& table, std::size_t index,
           std::vector<Record>& records, std::vector<RecordOrigin>& origins, Parse parse) {
  for (const SourceRow& row : table.rows) {
    if (!builder.carries_form(row)) continue;
    auto text = builder.text_row(row);
    if (!text) continue;
    auto record = parse(CsvRecord(builder.csv(), *text));
    if (!record) {
      builder.report_parse_error(row, record.error());
      continue;
    }
    records.push_back(std::move(*record));
    origins.push_back({row.line, index});
  }
}

void build_entity(EntityBuilder& builder, const SourceTable& table, std::size_t index,
                  const std::string& entity, ImportBatch& batch) {
  domain::StudyData& data = batch.data;
  std::vector<RecordOrigin>& origins = batch.origins[entity];
  if (entity == "patients")
    return build(builder, table, index, data.patients, origins, parse_patient_row);
  if (entity == "allocations") {
    return build(builder, table, index, data.allocations, origins, parse_allocation_row);
  }
  if (entity == "conditions") {
    return build(builder, table, index, data.conditions, origins, parse_condition_row);
  }
  if (entity == "steroid_doses") {
    return build(builder, table, index, data.steroid_doses, origins, parse_steroid_dose_row);
  }
  if (entity == "courses")
    return build(builder, table, index, data.courses, origins, parse_course_row);
  if (entity == "administrations") {
    return build(builder, table, index, data.administrations, origins, parse_administration_row);
  }
  if (entity == "visits")
    return build(builder, table, index, data.visits, origins, parse_visit_row);
  if (entity == "assessments") {
    return build(builder, table, index, data.assessments, origins, parse_assessment_row);
  }
  if (entity == "muscle_grades") {
    return build(builder, table, index, data.muscle_grades, origins, parse_muscle_grade_row);
  }
  build(builder, table, index, data.adverse_events, origins, parse_adverse_event_row);
}

}  // namespace

ImportBatch build_records(const SourceTable& table, const Dictionary& dictionary,
                          const ImportMapping& mapping, ImportProblems& problems) {
  ImportBatch batch;
  batch.file = table.file;
  batch.rows = table.rows.size();
  std::unordered_set<std::string_view> records;
  for (const SourceRow& row : table.rows) records.insert(row.record);
  batch.records = records.size();
  if (dictionary.empty()) return batch;
  // Entities in the order mapped_entities() lists them, so that records come out grouped
  // as a bundle's files are.
  for (std::string_view entity : mapped_entities()) {
    for (std::size_t i = 0; i < mapping.entities.size(); ++i) {
      if (mapping.entities[i].entity != entity) continue;
      EntityBuilder builder(table, dictionary, mapping, i, problems);
      build_entity(builder, table, i, mapping.entities[i].entity, batch);
    }
  }
  return batch;
}

std::string source_column_of(const EntityMapping& mapping, std::string_view bundle_column) {
  const ColumnMapping* column = mapping.column(bundle_column);
  if (!column || column->source.constant) return std::string(bundle_column);
  return column->source.field;
}

}  // namespace myoivig::io::redcap
