// Test support for the listing, XLSX and FHIR export tests: the bundled demo studies with
// their protocols, and a listing's rows as CSV field text. For *_test.cpp files only.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "io/demo_study_for_tests.hpp"
#include "io/listing/investigator_listings.hpp"
#include "io/listing/listing_csv.hpp"

namespace myoivig::io::listing::testing {

using io::testing::DemoStudy;
using io::testing::load_demo;
using io::testing::rct_study;
using io::testing::seed_study;

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
