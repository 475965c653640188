// CsvStream: reads an RFC 4180 CSV text one record at a time (quoted fields with doubled
// quotes, separators and line breaks inside quotes, LF or CRLF, an optional UTF-8
// byte-order mark; blank lines skipped), the same rules as util/csv.hpp. It exists beside
// util::parse_csv for large exports: it keeps one row in memory instead of the whole
// table, leaves the field-count check to the caller (so that every ragged row can be
// reported, not only the first) and says how far it has read (for a progress bar).
// Thread-safety: one stream per thread; it views a text the caller keeps alive.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "util/expected.hpp"

namespace myoivig::io::redcap {

class CsvStream {
 public:
  explicit CsvStream(std::string_view text);

  // Reads the next record into `fields` (reusing their storage) and sets `line` to the line
  // it starts on; returns false at the end. Fails with "line N: ..." on an unterminated
  // quote or a stray quote; the stream cannot go on after that.
  util::Expected<bool> next(std::vector<std::string>& fields, std::size_t& line);

  // Bytes read so far, and the text's size.
  [[nodiscard]] std::size_t position() const { return m_pos; }
  [[nodiscard]] std::size_t size() const { return m_text.size(); }

 private:
  util::Expected<void> read_field(std::string& field);
  void consume_line_end();

  std::string_view m_text;
  std::size_t m_pos = 0;
  std::size_t m_line = 1;
};

}  // namespace myoivig::io::redcap
