// Shared pieces of the `myoivig stats` subcommands (cli/stats_command.cpp,
// cli/stats_count_commands.cpp): reading sample columns from a CSV file, parsing the
// common flags, and formatting numbers for people and for JSON.
// Thread-safety: pure functions except for the file reading.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "io/json_number.hpp"
#include "stats/alternative.hpp"
#include "util/expected.hpp"

namespace CLI {
class App;
}

namespace myoivig::cli::stats_cli {

// Columns of a CSV file with a header row. An empty cell is a missing value (NaN); other
// cells must be finite numbers. With a y column the tests use the paired differences x - y
// over the complete cases.
struct SampleColumns {
  std::vector<double> x;
  std::vector<double> y;  // empty without --y
  bool paired = false;
  std::string label;  // "x" or "x - y", with the column names
};

// Flags of the commands that read a sample (--csv, --x, --y) and the common test flags.
struct SampleFlags {
  std::string csv;
  std::string x_column;
  std::string y_column;
  double mu = 0.0;
  std::string alternative = "two-sided";
  double conf_level = 0.95;
  bool json = false;
};

// Adds --csv, --x, --y and --json; with `test_flags` also --mu, --alternative and
// (with `conf_level`) --conf-level.
void add_sample_flags(CLI::App& command, SampleFlags& flags, bool test_flags, bool conf_level);

util::Expected<SampleColumns> read_sample(const SampleFlags& flags);

// "--alternative: must be one of two-sided, less, greater, got 'x'" on error.
util::Expected<stats::Alternative> parse_alternative_flag(std::string_view text);

// "--<flag>: must be true or false ..." on error.
util::Expected<bool> parse_bool_flag(std::string_view flag, std::string_view text);

// A JSON number; null for an infinite interval end or an undefined value.
using io::json_number;

// Up to 6 significant digits for people ("0.0078125", "4", "1.23457e-12", "Inf").
std::string human(double value);

// "95%" for 0.95.
std::string percent(double level);

// "[4, 13.5]" with unbounded ends written as -Inf/Inf.
std::string interval_text(double low, double high);

}  // namespace myoivig::cli::stats_cli
