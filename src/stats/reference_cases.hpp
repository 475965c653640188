// Test support (compiled into myoivig_stats_tests only): the reference values that
// tests/reference/stats_reference.R computes with R 4.2.2 and writes to
// tests/reference/stats_*.csv. Cells hold numbers written with 17 significant digits,
// "NA", "NaN", "Inf"/"-Inf", or space-separated vectors of them.
// The repository is found through MYOIVIG_SOURCE_DIR (environment variable first, then the
// compile definition of the same name).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "util/csv.hpp"

namespace myoivig::stats::testing {

class ReferenceTable {
 public:
  // Reads tests/reference/<file_name>; on failure the table is empty and `error()` says why.
  explicit ReferenceTable(std::string_view file_name);

  [[nodiscard]] const std::string& error() const { return m_error; }
  [[nodiscard]] std::size_t size() const { return m_table.rows.size(); }

  [[nodiscard]] std::string text(std::size_t row, std::string_view column) const;
  [[nodiscard]] double number(std::size_t row, std::string_view column) const;  // NA -> NaN
  [[nodiscard]] std::int64_t integer(std::size_t row, std::string_view column) const;
  [[nodiscard]] std::vector<double> numbers(std::size_t row, std::string_view column) const;

 private:
  util::CsvTable m_table;
  std::string m_error;
};

// Parses one reference cell: a number, NA/NaN (quiet NaN) or Inf/-Inf.
double parse_reference_number(std::string_view text);

// |actual - expected| <= tolerance * max(|actual|, |expected|), equal infinities, or both
// NaN. Relative, as the spec states the tolerances.
::testing::AssertionResult near_relative(double actual, double expected, double tolerance);

// The same with the difference measured against max(1, |expected|): for values R finds
// with uniroot, whose tolerance is absolute.
::testing::AssertionResult near_root(double actual, double expected, double tolerance);

}  // namespace myoivig::stats::testing
