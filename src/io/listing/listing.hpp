// Listing: one investigator listing (patients, courses, infusions, ...) as a table of typed
// columns, shared by the XLSX workbook (io/xlsx) and the CSV files (io/listing/listing_csv)
// so that both show the same columns with the same values. A Cell holds one typed value (or
// nothing); a Listing produces its rows on demand through `fill`, so a 10,000-patient study
// is never held in memory as cells.
// Thread-safety: Cell is a plain value type; a Listing reads the records it was built from
// (see investigator_listings.hpp) and may be read from several threads when `fill` is.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "util/date.hpp"

namespace myoivig::io::listing {

enum class ColumnType { text, integer, number, date, time, timestamp, boolean };
// "text" | "integer" | "number" | "date" | "time" | "timestamp" | "boolean"
std::string_view code(ColumnType type);

// A moment in UTC to the millisecond (the web application's query timestamps).
struct Timestamp {
  util::Date date;
  int milliseconds_of_day = 0;  // 0-86399999
  auto operator<=>(const Timestamp&) const = default;
};

// "2026-11-24T23:50:00.123Z" (seconds and fraction optional, digits past the millisecond
// dropped; the trailing Z required), or nullopt.
std::optional<Timestamp> parse_utc_timestamp(std::string_view text);
// "2026-11-24T23:50:00Z", or "2026-11-24T23:50:00.123Z" when there are milliseconds.
std::string iso(const Timestamp& timestamp);

// One value of a listing, or empty (a missing value: never written as 0 or "NA").
using Cell = std::variant<std::monostate, std::string, std::int64_t, double, util::Date,
                          util::TimeOfDay, Timestamp, bool>;

// Cells made from the model's optional values; nullopt gives an empty cell.
Cell text_cell(std::string_view text);  // an empty text is an empty cell
Cell integer_cell(std::optional<std::int64_t> value);
Cell number_cell(std::optional<double> value);
Cell date_cell(std::optional<util::Date> value);
Cell time_cell(std::optional<util::TimeOfDay> value);
Cell timestamp_cell(std::string_view iso_text);  // text that is no UTC timestamp: a text cell
Cell boolean_cell(bool value);
// Whole millimetres as centimetres (VAS): 59 -> 5.9.
Cell mm_as_cm_cell(std::optional<int> millimetres);

struct ListingColumn {
  std::string name;  // header cell and CSV column name, e.g. "ck_iu_per_l"
  ColumnType type = ColumnType::text;
  std::string description;  // for the CSV README and the About sheet
};

struct Listing {
  std::string sheet;      // worksheet name, e.g. "adverse events" (at most 31 characters)
  std::string file_stem;  // CSV file name without ".csv", e.g. "adverse_events"
  std::string title;      // one line saying what a row is
  std::vector<ListingColumn> columns;
  std::size_t rows = 0;
  // Sets cells[0 .. columns.size()) to row `row` (0 <= row < rows); `cells` has one entry per
  // column. Each cell is empty or holds the type of its column (a timestamp column may hold
  // text that did not parse).
  std::function<void(std::size_t row, std::vector<Cell>& cells)> fill;
};

}  // namespace myoivig::io::listing
