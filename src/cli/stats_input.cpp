#include "cli/stats_input.hpp"

#include <cmath>
#include <cstdio>
#include <limits>

#include <CLI/CLI.hpp>

#include "util/csv.hpp"
#include "util/file.hpp"
#include "util/strings.hpp"

namespace myoivig::cli::stats_cli {
namespace {

util::Expected<std::size_t> find_column(const util::CsvTable& table, const std::string& flag,
                                        const std::string& name, const std::string& path) {
  if (const auto index = table.column(name)) return *index;
  return util::invalid_argument(flag + ": no column '" + name + "' in " + path +
                                " (columns: " + util::join(table.header, ", ") + ")");
}

util::Expected<std::vector<double>> read_column(const util::CsvTable& table, std::size_t column,
                                                const std::string& name, const std::string& path) {
  std::vector<double> values;
  values.reserve(table.rows.size());
  for (const util::CsvRow& row : table.rows) {
    const std::string_view cell = util::trim(row.fields[column]);
    if (cell.empty()) {
      values.push_back(std::numeric_limits<double>::quiet_NaN());
      continue;
    }
    auto value = util::parse_number(cell);
    if (!value) {
      return value.error().with_context(path + ":" + std::to_string(row.line) + ": column '" +
                                        name + "'");
    }
    values.push_back(*value);
  }
  return values;
}

}  // namespace

void add_sample_flags(CLI::App& command, SampleFlags& flags, bool test_flags, bool conf_level) {
  command.add_option("--csv", flags.csv, "CSV file with a header row")->required();
  command.add_option("--x", flags.x_column, "Column of x (empty cells are missing)")->required();
  command.add_option("--y", flags.y_column,
                     "Column of y: test the paired differences x - y (complete pairs)");
  if (test_flags) {
    command.add_option("--mu", flags.mu, "Null value of the location (default 0)");
    command.add_option("--alternative", flags.alternative, "two-sided (default), less or greater");
  }
  if (conf_level) {
    command.add_option("--conf-level", flags.conf_level, "Confidence level (default 0.95)");
  }
  command.add_flag("--json", flags.json, "Print one JSON document");
}

util::Expected<SampleColumns> read_sample(const SampleFlags& flags) {
  MYOIVIG_TRY_ASSIGN(text, util::read_file(flags.csv));
  auto table = util::parse_csv(text);
  if (!table) return table.error().with_context(flags.csv);
  MYOIVIG_TRY_ASSIGN(x_index, find_column(*table, "--x", flags.x_column, flags.csv));
  SampleColumns sample;
  MYOIVIG_TRY_ASSIGN(x, read_column(*table, x_index, flags.x_column, flags.csv));
  sample.x = std::move(x);
  sample.label = flags.x_column;
  if (!flags.y_column.empty()) {
    MYOIVIG_TRY_ASSIGN(y_index, find_column(*table, "--y", flags.y_column, flags.csv));
    MYOIVIG_TRY_ASSIGN(y, read_column(*table, y_index, flags.y_column, flags.csv));
    sample.y = std::move(y);
    sample.paired = true;
    sample.label = flags.x_column + " - " + flags.y_column;
  }
  return sample;
}

util::Expected<stats::Alternative> parse_alternative_flag(std::string_view text) {
  auto alternative = stats::parse_alternative(text);
  if (!alternative) return alternative.error().with_context("--alternative");
  return *alternative;
}

util::Expected<bool> parse_bool_flag(std::string_view flag, std::string_view text) {
  auto value = util::parse_bool(text);
  if (!value) return value.error().with_context(std::string(flag));
  return *value;
}

std::string human(double value) {
  if (std::isnan(value)) return "NA";
  if (std::isinf(value)) return value > 0 ? "Inf" : "-Inf";
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.6g", value);
  return buffer;
}

std::string percent(double level) {
  return human(level * 100) + "%";
}

std::string interval_text(double low, double high) {
  return "[" + human(low) + ", " + human(high) + "]";
}

}  // namespace myoivig::cli::stats_cli
