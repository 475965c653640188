#include "io/bundle_reader.hpp"

#include <algorithm>
#include <type_traits>

#include "domain/study_integrity.hpp"
#include "io/bundle_rows.hpp"
#include "util/file.hpp"
#include "util/strings.hpp"

namespace myoivig::io {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view k_csv = ".csv";

util::Error in_file(const fs::path& file, std::size_t line, const util::Error& error) {
  return error.with_context(file.filename().string() + ":" + std::to_string(line));
}

util::Expected<void> check_header(const fs::path& file, const util::CsvTable& table,
                                  const std::vector<BundleColumn>& columns) {
  std::string known;
  for (const BundleColumn& column : columns) {
    known += (known.empty() ? "" : ", ") + std::string(column.name);
  }
  for (const std::string& name : table.header) {
    const bool is_known = std::any_of(columns.begin(), columns.end(),
                                      [&](const BundleColumn& c) { return c.name == name; });
    if (!is_known) {
      return util::invalid_argument(file.filename().string() + ":1: unknown column '" + name +
                                    "' (known: " + known + ")");
    }
    if (std::count(table.header.begin(), table.header.end(), name) > 1) {
      return util::invalid_argument(file.filename().string() + ":1: column '" + name +
                                    "' appears twice");
    }
  }
  for (const BundleColumn& column : columns) {
    if (column.required && !table.column(column.name)) {
      return util::invalid_argument(file.filename().string() + ":1: required column '" +
                                    std::string(column.name) + "' is missing");
    }
  }
  return {};
}

// parse_csv's errors read "line N: <rule>" (util/csv.hpp); the bundle's read
// "<file>:N: <rule>" like every other error of the format (docs/bundle.md).
util::Error csv_error(const fs::path& file, const util::Error& error) {
  constexpr std::string_view k_line = "line ";
  const std::size_t colon = error.message.find(": ");
  if (!util::starts_with(error.message, k_line) || colon == std::string::npos) {
    return error.with_context(file.filename().string());
  }
  util::Error located = error;
  located.message = file.filename().string() + ":" +
                    error.message.substr(k_line.size(), colon - k_line.size()) +
                    error.message.substr(colon);
  return located;
}

fs::path file_of(const fs::path& directory, std::string_view stem) {
  return directory / (std::string(stem) + std::string(k_csv));
}

// Reads `<directory>/<stem>.csv` and checks its header.
util::Expected<util::CsvTable> read_table(const fs::path& directory, std::string_view stem) {
  const fs::path file = file_of(directory, stem);
  if (!fs::exists(file)) return util::not_found(file.string() + ": required file is missing");
  MYOIVIG_TRY_ASSIGN(text, util::read_file(file));
  auto table = util::parse_csv(text);
  if (!table) return csv_error(file, table.error());
  MYOIVIG_TRY(check_header(file, *table, bundle_columns(stem)));
  return table;
}

template <typename Record, typename Parse>
util::Expected<void> read_entity(Bundle& bundle, std::string_view stem, bool required,
                                 std::vector<Record>& records, Parse parse) {
  const fs::path file = file_of(bundle.directory, stem);
  if (!required && !fs::exists(file)) return {};
  MYOIVIG_TRY_ASSIGN(table, read_table(bundle.directory, stem));
  std::vector<std::size_t>& lines = bundle.lines[std::string(stem)];
  for (const util::CsvRow& row : table.rows) {
    auto record = parse(CsvRecord(table, row));
    if (!record) return in_file(file, row.line, record.error());
    records.push_back(std::move(*record));
    lines.push_back(row.line);
  }
  return {};
}

util::Expected<void> read_manifest(Bundle& bundle) {
  MYOIVIG_TRY_ASSIGN(table, read_table(bundle.directory, "manifest"));
  domain::StudyInfo& info = bundle.data.info;
  for (const util::CsvRow& row : table.rows) {
    const CsvRecord record(table, row);
    const std::string key(record.field("key"));
    const std::string value(record.field("value"));
    const auto here = [&](const std::string& message) {
      return util::invalid_argument("manifest.csv:" + std::to_string(row.line) + ": " + message);
    };
    if (key == "study_id") {
      info.study_id = value;
    } else if (key == "protocol") {
      info.protocol_id = value;
    } else if (key == "description") {
      info.description = value;
    } else if (key == "synthetic") {
      auto synthetic = util::parse_bool(value);
      if (!synthetic) return here("synthetic: " + synthetic.error().message);
      info.synthetic = *synthetic;
    } else {
      return here("unknown key '" + key + "' (known: study_id, protocol, description, synthetic)");
    }
  }
  if (info.study_id.empty()) return util::invalid_argument("manifest.csv: study_id is required");
  if (info.protocol_id.empty()) return util::invalid_argument("manifest.csv: protocol is required");
  return {};
}

util::Expected<void> refuse_unknown_files(const fs::path& directory) {
  for (const fs::directory_entry& entry : fs::directory_iterator(directory)) {
    const fs::path& path = entry.path();
    if (path.extension() != k_csv) continue;
    if (bundle_columns(path.stem().string()).empty()) {
      return util::invalid_argument(path.filename().string() +
                                    ": not a file of the bundle format (see docs/bundle.md)");
    }
  }
  return {};
}

std::size_t stored_count(const domain::StudyData& existing, std::string_view entity) {
  std::size_t count = 0;
  domain::for_each_record_type([&]<typename Record>(std::type_identity<Record>) {
    if (domain::RecordFields<Record>::entity == entity) {
      count = domain::records_of<Record>(existing).size();
    }
  });
  return count;
}

std::size_t stored_records(const domain::StudyData& existing) {
  std::size_t count = 0;
  domain::for_each_record_type([&]<typename Record>(std::type_identity<Record>) {
    count += domain::records_of<Record>(existing).size();
  });
  return count;
}

}  // namespace

util::Expected<Bundle> read_bundle(const fs::path& directory) {
  if (!fs::is_directory(directory)) {
    return util::not_found(directory.string() +
                           ": not a folder (a bundle is a folder of CSV files)");
  }
  Bundle bundle;
  bundle.directory = directory;
  domain::StudyData& data = bundle.data;
  MYOIVIG_TRY(refuse_unknown_files(directory));
  MYOIVIG_TRY(read_manifest(bundle));
  util::Expected<void> result;
  domain::for_each_record_type([&]<typename Record>(std::type_identity<Record>) {
    const bool required = std::is_same_v<Record, domain::Patient>;
    if (result) {
      result = read_entity(bundle, domain::RecordFields<Record>::entity, required,
                           domain::records_of<Record>(data), parse_bundle_row<Record>);
    }
  });
  MYOIVIG_TRY(result);
  return bundle;
}

util::Expected<void> check_bundle(const Bundle& bundle, const domain::StudyData& existing,
                                  const domain::Protocol& protocol) {
  if (bundle.data.info.protocol_id != protocol.id) {
    return util::invalid_argument("manifest.csv: protocol '" + bundle.data.info.protocol_id +
                                  "' does not match the database's protocol '" + protocol.id + "'");
  }
  // Into an empty study the bundle is checked as it is, without a copy of every record.
  domain::StudyData combined;
  const domain::StudyData& added = bundle.data;
  const bool nothing_stored = stored_records(existing) == 0;
  if (!nothing_stored) {
    combined = existing;
    domain::for_each_record_type([&]<typename Record>(std::type_identity<Record>) {
      auto& into = domain::records_of<Record>(combined);
      const auto& from = domain::records_of<Record>(added);
      into.insert(into.end(), from.begin(), from.end());
    });
  }
  const auto violation =
      domain::find_integrity_violation(nothing_stored ? added : combined, protocol);
  if (!violation) return {};
  const std::size_t stored = stored_count(existing, violation->entity);
  const std::string file = violation->entity + std::string(k_csv);
  if (violation->index < stored) {
    return violation->error.with_context("stored " + violation->entity + " record " +
                                         std::to_string(violation->index + 1));
  }
  const std::size_t line = bundle.lines.at(violation->entity).at(violation->index - stored);
  return violation->error.with_context(file + ":" + std::to_string(line));
}

}  // namespace myoivig::io
