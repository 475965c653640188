#include "io/listing/listing_csv.hpp"

#include <charconv>
#include <system_error>

#include <fmt/format.h>

#include "util/csv.hpp"
#include "util/file.hpp"

namespace myoivig::io::listing {
namespace {

constexpr std::string_view k_line_end = "\r\n";

struct FieldText {
  std::string operator()(std::monostate) const { return {}; }
  std::string operator()(const std::string& text) const { return util::csv_escape(text); }
  std::string operator()(std::int64_t value) const { return std::to_string(value); }
  std::string operator()(double value) const {
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
  }
  std::string operator()(util::Date date) const { return date.iso(); }
  std::string operator()(util::TimeOfDay time) const { return time.hh_mm(); }
  std::string operator()(const Timestamp& timestamp) const { return iso(timestamp); }
  std::string operator()(bool value) const { return value ? "true" : "false"; }
};

}  // namespace

std::string csv_field(const Cell& cell) {
  return std::visit(FieldText{}, cell);
}

std::string listing_csv_text(const Listing& listing) {
  std::string text;
  for (std::size_t i = 0; i < listing.columns.size(); ++i) {
    if (i > 0) text += ',';
    text += util::csv_escape(listing.columns[i].name);
  }
  text += k_line_end;
  std::vector<Cell> cells(listing.columns.size());
  for (std::size_t row = 0; row < listing.rows; ++row) {
    listing.fill(row, cells);
    for (std::size_t i = 0; i < cells.size(); ++i) {
      if (i > 0) text += ',';
      text += csv_field(cells[i]);
    }
    text += k_line_end;
  }
  return text;
}

std::string readme_text(const InvestigatorListings& listings, const std::string& exported_utc) {
  std::string text = "myoivig investigator listings (CSV)\n\n";
  for (const auto& [label, value] : about_lines(listings, exported_utc)) {
    if (!value.empty()) text += fmt::format("{:<12} {}\n", label + ":", value);
  }
  text +=
      "\nFormat: RFC 4180 CSV, UTF-8 without byte-order mark, CRLF line ends, a header row of\n"
      "column names. Missing values are empty fields. Numbers use '.' and are written in\n"
      "their shortest exact form; dates are ISO 8601 (YYYY-MM-DD), times HH:MM (local time of\n"
      "the site), timestamps ISO 8601 UTC; booleans true/false.\n"
      "In R: read.csv(\"patients.csv\", na.strings = \"\", encoding = \"UTF-8\").\n";
  for (const Listing& listing : listings.listings) {
    text += fmt::format("\n{}.csv ({} rows): {}\n", listing.file_stem, listing.rows, listing.title);
    std::size_t width = 0;
    for (const ListingColumn& column : listing.columns) width = std::max(width, column.name.size());
    for (const ListingColumn& column : listing.columns) {
      text += fmt::format("  {:<{}}  {:<9}  {}\n", column.name, width, code(column.type),
                          column.description);
    }
  }
  return text;
}

util::Expected<std::vector<CsvFile>> write_listing_csv(const InvestigatorListings& listings,
                                                       const std::filesystem::path& directory,
                                                       const std::string& exported_utc) {
  std::error_code error;
  std::filesystem::create_directories(directory, error);
  if (error) {
    return util::io_error("cannot create folder '" + directory.string() + "': " + error.message());
  }
  std::vector<CsvFile> written;
  for (const Listing& listing : listings.listings) {
    const std::filesystem::path path = directory / (listing.file_stem + ".csv");
    MYOIVIG_TRY(util::write_file_atomically(path, listing_csv_text(listing)));
    written.push_back({listing.sheet, path, listing.rows, listing.columns.size()});
  }
  const std::filesystem::path readme = directory / "README.txt";
  MYOIVIG_TRY(util::write_file_atomically(readme, readme_text(listings, exported_utc)));
  written.push_back({"", readme, 0, 0});
  return written;
}

}  // namespace myoivig::io::listing
