// Test support for the XPT and CDISC tests: where the CDISC pilot files are, a scratch
// folder, and the `readstat` command-line tool (Debian package `readstat`) as a reader
// independent of myoivig: readstat_csv converts an XPT file to CSV with it, and
// mismatch_with_readstat compares a Dataset with that CSV cell by cell. readstat prints a
// number with at most 14 decimals ("%.14f": 1/3 as 0.33333333333333), so numbers are
// compared to 1e-14 absolute plus 1e-15 relative; text exactly. For *_test.cpp files only.
#pragma once

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <variant>

#include <fmt/format.h>
#include <unistd.h>

#include "io/xpt/xpt_dataset.hpp"
#include "util/csv.hpp"
#include "util/file.hpp"
#include "util/strings.hpp"

namespace myoivig::io::xpt::testing {

inline std::filesystem::path pilot_directory() {
  return std::filesystem::path(MYOIVIG_SOURCE_DIR) / ".." / "shared" / "data" / "cdisc-pilot";
}

inline constexpr const char* k_readstat_tool = "/usr/bin/readstat";

// A fresh folder under the system temporary directory, removed when destroyed.
class Scratch {
 public:
  explicit Scratch(const std::string& name)
      : m_path(std::filesystem::temp_directory_path() /
               ("myoivig-xpt-" + name + "-" + std::to_string(::getpid()))) {
    std::filesystem::remove_all(m_path);
    std::filesystem::create_directories(m_path);
  }
  ~Scratch() { std::filesystem::remove_all(m_path); }
  Scratch(const Scratch&) = delete;
  Scratch& operator=(const Scratch&) = delete;
  [[nodiscard]] const std::filesystem::path& path() const { return m_path; }

 private:
  std::filesystem::path m_path;
};

// Runs `readstat XPT CSV` and parses the CSV it writes.
inline util::Expected<util::CsvTable> readstat_csv(const std::filesystem::path& xpt,
                                                   const std::filesystem::path& csv) {
  const std::string command =
      fmt::format("{} '{}' '{}' >/dev/null 2>&1", k_readstat_tool, xpt.string(), csv.string());
  if (std::system(command.c_str()) != 0) {
    return util::io_error("readstat failed: " + command);
  }
  MYOIVIG_TRY_ASSIGN(text, util::read_file(csv));
  return util::parse_csv(text);
}

// The first difference between `dataset` and readstat's CSV of it, or "" when they agree
// on the variable names, the row count and every cell.
inline std::string mismatch_with_readstat(const Dataset& dataset, const util::CsvTable& table) {
  if (table.header.size() != dataset.variables.size()) {
    return fmt::format("{} columns from readstat, {} variables", table.header.size(),
                       dataset.variables.size());
  }
  for (std::size_t c = 0; c < table.header.size(); ++c) {
    if (table.header[c] != dataset.variables[c].name) {
      return fmt::format("column {}: readstat '{}', dataset '{}'", c + 1, table.header[c],
                         dataset.variables[c].name);
    }
  }
  if (table.rows.size() != dataset.rows.size()) {
    return fmt::format("{} rows from readstat, {} in the dataset", table.rows.size(),
                       dataset.rows.size());
  }
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    for (std::size_t c = 0; c < table.header.size(); ++c) {
      const std::string& field = table.rows[r].fields[c];
      const Cell& cell = dataset.rows[r][c];
      const std::string where = fmt::format("row {}, {}", r + 1, table.header[c]);
      if (dataset.variables[c].type == VariableType::character) {
        const auto* text = std::get_if<std::string>(&cell);
        const std::string expected = text ? *text : std::string();
        if (field != expected)
          return fmt::format("{}: readstat '{}', dataset '{}'", where, field, expected);
      } else if (std::holds_alternative<Missing>(cell)) {
        if (!field.empty()) return fmt::format("{}: readstat '{}', dataset missing", where, field);
      } else {
        auto parsed = util::parse_number(field);
        const double expected = std::get<double>(cell);
        if (!parsed || std::fabs(*parsed - expected) > 1e-14 + 1e-15 * std::fabs(expected)) {
          return fmt::format("{}: readstat '{}', dataset {}", where, field, std::get<double>(cell));
        }
      }
    }
  }
  return "";
}

}  // namespace myoivig::io::xpt::testing
