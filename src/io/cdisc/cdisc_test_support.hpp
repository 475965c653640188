// Test support for the CDISC export tests: the bundled demo studies with their protocols,
// and lookups of a dataset and a cell by name. For *_test.cpp files only.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include <gtest/gtest.h>

#include "domain/protocol.hpp"
#include "domain/study_data.hpp"
#include "io/bundle_reader.hpp"
#include "io/cdisc/cdisc_export.hpp"
#include "io/protocol_file.hpp"

namespace myoivig::io::cdisc::testing {

struct DemoStudy {
  domain::StudyData data;
  domain::Protocol protocol;
};

// data/demo/<bundle> with protocols/<protocol_file>; fails the test when either is unreadable.
inline DemoStudy load_demo(const std::string& bundle, const std::string& protocol_file) {
  const std::filesystem::path source(MYOIVIG_SOURCE_DIR);
  DemoStudy study;
  auto read = read_bundle(source / "data" / "demo" / bundle);
  EXPECT_TRUE(read) << (read ? "" : read.error().message);
  if (read) study.data = std::move(read->data);
  auto protocol = read_protocol_file(source / "protocols" / protocol_file);
  EXPECT_TRUE(protocol) << (protocol ? "" : protocol.error().message);
  if (protocol) study.protocol = std::move(*protocol);
  return study;
}

inline DemoStudy seed_study() {
  return load_demo("seed-study", "seed-ivig.toml");
}
inline DemoStudy rct_study() {
  return load_demo("rct-trial", "rct-ivig-2g.toml");
}

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
