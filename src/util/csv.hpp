// CSV reading (RFC 4180): quoted fields with doubled quotes, separators and line breaks
// inside quotes, LF or CRLF line ends, an optional UTF-8 byte-order mark, a header row.
//
// Every row remembers the line it starts on, so a caller can name file, line and column
// in an error. Thread-safety: pure functions and value types.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "util/expected.hpp"

namespace myoivig::util {

struct CsvRow {
  std::size_t line = 0;  // 1-based line of the file where the row starts
  std::vector<std::string> fields;
};

struct CsvTable {
  std::vector<std::string> header;
  std::vector<CsvRow> rows;

  // Index of a header column, or nullopt.
  [[nodiscard]] std::optional<std::size_t> column(std::string_view name) const;
};

// Parses `text`. Fails with "line N: ..." on an unterminated quote, a stray quote inside
// an unquoted field, or a row whose field count differs from the header's. Blank lines
// are skipped. An empty text yields an error (a header is required).
Expected<CsvTable> parse_csv(std::string_view text);

// Quotes a field for writing when it holds a comma, quote or line break.
std::string csv_escape(std::string_view field);

}  // namespace myoivig::util
