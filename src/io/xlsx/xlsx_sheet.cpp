#include "io/xlsx/xlsx_sheet.hpp"

#include <algorithm>
#include <charconv>
#include <vector>

#include <fmt/format.h>

namespace myoivig::io::xlsx {
namespace {

using listing::Cell;
using listing::ColumnType;

constexpr double k_excel_epoch_offset = 25569;  // 1970-01-01 as an Excel serial day
constexpr double k_minutes_per_day = 1440;
constexpr double k_milliseconds_per_day = 86400000;
constexpr std::size_t k_width_sample_rows = 1000;
constexpr std::size_t k_min_width = 6;
constexpr std::size_t k_max_width = 50;
constexpr std::size_t k_filter_button = 3;  // room for the autofilter's drop-down arrow
constexpr lxw_color_t k_header_fill = 0xD9D9D9;
constexpr lxw_color_t k_warning_red = 0xC00000;
constexpr double k_title_points = 14;

// Characters of UTF-8 text (continuation bytes not counted).
std::size_t characters(const std::string& text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

// Characters a cell shows in its column's format.
std::size_t shown_width(const Cell& cell) {
  struct Width {
    std::size_t operator()(std::monostate) const { return 0; }
    std::size_t operator()(const std::string& text) const { return characters(text); }
    std::size_t operator()(std::int64_t value) const { return std::to_string(value).size(); }
    std::size_t operator()(double value) const {
      char buffer[32];
      return static_cast<std::size_t>(std::to_chars(buffer, buffer + sizeof buffer, value).ptr -
                                      buffer);
    }
    std::size_t operator()(util::Date) const { return 10; }
    std::size_t operator()(util::TimeOfDay) const { return 5; }
    std::size_t operator()(const listing::Timestamp&) const { return 19; }
    std::size_t operator()(bool) const { return 5; }
  };
  return std::visit(Width{}, cell);
}

// Column widths fitted to the header and the first rows.
std::vector<std::size_t> column_widths(const listing::Listing& listing) {
  std::vector<std::size_t> widths;
  for (const listing::ListingColumn& column : listing.columns) {
    widths.push_back(column.name.size() + k_filter_button);
  }
  std::vector<Cell> cells(listing.columns.size());
  for (std::size_t row = 0; row < std::min(listing.rows, k_width_sample_rows); ++row) {
    listing.fill(row, cells);
    for (std::size_t i = 0; i < cells.size(); ++i) {
      widths[i] = std::max(widths[i], shown_width(cells[i]) + 1);
    }
  }
  for (std::size_t& width : widths) width = std::clamp(width, k_min_width, k_max_width);
  return widths;
}

lxw_error write_cell(lxw_worksheet* sheet, const XlsxFormats& formats, lxw_row_t row,
                     lxw_col_t column, const Cell& cell) {
  struct Write {
    lxw_worksheet* sheet;
    const XlsxFormats& formats;
    lxw_row_t row;
    lxw_col_t column;
    lxw_error operator()(std::monostate) const { return LXW_NO_ERROR; }
    lxw_error operator()(const std::string& text) const {
      return worksheet_write_string(sheet, row, column, text.c_str(), nullptr);
    }
    lxw_error operator()(std::int64_t value) const {
      return worksheet_write_number(sheet, row, column, static_cast<double>(value),
                                    formats.integer);
    }
    lxw_error operator()(double value) const {
      return worksheet_write_number(sheet, row, column, value, nullptr);
    }
    lxw_error operator()(util::Date date) const {
      return worksheet_write_number(sheet, row, column, excel_serial(date), formats.date);
    }
    lxw_error operator()(util::TimeOfDay time) const {
      return worksheet_write_number(sheet, row, column, time.minutes() / k_minutes_per_day,
                                    formats.time);
    }
    lxw_error operator()(const listing::Timestamp& timestamp) const {
      return worksheet_write_number(
          sheet, row, column,
          excel_serial(timestamp.date) + timestamp.milliseconds_of_day / k_milliseconds_per_day,
          formats.timestamp);
    }
    lxw_error operator()(bool value) const {
      return worksheet_write_boolean(sheet, row, column, value ? 1 : 0, nullptr);
    }
  };
  return std::visit(Write{sheet, formats, row, column}, cell);
}

lxw_format* number_format(lxw_workbook* workbook, const char* format) {
  lxw_format* added = workbook_add_format(workbook);
  format_set_num_format(added, format);
  return added;
}

}  // namespace

XlsxFormats add_formats(lxw_workbook* workbook) {
  XlsxFormats formats;
  formats.header = workbook_add_format(workbook);
  format_set_bold(formats.header);
  format_set_bg_color(formats.header, k_header_fill);
  format_set_bottom(formats.header, LXW_BORDER_THIN);
  formats.integer = number_format(workbook, "0");
  formats.date = number_format(workbook, "yyyy-mm-dd");
  formats.time = number_format(workbook, "hh:mm");
  formats.timestamp = number_format(workbook, "yyyy-mm-dd hh:mm:ss");
  formats.title = workbook_add_format(workbook);
  format_set_bold(formats.title);
  format_set_font_size(formats.title, k_title_points);
  formats.warning = workbook_add_format(workbook);
  format_set_bold(formats.warning);
  format_set_font_color(formats.warning, k_warning_red);
  formats.label = workbook_add_format(workbook);
  format_set_bold(formats.label);
  format_set_align(formats.label, LXW_ALIGN_VERTICAL_TOP);
  formats.wrap = workbook_add_format(workbook);
  format_set_text_wrap(formats.wrap);
  format_set_align(formats.wrap, LXW_ALIGN_VERTICAL_TOP);
  return formats;
}

double excel_serial(util::Date date) {
  return date.days_since_epoch() + k_excel_epoch_offset;
}

std::string describe(lxw_error error) {
  return fmt::format("{} (libxlsxwriter error {})", lxw_strerror(error), static_cast<int>(error));
}

std::string cell_reference(lxw_row_t row, lxw_col_t column) {
  char name[LXW_MAX_CELL_NAME_LENGTH];
  lxw_rowcol_to_cell(name, row, column);
  return name;
}

util::Expected<void> write_listing_sheet(lxw_workbook* workbook, const XlsxFormats& formats,
                                         const listing::Listing& listing, bool synthetic) {
  const std::string context = "XLSX sheet '" + listing.sheet + "'";
  if (listing.rows >= LXW_ROW_MAX) {
    return util::invalid_argument(
        fmt::format("{}: {} rows do not fit in a worksheet (at most {} below the header)", context,
                    listing.rows, LXW_ROW_MAX - 1));
  }
  if (listing.columns.empty() || listing.columns.size() > LXW_COL_MAX) {
    return util::invalid_argument(fmt::format("{}: {} columns (1-{} fit in a worksheet)", context,
                                              listing.columns.size(), LXW_COL_MAX));
  }
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, listing.sheet.c_str());
  if (!sheet) {
    return util::invalid_argument(context +
                                  ": libxlsxwriter refused the sheet name or ran out of "
                                  "memory for its temporary file");
  }
  const auto last_column = static_cast<lxw_col_t>(listing.columns.size() - 1);
  const std::vector<std::size_t> widths = column_widths(listing);
  for (lxw_col_t column = 0; column <= last_column; ++column) {
    worksheet_set_column(sheet, column, column, static_cast<double>(widths[column]), nullptr);
  }
  worksheet_freeze_panes(sheet, 1, 0);
  worksheet_autofilter(sheet, 0, 0, static_cast<lxw_row_t>(listing.rows), last_column);
  worksheet_repeat_rows(sheet, 0, 0);
  worksheet_set_landscape(sheet);
  if (synthetic) worksheet_set_header(sheet, "&CSYNTHETIC DATA");
  for (lxw_col_t column = 0; column <= last_column; ++column) {
    const lxw_error error = worksheet_write_string(
        sheet, 0, column, listing.columns[column].name.c_str(), formats.header);
    if (error != LXW_NO_ERROR) {
      return util::invalid_argument(
          fmt::format("{}, cell {}: {}", context, cell_reference(0, column), describe(error)));
    }
  }
  std::vector<Cell> cells(listing.columns.size());
  for (std::size_t row = 0; row < listing.rows; ++row) {
    listing.fill(row, cells);
    const auto sheet_row = static_cast<lxw_row_t>(row + 1);
    for (lxw_col_t column = 0; column <= last_column; ++column) {
      const lxw_error error = write_cell(sheet, formats, sheet_row, column, cells[column]);
      if (error != LXW_NO_ERROR) {
        return util::invalid_argument(fmt::format("{}, cell {} (column '{}'): {}", context,
                                                  cell_reference(sheet_row, column),
                                                  listing.columns[column].name, describe(error)));
      }
    }
  }
  return {};
}

}  // namespace myoivig::io::xlsx
