#include "util/csv.hpp"

namespace myoivig::util {
namespace {

constexpr std::string_view k_utf8_bom = "\xEF\xBB\xBF";

class CsvParser {
 public:
  explicit CsvParser(std::string_view text) : m_text(text) {
    if (m_text.substr(0, k_utf8_bom.size()) == k_utf8_bom) m_text.remove_prefix(k_utf8_bom.size());
  }

  // Reads one record into `row`; returns false at the end of the text.
  Expected<bool> next(CsvRow& row) {
    skip_blank_lines();
    if (m_pos >= m_text.size()) return false;
    row.line = m_line;
    row.fields.clear();
    while (true) {
      MYOIVIG_TRY_ASSIGN(field, read_field());
      row.fields.push_back(std::move(field));
      if (m_pos >= m_text.size()) return true;
      const char c = m_text[m_pos];
      if (c == ',') {
        ++m_pos;
        continue;
      }
      consume_line_end();
      return true;
    }
  }

 private:
  void skip_blank_lines() {
    while (m_pos < m_text.size() && (m_text[m_pos] == '\n' || m_text[m_pos] == '\r')) {
      consume_line_end();
    }
  }

  void consume_line_end() {
    if (m_text[m_pos] == '\r') ++m_pos;
    if (m_pos < m_text.size() && m_text[m_pos] == '\n') ++m_pos;
    ++m_line;
  }

  Expected<std::string> read_field() {
    std::string field;
    if (m_pos < m_text.size() && m_text[m_pos] == '"') {
      const std::size_t start_line = m_line;
      ++m_pos;
      while (true) {
        if (m_pos >= m_text.size()) {
          return invalid_argument("line " + std::to_string(start_line) +
                                  ": quoted field is not closed (missing '\"')");
        }
        const char c = m_text[m_pos++];
        if (c == '"') {
          if (m_pos < m_text.size() && m_text[m_pos] == '"') {
            field += '"';
            ++m_pos;
            continue;
          }
          break;
        }
        if (c == '\n') ++m_line;
        field += c;
      }
      if (m_pos < m_text.size() && m_text[m_pos] != ',' && m_text[m_pos] != '\n' &&
          m_text[m_pos] != '\r') {
        return invalid_argument("line " + std::to_string(m_line) +
                                ": unexpected text after a closing quote");
      }
      return field;
    }
    while (m_pos < m_text.size()) {
      const char c = m_text[m_pos];
      if (c == ',' || c == '\n' || c == '\r') break;
      if (c == '"') {
        return invalid_argument("line " + std::to_string(m_line) +
                                ": a quote inside an unquoted field (quote the whole field)");
      }
      field += c;
      ++m_pos;
    }
    return field;
  }

  std::string_view m_text;
  std::size_t m_pos = 0;
  std::size_t m_line = 1;
};

}  // namespace

std::optional<std::size_t> CsvTable::column(std::string_view name) const {
  for (std::size_t i = 0; i < header.size(); ++i) {
    if (header[i] == name) return i;
  }
  return std::nullopt;
}

Expected<CsvTable> parse_csv(std::string_view text) {
  CsvParser parser(text);
  CsvTable table;
  CsvRow row;
  MYOIVIG_TRY_ASSIGN(has_header, parser.next(row));
  if (!has_header) return invalid_argument("the file is empty (a header row is required)");
  table.header = std::move(row.fields);
  while (true) {
    MYOIVIG_TRY_ASSIGN(more, parser.next(row));
    if (!more) break;
    if (row.fields.size() != table.header.size()) {
      return invalid_argument("line " + std::to_string(row.line) + ": has " +
                              std::to_string(row.fields.size()) + " fields, the header has " +
                              std::to_string(table.header.size()));
    }
    table.rows.push_back(std::move(row));
  }
  return table;
}

std::string csv_escape(std::string_view field) {
  if (field.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(field);
  std::string quoted = "\"";
  for (char c : field) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  quoted += '"';
  return quoted;
}

}  // namespace myoivig::util
