// Test support for the CDISC export tests: the bundled demo studies with their protocols,
// and lookups of a dataset and a cell by name. For *_test.cpp files only.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include <gtest/gtest.h>

#include "io/cdisc/cdisc_export.hpp"
#include "io/demo_study_for_tests.hpp"

namespace myoivig::io::cdisc::testing {

using io::testing::DemoStudy;
using io::testing::load_demo;
using io::testing::rct_study;
using io::testing::seed_study;

// The dataset called `name`; an empty one (and a test failure) when there is none.
inline const CdiscDataset& dataset(const CdiscExport& exported, std::string_view name) {
  for (const CdiscDataset& candidate : exported.datasets) {
    if (candidate.data.name == name) return candidate;
  }
  ADD_FAILURE() << "no dataset " << name;
  static const CdiscDataset none = make_dataset(Standard::sdtm, "NONE", "", "", "", {}, {});
  return none;
}

// The cell of `variable` in row `row` (1-based); Missing (and a failure) when out of range.
inline xpt::Cell cell(const CdiscDataset& dataset, std::size_t row, std::string_view variable) {
  const auto column = dataset.data.column(variable);
  if (!column || row == 0 || row > dataset.data.rows.size()) {
    ADD_FAILURE() << dataset.data.name << " has no row " << row << " variable " << variable;
    return xpt::missing();
  }
  return dataset.data.rows[row - 1][*column];
}

// Rows whose `variable` holds the text `value`.
inline std::size_t count_text(const CdiscDataset& dataset, std::string_view variable,
                              std::string_view value) {
  const auto column = dataset.data.column(variable);
  if (!column) return 0;
  std::size_t count = 0;
  for (const xpt::Row& row : dataset.data.rows) {
    const auto* text = std::get_if<std::string>(&row[*column]);
    if (text && *text == value) ++count;
  }
  return count;
}

}  // namespace myoivig::io::cdisc::testing
