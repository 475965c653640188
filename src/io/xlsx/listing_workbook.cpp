#include "io/xlsx/listing_workbook.hpp"

#include <ctime>
#include <system_error>

#include <fmt/format.h>
#include <xlsxwriter.h>

#include "io/xlsx/xlsx_sheet.hpp"

namespace myoivig::io::xlsx {
namespace {

using listing::InvestigatorListings;

constexpr double k_label_width = 14;
constexpr double k_text_width = 100;
constexpr double k_rows_width = 10;

struct Cursor {
  lxw_worksheet* sheet;
  lxw_row_t row = 0;
  lxw_error error = LXW_NO_ERROR;

  void write(lxw_col_t column, const std::string& text, lxw_format* format) {
    if (error == LXW_NO_ERROR && !text.empty()) {
      error = worksheet_write_string(sheet, row, column, text.c_str(), format);
    }
  }
  void number(lxw_col_t column, double value) {
    if (error == LXW_NO_ERROR) error = worksheet_write_number(sheet, row, column, value, nullptr);
  }
};

// The About sheet: title, the About lines, then every sheet with its rows.
util::Expected<void> write_about(lxw_workbook* workbook, const XlsxFormats& formats,
                                 const InvestigatorListings& listings,
                                 const WorkbookSettings& settings) {
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, "About");
  if (!sheet) return util::invalid_argument("XLSX sheet 'About': libxlsxwriter could not add it");
  worksheet_set_column(sheet, 0, 0, k_label_width, nullptr);
  worksheet_set_column(sheet, 1, 1, k_text_width, formats.wrap);
  worksheet_set_column(sheet, 2, 2, k_rows_width, nullptr);
  Cursor cursor{sheet};
  cursor.write(0, "myoivig investigator listings: " + listings.study_id, formats.title);
  ++cursor.row;
  if (listings.synthetic) {
    cursor.write(0, "SYNTHETIC DATA: invented patients, no real patient data", formats.warning);
    ++cursor.row;
  }
  ++cursor.row;
  for (const auto& [label, text] : listing::about_lines(listings, settings.exported_utc)) {
    if (text.empty()) continue;
    cursor.write(0, label, formats.label);
    cursor.write(1, text,
                 label == "Arm" && listings.arm == listing::ArmVisibility::withheld
                     ? formats.warning
                     : formats.wrap);
    ++cursor.row;
  }
  cursor.write(0, "Software", formats.label);
  cursor.write(1, settings.software, formats.wrap);
  cursor.row += 2;
  cursor.write(0, "Sheet", formats.header);
  cursor.write(1, "One row per", formats.header);
  cursor.write(2, "Rows", formats.header);
  for (const listing::Listing& listing : listings.listings) {
    ++cursor.row;
    cursor.write(0, listing.sheet, nullptr);
    cursor.write(1, listing.title, formats.wrap);
    cursor.number(2, static_cast<double>(listing.rows));
  }
  cursor.row += 2;
  cursor.write(1,
               "Dates are Excel dates (yyyy-mm-dd), infusion times local times of the site, query "
               "times UTC. Empty cells are missing values. Each sheet has a frozen header row "
               "with filters.",
               formats.wrap);
  if (cursor.error != LXW_NO_ERROR) {
    return util::invalid_argument(
        fmt::format("XLSX sheet 'About', row {}: {}", cursor.row + 1, describe(cursor.error)));
  }
  worksheet_activate(sheet);
  return {};
}

util::Expected<std::vector<WorkbookSheet>> write_sheets(lxw_workbook* workbook,
                                                        const InvestigatorListings& listings,
                                                        const WorkbookSettings& settings) {
  const XlsxFormats formats = add_formats(workbook);
  std::vector<WorkbookSheet> sheets;
  MYOIVIG_TRY(write_about(workbook, formats, listings, settings));
  sheets.push_back({"About", 0, 3});
  for (const listing::Listing& listing : listings.listings) {
    MYOIVIG_TRY(write_listing_sheet(workbook, formats, listing, listings.synthetic));
    sheets.push_back({listing.sheet, listing.rows, listing.columns.size()});
  }
  return sheets;
}

}  // namespace

util::Expected<std::vector<WorkbookSheet>> write_listing_workbook(
    const InvestigatorListings& listings, const std::filesystem::path& path,
    const WorkbookSettings& settings) {
  // libxlsxwriter reports a missing folder only when closing, and on stderr: check first.
  const std::filesystem::path folder =
      path.parent_path().empty() ? std::filesystem::path(".") : path.parent_path();
  std::error_code status;
  if (!std::filesystem::is_directory(folder, status)) {
    return util::io_error("cannot write '" + path.string() + "': folder '" + folder.string() +
                          "' does not exist");
  }
  std::filesystem::path partial = path;
  partial += ".partial";
  lxw_workbook_options options{};
  options.constant_memory = LXW_TRUE;
  lxw_workbook* workbook = workbook_new_opt(partial.c_str(), &options);
  if (!workbook) return util::io_error("cannot start the workbook '" + path.string() + "'");

  const std::string title = "Investigator listings: " + listings.study_id;
  const std::string subject = "Protocol " + listings.protocol_id;
  const std::string comments =
      listings.synthetic ? "SYNTHETIC data: invented patients, no real patient data" : "";
  lxw_doc_properties properties{};
  properties.title = const_cast<char*>(title.c_str());
  properties.subject = const_cast<char*>(subject.c_str());
  properties.author = const_cast<char*>(settings.software.c_str());
  properties.comments = const_cast<char*>(comments.c_str());
  properties.created = static_cast<std::time_t>(settings.created_seconds);
  workbook_set_properties(workbook, &properties);

  auto sheets = write_sheets(workbook, listings, settings);
  const lxw_error closed = workbook_close(workbook);  // frees the workbook in every case
  std::error_code ignored;
  if (!sheets) {
    std::filesystem::remove(partial, ignored);
    return sheets.error();
  }
  if (closed != LXW_NO_ERROR) {
    std::filesystem::remove(partial, ignored);
    return util::io_error("cannot write '" + path.string() + "': " + describe(closed));
  }
  std::error_code renamed;
  std::filesystem::rename(partial, path, renamed);
  if (renamed) {
    std::filesystem::remove(partial, ignored);
    return util::io_error("cannot write '" + path.string() + "': " + renamed.message());
  }
  return sheets;
}

}  // namespace myoivig::io::xlsx
