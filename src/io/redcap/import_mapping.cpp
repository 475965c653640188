#include "io/redcap/import_mapping.hpp"

#include <algorithm>

#include <toml++/toml.h>

#include "io/bundle_rows.hpp"
#include "io/redcap/source_cells.hpp"
#include "io/toml_reader.hpp"
#include "util/file.hpp"
#include "util/strings.hpp"

namespace myoivig::io::redcap {
namespace {

using util::Expected;

constexpr std::string_view k_vas_suffix = "_vas_cm";

util::Error at(const std::string& key, const std::string& rule) {
  return util::invalid_argument(key + ": " + rule);
}

std::string known_columns(std::string_view entity) {
  std::string known;
  for (const BundleColumn& column : bundle_columns(entity)) {
    known += (known.empty() ? "" : ", ") + std::string(column.name);
  }
  return known;
}

Expected<ColumnSource> read_source(const toml::node& node, const std::string& key,
                                   std::string_view column) {
  ColumnSource source;
  if (node.is_string()) {
    source.field = std::string(node.as_string()->get());
    if (source.field.empty()) return at(key, "names no export column");
    return source;
  }
  if (!node.is_table()) {
    return at(key, "must be an export column name or a table { field = ..., values = ... }");
  }
  TomlTableReader reader(*node.as_table(), key);
  MYOIVIG_TRY_ASSIGN(field, reader.string("field", std::string()));
  MYOIVIG_TRY_ASSIGN(values, reader.table("values", false));
  MYOIVIG_TRY_ASSIGN(unit, reader.string("unit", std::string()));
  const bool has_constant = node.as_table()->contains("value");
  if (has_constant) {
    MYOIVIG_TRY_ASSIGN(constant, reader.string("value"));
    source.constant = constant;
  }
  MYOIVIG_TRY(reader.refuse_unknown());
  if (field.empty() == !has_constant) {
    return at(key, "give exactly one of field (an export column) and value (a constant)");
  }
  source.field = field;
  if (values) {
    for (const auto& [code, text] : *values) {
      if (!text.is_string()) {
        return at(key + ".values." + std::string(code.str()), "must be a string");
      }
      source.values.emplace(std::string(code.str()), std::string(text.as_string()->get()));
    }
  }
  if (!unit.empty()) {
    const bool vas = column.size() > k_vas_suffix.size() &&
                     column.substr(column.size() - k_vas_suffix.size()) == k_vas_suffix;
    if (unit != "mm" || !vas) {
      return at(key + ".unit",
                "only \"mm\" is known, for a *_vas_cm column (a VAS exported "
                "in whole millimetres)");
    }
    source.millimetres = true;
  }
  return source;
}

Expected<EntityMapping> read_entity(const toml::node& node, std::string_view entity,
                                    const std::string& key) {
  if (!node.is_table()) return at(key, "must be a table");
  TomlTableReader reader(*node.as_table(), key);
  EntityMapping mapping;
  mapping.entity = std::string(entity);
  mapping.key = key;
  MYOIVIG_TRY_ASSIGN(form, reader.string("form"));
  MYOIVIG_TRY_ASSIGN(events, reader.strings("events", false));
  MYOIVIG_TRY_ASSIGN(columns, reader.table("columns"));
  MYOIVIG_TRY(reader.refuse_unknown());
  mapping.form = form;
  mapping.events = events;
  const std::vector<BundleColumn>& known = bundle_columns(entity);
  for (const auto& [name, source_node] : *columns) {
    const std::string column(name.str());
    const std::string column_key = key + ".columns." + column;
    const bool is_known = std::any_of(known.begin(), known.end(),
                                      [&](const BundleColumn& c) { return c.name == column; });
    if (!is_known) {
      return at(column_key, "not a column of " + std::string(entity) +
                                " (known: " + known_columns(entity) + ")");
    }
    MYOIVIG_TRY_ASSIGN(source, read_source(source_node, column_key, column));
    mapping.columns.push_back({column, std::move(source)});
  }
  for (const BundleColumn& column : known) {
    if (column.required && !mapping.column(column.name)) {
      return at(key + ".columns", "required column '" + std::string(column.name) + "' of " +
                                      std::string(entity) + " is not mapped");
    }
  }
  return mapping;
}

Expected<void> read_header_tables(TomlTableReader& root, ImportMapping& mapping) {
  MYOIVIG_TRY_ASSIGN(study, root.table("study", false));
  if (study) {
    TomlTableReader reader(*study, "study");
    MYOIVIG_TRY_ASSIGN(study_id, reader.string("study_id", std::string()));
    MYOIVIG_TRY_ASSIGN(protocol, reader.string("protocol", std::string()));
    MYOIVIG_TRY_ASSIGN(description, reader.string("description", std::string()));
    MYOIVIG_TRY_ASSIGN(synthetic, reader.boolean("synthetic", false));
    MYOIVIG_TRY(reader.refuse_unknown());
    mapping.study_id = study_id;
    mapping.protocol = protocol;
    mapping.description = description;
    mapping.synthetic = synthetic;
  }
  MYOIVIG_TRY_ASSIGN(source, root.table("source", false));
  if (source) {
    TomlTableReader reader(*source, "source");
    MYOIVIG_TRY_ASSIGN(codes, reader.strings("missing_codes", false));
    MYOIVIG_TRY(reader.refuse_unknown());
    mapping.missing_codes = codes;
  }
  MYOIVIG_TRY_ASSIGN(events, root.table("events", false));
  if (events) {
    for (const auto& [name, week] : *events) {
      const std::string key = "events." + std::string(name.str());
      if (!week.is_integer()) return at(key, "must be a whole week number, e.g. 12 or -4");
      const std::int64_t value = week.as_integer()->get();
      constexpr std::int64_t k_max_weeks = 1000;
      if (value < -k_max_weeks || value > k_max_weeks) {
        return at(key, "a week from -1000 to 1000");
      }
      mapping.event_weeks.emplace(std::string(name.str()), static_cast<int>(value));
    }
  }
  return {};
}

}  // namespace

const ColumnMapping* EntityMapping::column(std::string_view name) const {
  for (const ColumnMapping& mapped : columns) {
    if (mapped.column == name) return &mapped;
  }
  return nullptr;
}

const std::vector<std::string_view>& mapped_entities() {
  static const std::vector<std::string_view> k_entities{
      "patients",        "allocations", "conditions",  "steroid_doses", "courses",
      "administrations", "visits",      "assessments", "muscle_grades", "adverse_events"};
  return k_entities;
}

Expected<ImportMapping> parse_mapping(std::string_view text, const std::string& file_name) {
  toml::table document;
  try {
    document = toml::parse(text);
  } catch (const toml::parse_error& error) {
    return util::invalid_argument(file_name + ":" + std::to_string(error.source().begin.line) +
                                  ": " + std::string(error.description()));
  }
  ImportMapping mapping;
  mapping.file = file_name;
  TomlTableReader root(document, "");
  auto header = read_header_tables(root, mapping);
  if (!header) return header.error().with_context(file_name);
  for (std::string_view entity : mapped_entities()) {
    auto items = root.array(entity, false);
    if (!items) {
      return util::invalid_argument(file_name + ": " + std::string(entity) + ": write it as [[" +
                                    std::string(entity) + "]] (an array of tables)");
    }
    if (!*items) continue;
    for (std::size_t i = 0; i < (*items)->size(); ++i) {
      const std::string key = std::string(entity) + "[" + std::to_string(i) + "]";
      auto mapped = read_entity(*(*items)->get(i), entity, key);
      if (!mapped) return mapped.error().with_context(file_name);
      mapping.entities.push_back(std::move(*mapped));
    }
  }
  auto unknown = root.refuse_unknown();
  if (!unknown) return unknown.error().with_context(file_name);
  const bool has_patients =
      std::any_of(mapping.entities.begin(), mapping.entities.end(),
                  [](const EntityMapping& e) { return e.entity == "patients"; });
  if (!has_patients) {
    return util::invalid_argument(file_name +
                                  ": [[patients]]: the mapping must say where patients come from");
  }
  return mapping;
}

Expected<ImportMapping> read_mapping_file(const std::filesystem::path& path) {
  MYOIVIG_TRY_ASSIGN(text, util::read_file(path));
  return parse_mapping(text, path.filename().string());
}

void check_mapping(const ImportMapping& mapping, const Dictionary& dictionary,
                   const EventDesign& events, ImportProblems& problems) {
  const std::string& file = mapping.file;
  for (const auto& [event, week] : mapping.event_weeks) {
    if (!events.empty() && !events.has_event(event)) {
      problems.error(file, 0, "events." + event, "", "not an event of the events file");
    }
  }
  for (const EntityMapping& entity : mapping.entities) {
    if (!dictionary.has_form(entity.form)) {
      problems.error(file, 0, entity.key + ".form", entity.form, "not a form of the project");
    }
    for (const std::string& event : entity.events) {
      if (!events.empty() && !events.has_event(event)) {
        problems.error(file, 0, entity.key + ".events", event, "not an event of the project");
      } else if (!events.empty() && !events.designated(event, entity.form)) {
        problems.error(file, 0, entity.key + ".events", event,
                       "form '" + entity.form + "' is not collected at this event");
      }
    }
    for (const ColumnMapping& mapped : entity.columns) {
      const ColumnSource& source = mapped.source;
      const std::string key = entity.key + ".columns." + mapped.column;
      if (source.constant) continue;
      if (source.field == k_event_column && mapped.column == "week" &&
          mapping.event_weeks.empty()) {
        problems.error(file, 0, key, source.field,
                       "weeks come from the events, but the mapping has no [events] table");
      }
      auto column = classify_column(source.field, dictionary);
      if (!column) {
        problems.error(file, 0, key, source.field, "not a column of the project's export");
        continue;
      }
      if (!column->field || column->choice || source.values.empty()) continue;
      const Field& field = dictionary.fields()[*column->field];
      if (field.kind != ValueKind::coded) continue;
      for (const auto& [code, text] : source.values) {
        if (!field.choice(code)) {
          problems.error(file, 0, key + ".values." + code, text,
                         "'" + code + "' is not a code of field '" + field.name + "'");
        }
      }
    }
  }
}

}  // namespace myoivig::io::redcap
