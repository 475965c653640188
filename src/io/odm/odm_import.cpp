#include "io/odm/odm_import.hpp"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "io/odm/odm_project.hpp"
#include "io/redcap/source_cells.hpp"
#include "util/file.hpp"
#include "util/strings.hpp"

namespace myoivig::io::odm {
namespace {

using redcap::ColumnIndex;
using redcap::ColumnRole;
using redcap::ImportProblems;
using redcap::SourceRow;
using redcap::SourceTable;

constexpr char k_key_separator = '\x1f';

class RowBuilder {
 public:
  RowBuilder(const OdmProject& project, const redcap::CellContext& context, SourceTable& table,
             ImportProblems& problems)
      : m_project(project), m_context(context), m_table(table), m_problems(problems) {}

  void subject(const SubjectData& subject) {
    const std::string record = subject.label.empty() ? subject.key : subject.label;
    std::string group = subject.group;
    const std::size_t first_row = m_table.rows.size();
    for (const StudyEventData& event : subject.events) {
      std::string event_name;
      if (!event.oid.empty()) {
        const auto found = m_project.event_names.find(event.oid);
        if (found == m_project.event_names.end()) {
          error(event.line, "StudyEventOID", event.oid, "no StudyEventDef has this OID");
          continue;
        }
        event_name = event.name.empty() ? found->second : event.name;
      }
      for (const FormData& form : event.forms) {
        const auto name = m_project.form_names.find(form.oid);
        if (name == m_project.form_names.end()) {
          error(form.line, "FormOID", form.oid, "no FormDef has this OID");
          continue;
        }
        for (const ItemGroupData& items : form.groups) {
          read_group(record, event_name, event, name->second, form, items, group);
        }
      }
    }
    for (std::size_t i = first_row; i < m_table.rows.size(); ++i) {
      m_table.rows[i].data_access_group = group;
    }
  }

 private:
  void error(std::size_t line, std::string column, std::string value, std::string rule) {
    m_problems.error(m_context.file, line, std::move(column), std::move(value), std::move(rule));
  }

  // The row of a subject's event, repeating instrument and instance, made when first met.
  SourceRow* row_for(const std::string& record, const std::string& event, const std::string& form,
                     const StudyEventData& event_data, const FormData& form_data,
                     const ItemGroupData& group) {
    const bool event_repeats = m_project.repeating_events.contains(event);
    const bool form_repeats = m_project.repeating_forms.contains(form);
    const bool group_repeats = m_project.repeating_groups.contains(group.oid);
    if ((event_repeats && (form_repeats || group_repeats)) || (form_repeats && group_repeats)) {
      error(group.line, "ItemGroupRepeatKey", group.repeat_key,
            "a repeat inside a repeat (event '" + event + "', form '" + form +
                "') has no place in a flat export");
      return nullptr;
    }
    SourceRow row;
    row.line = form_repeats || !group_repeats ? form_data.line : group.line;
    row.record = record;
    row.event = event;
    std::string instance;
    if (form_repeats || group_repeats) {
      row.repeat_instrument = form_repeats ? form : group.oid;
      instance = form_repeats ? form_data.repeat_key : group.repeat_key;
    } else if (event_repeats) {
      instance = event_data.repeat_key;
    }
    const std::string key = record + k_key_separator + event + k_key_separator +
                            row.repeat_instrument + k_key_separator + instance;
    const auto found = m_rows.find(key);
    if (found != m_rows.end()) {
      return found->second == k_unusable ? nullptr : &m_table.rows[found->second];
    }
    if (!redcap::check_row_keys(m_context, m_table, row, instance, m_problems)) {
      m_rows.emplace(key, k_unusable);
      return nullptr;
    }
    m_rows.emplace(key, m_table.rows.size());
    m_table.rows.push_back(std::move(row));
    return &m_table.rows.back();
  }

  void read_group(const std::string& record, const std::string& event,
                  const StudyEventData& event_data, const std::string& form,
                  const FormData& form_data, const ItemGroupData& group,
                  std::string& subject_group) {
    SourceRow* row = row_for(record, event, form, event_data, form_data, group);
    if (!row) return;
    const std::string& record_id = m_context.dictionary.record_id().name;
    for (const ItemData& item : group.items) {
      if (item.oid == record_id) continue;  // the SubjectKey already names the record
      if (item.oid == redcap::k_group_column) {
        subject_group = item.value;
        continue;
      }
      auto column = m_table.column(item.oid);
      if (!column) {
        auto classified = redcap::classify_column(item.oid, m_context.dictionary);
        if (!classified) {
          error(item.line, item.oid, item.value,
                "ItemOID has no ItemDef in a form of the metadata: " + classified.error().message);
          continue;
        }
        column = m_table.add_column(std::move(*classified));
      }
      const ColumnRole role = m_table.columns[*column].role;
      if (role != ColumnRole::field && role != ColumnRole::form_complete &&
          role != ColumnRole::survey_timestamp) {
        continue;
      }
      const bool repeated = std::any_of(row->values.begin(), row->values.end(),
                                        [&](const auto& cell) { return cell.first == *column; });
      if (repeated) {
        error(item.line, item.oid, item.value,
              "the item is given twice for record '" + record + "' in the same event and instance");
        continue;
      }
      const std::string_view value = util::trim(item.value);
      if (!value.empty())
        redcap::read_cell(m_context, m_table, *row, *column, value, item.line, m_problems);
    }
  }

  static constexpr std::size_t k_unusable = static_cast<std::size_t>(-1);
  const OdmProject& m_project;
  const redcap::CellContext& m_context;
  SourceTable& m_table;
  ImportProblems& m_problems;
  std::unordered_map<std::string, std::size_t> m_rows;
};

SourceTable build_table(const OdmDocument& document, const OdmProject& project,
                        const redcap::CellContext& context, ImportProblems& problems) {
  SourceTable table;
  table.file = context.file;
  table.longitudinal = std::any_of(
      document.subjects.begin(), document.subjects.end(), [](const SubjectData& subject) {
        return std::any_of(subject.events.begin(), subject.events.end(),
                           [](const StudyEventData& e) { return !e.oid.empty(); });
      });
  const redcap::Dictionary& dictionary = project.dictionary;
  std::vector<std::string> names{dictionary.record_id().name};
  if (table.longitudinal) names.emplace_back(redcap::k_event_column);
  names.insert(names.end(), {"redcap_repeat_instrument", std::string(redcap::k_instance_column),
                             std::string(redcap::k_group_column)});
  for (std::size_t i = 1; i < dictionary.fields().size(); ++i)
    names.push_back(dictionary.fields()[i].name);
  for (const std::string& form : dictionary.forms()) names.push_back(form + "_complete");
  for (const std::string& name : names) {
    auto column = redcap::classify_column(name, dictionary);
    if (column) table.add_column(std::move(*column));
  }
  RowBuilder rows(project, context, table, problems);
  for (const SubjectData& subject : document.subjects) rows.subject(subject);
  for (SourceRow& row : table.rows) {
    const auto by_column = [](const auto& a, const auto& b) { return a.first < b.first; };
    std::sort(row.values.begin(), row.values.end(), by_column);
    std::sort(row.raw.begin(), row.raw.end(), by_column);
  }
  redcap::check_rows(table, problems);
  return table;
}

}  // namespace

redcap::ImportInput read_odm_text(std::string_view text, const std::string& file_name,
                                  redcap::ImportMapping mapping,
                                  const redcap::ReadProgress& progress) {
  redcap::ImportInput input;
  input.source = "odm";
  input.mapping = std::move(mapping);
  ImportProblems& problems = input.problems;
  auto document = parse_odm(text, progress);
  if (!document) {
    problems.error(file_name, 0, "", "", document.error().message);
    return input;
  }
  const OdmProject project = read_odm_project(*document, file_name, problems);
  input.fields = project.dictionary.fields().size();
  input.events = project.events.events().size();
  redcap::check_mapping(input.mapping, project.dictionary, project.events, problems);
  const redcap::CellContext context{project.dictionary, project.events, input.mapping.missing_codes,
                                    file_name};
  const SourceTable table = build_table(*document, project, context, problems);
  input.batch = redcap::build_records(table, project.dictionary, input.mapping, problems);
  return input;
}

redcap::ImportInput read_odm_export(const std::filesystem::path& odm_file,
                                    const std::filesystem::path& mapping_file,
                                    const redcap::ReadProgress& progress) {
  auto mapping = redcap::read_mapping_file(mapping_file);
  auto text = util::read_file(odm_file);
  if (!mapping || !text) {
    redcap::ImportInput input;
    input.source = "odm";
    if (!mapping)
      input.problems.error(mapping_file.filename().string(), 0, "", "", mapping.error().message);
    if (!text) input.problems.error(odm_file.filename().string(), 0, "", "", text.error().message);
    return input;
  }
  return read_odm_text(*text, odm_file.filename().string(), std::move(*mapping), progress);
}

}  // namespace myoivig::io::odm
