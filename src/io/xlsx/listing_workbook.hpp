// The investigator listings as one Excel workbook (.xlsx, written through libxlsxwriter): a
// first "About" sheet (study, protocol, SYNTHETIC when the data are, whether the arm is shown,
// the export time, and the sheets with their row counts), then one sheet per listing
// (io/listing/investigator_listings.hpp) with real cell types: numbers as numbers, dates as
// Excel dates formatted yyyy-mm-dd, times hh:mm, timestamps yyyy-mm-dd hh:mm:ss, booleans as
// TRUE/FALSE; a bold frozen header row with an autofilter, and column widths fitted to the
// header and the first rows. Written in libxlsxwriter's constant-memory mode, so a large study
// streams through a temporary file rather than memory.
// Thread-safety: no shared state; writes files.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "io/listing/investigator_listings.hpp"
#include "util/expected.hpp"

namespace myoivig::io::xlsx {

struct WorkbookSettings {
  std::string exported_utc;          // shown on the About sheet, e.g. "2026-11-25T10:00:00Z"
  std::int64_t created_seconds = 0;  // the document's creation time (seconds since 1970 UTC)
  std::string software;              // e.g. "myoivig 0.1.0", the document's author
};

struct WorkbookSheet {
  std::string name;
  std::size_t rows = 0;  // below the header (About: 0)
  std::size_t columns = 0;
};

// Writes the workbook to `path` (replaced when it exists): into "<path>.partial" first,
// renamed into place when complete, so a failure leaves no half-written file. Fails with
// invalid_argument naming the sheet, cell and column for a value Excel cannot hold (a text
// over 32,767 characters, more than 1,048,575 rows) and io_error naming the path when the
// file cannot be written; libxlsxwriter's own message is quoted.
util::Expected<std::vector<WorkbookSheet>> write_listing_workbook(
    const listing::InvestigatorListings& listings, const std::filesystem::path& path,
    const WorkbookSettings& settings);

}  // namespace myoivig::io::xlsx
