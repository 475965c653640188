// Test support for the listing, XLSX and FHIR export tests: the bundled demo studies with
// their protocols, and a listing's rows as CSV field text. For *_test.cpp files only.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "domain/protocol.hpp"
#include "domain/study_data.hpp"
#include "io/bundle_reader.hpp"
#include "io/listing/investigator_listings.hpp"
#include "io/listing/listing_csv.hpp"
#include "io/protocol_file.hpp"

namespace myoivig::io::listing::testing {

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

// The listing whose sheet is `sheet`; fails the test (and returns the first) when absent.
inline const Listing& listing_named(const InvestigatorListings& listings,
                                    const std::string& sheet) {
  for (const Listing& listing : listings.listings) {
    if (listing.sheet == sheet) return listing;
  }
  ADD_FAILURE() << "no listing " << sheet;
  return listings.listings.front();
}

inline std::vector<std::string> column_names(const Listing& listing) {
  std::vector<std::string> names;
  for (const ListingColumn& column : listing.columns) names.push_back(column.name);
  return names;
}

// Row `row` (0-based) as CSV fields joined by commas.
inline std::string row_text(const Listing& listing, std::size_t row) {
  std::vector<Cell> cells(listing.columns.size());
  listing.fill(row, cells);
  std::string text;
  for (std::size_t i = 0; i < cells.size(); ++i) text += (i ? "," : "") + csv_field(cells[i]);
  return text;
}

}  // namespace myoivig::io::listing::testing
