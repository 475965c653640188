// The investigator listings as CSV files for R and SAS users: one <file_stem>.csv per listing
// (patients.csv, courses.csv, infusions.csv, visits.csv, assessments.csv, adverse_events.csv,
// queries.csv) and README.txt describing the export and every column.
// CSV: RFC 4180 (comma, fields with a comma, quote or line break quoted with "" for a quote,
// CRLF line ends), UTF-8 without a byte-order mark, a header row of column names; numbers in
// their shortest exact form ("64.3"), dates ISO 8601 (2001-03-12), times HH:MM, timestamps
// ISO 8601 UTC (2026-11-24T23:50:00Z), booleans true/false, missing values empty.
// Thread-safety: pure formatting functions; write_listing_csv writes files.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "io/listing/investigator_listings.hpp"
#include "io/listing/listing.hpp"
#include "util/expected.hpp"

namespace myoivig::io::listing {

// One cell as CSV field text (quoted when needed).
std::string csv_field(const Cell& cell);

// The whole CSV file of one listing: header row, then one line per row.
std::string listing_csv_text(const Listing& listing);

// README.txt: the About lines, then per file its name, rows, what a row is, and each column
// with its type and description.
std::string readme_text(const InvestigatorListings& listings, const std::string& exported_utc);

struct CsvFile {
  std::string listing;  // the listing's sheet name; "" for README.txt
  std::filesystem::path path;
  std::size_t rows = 0;
  std::size_t columns = 0;
};

// Writes every listing and README.txt into `directory` (created when missing; files of the
// same names are replaced, each written beside its destination and renamed into place).
// Fails with io_error naming the path when the folder or a file cannot be written.
util::Expected<std::vector<CsvFile>> write_listing_csv(const InvestigatorListings& listings,
                                                       const std::filesystem::path& directory,
                                                       const std::string& exported_utc);

}  // namespace myoivig::io::listing
