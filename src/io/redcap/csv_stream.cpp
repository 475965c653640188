#include "io/redcap/csv_stream.hpp"

namespace myoivig::io::redcap {
namespace {

constexpr std::string_view k_utf8_bom = "\xEF\xBB\xBF";

}  // namespace

CsvStream::CsvStream(std::string_view text) : m_text(text) {
  if (m_text.substr(0, k_utf8_bom.size()) == k_utf8_bom) m_pos = k_utf8_bom.size();
}

void CsvStream::consume_line_end() {
  if (m_text[m_pos] == '\r') ++m_pos;
  if (m_pos < m_text.size() && m_text[m_pos] == '\n') ++m_pos;
  ++m_line;
}

util::Expected<bool> CsvStream::next(std::vector<std::string>& fields, std::size_t& line) {
  while (m_pos < m_text.size() && (m_text[m_pos] == '\n' || m_text[m_pos] == '\r')) {
    consume_line_end();
  }
  if (m_pos >= m_text.size()) return false;
  line = m_line;
  std::size_t count = 0;
  while (true) {
    if (count == fields.size()) fields.emplace_back();
    std::string& field = fields[count++];
    field.clear();
    MYOIVIG_TRY(read_field(field));
    if (m_pos >= m_text.size()) break;
    if (m_text[m_pos] == ',') {
      ++m_pos;
      continue;
    }
    consume_line_end();
    break;
  }
  fields.resize(count);
  return true;
}

util::Expected<void> CsvStream::read_field(std::string& field) {
  if (m_pos < m_text.size() && m_text[m_pos] == '"') {
    const std::size_t start_line = m_line;
    ++m_pos;
    while (true) {
      const std::size_t quote = m_text.find('"', m_pos);
      if (quote == std::string_view::npos) {
        return util::invalid_argument("line " + std::to_string(start_line) +
                                      ": quoted field is not closed (missing '\"')");
      }
      const std::string_view part = m_text.substr(m_pos, quote - m_pos);
      for (char c : part) m_line += c == '\n' ? 1 : 0;
      field.append(part);
      m_pos = quote + 1;
      if (m_pos < m_text.size() && m_text[m_pos] == '"') {
        field += '"';
        ++m_pos;
        continue;
      }
      break;
    }
    if (m_pos < m_text.size() && m_text[m_pos] != ',' && m_text[m_pos] != '\n' &&
        m_text[m_pos] != '\r') {
      return util::invalid_argument("line " + std::to_string(m_line) +
                                    ": unexpected text after a closing quote");
    }
    return {};
  }
  const std::size_t end = m_text.find_first_of(",\r\n\"", m_pos);
  const std::size_t stop = end == std::string_view::npos ? m_text.size() : end;
  if (stop < m_text.size() && m_text[stop] == '"') {
    return util::invalid_argument("line " + std::to_string(m_line) +
                                  ": a quote inside an unquoted field (quote the whole field)");
  }
  field.append(m_text.substr(m_pos, stop - m_pos));
  m_pos = stop;
  return {};
}

}  // namespace myoivig::io::redcap
