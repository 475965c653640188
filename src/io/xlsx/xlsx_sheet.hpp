// XlsxFormats and write_listing_sheet: how one listing becomes a worksheet of a libxlsxwriter
// workbook (typed cells, bold frozen header, autofilter, fitted column widths). For io/xlsx
// only: the one place besides listing_workbook.cpp that sees libxlsxwriter's types.
// Thread-safety: works on the caller's workbook, which must not be shared between threads.
#pragma once

#include <string>

#include <xlsxwriter.h>

#include "io/listing/listing.hpp"
#include "util/date.hpp"
#include "util/expected.hpp"

namespace myoivig::io::xlsx {

struct XlsxFormats {
  lxw_format* header = nullptr;     // bold, grey fill, bottom border
  lxw_format* integer = nullptr;    // 0
  lxw_format* date = nullptr;       // yyyy-mm-dd
  lxw_format* time = nullptr;       // hh:mm
  lxw_format* timestamp = nullptr;  // yyyy-mm-dd hh:mm:ss
  lxw_format* title = nullptr;      // bold, 14 pt
  lxw_format* warning = nullptr;    // bold, red
  lxw_format* label = nullptr;      // bold
  lxw_format* wrap = nullptr;       // wrapped text, top aligned
};

// Adds the formats to `workbook` (owned by it).
XlsxFormats add_formats(lxw_workbook* workbook);

// Excel's serial day number of `date` (1900 date system: 1970-01-01 is 25569).
double excel_serial(util::Date date);

// "<libxlsxwriter's message> (libxlsxwriter error N)".
std::string describe(lxw_error error);

// "A1"-style reference of a zero-based row and column.
std::string cell_reference(lxw_row_t row, lxw_col_t column);

// Adds a worksheet named listing.sheet and writes the listing into it. `synthetic` puts
// "SYNTHETIC DATA" into the printed page header. Fails with invalid_argument naming the sheet
// (and cell and column) when libxlsxwriter refuses a value or the rows do not fit.
util::Expected<void> write_listing_sheet(lxw_workbook* workbook, const XlsxFormats& formats,
                                         const listing::Listing& listing, bool synthetic);

}  // namespace myoivig::io::xlsx
