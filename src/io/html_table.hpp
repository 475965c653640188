// HtmlTable: builds one HTML <table> of a report: caption, header rows, body rows with
// group rows, numeric cells right-aligned, and notes printed under the table. Cells hold
// HTML; text_cell and number_cell escape plain text for the caller.
// Thread-safety: a plain value; build it on one thread.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace myoivig::io {

struct TableCell {
  std::string html;         // already escaped
  bool numeric = false;     // right-aligned, tabular figures
  bool row_header = false;  // <th scope="row">
  int colspan = 1;
};

TableCell text_cell(std::string_view text);
TableCell number_cell(std::string_view text);
TableCell row_header_cell(std::string_view text);
TableCell html_cell(std::string html, bool numeric = false);

class HtmlTable {
 public:
  // `caption_html` is already escaped; `css_class` names the table's class attribute.
  HtmlTable(std::string caption_html, std::string css_class);

  void add_header_row(std::vector<TableCell> cells);
  void add_row(std::vector<TableCell> cells);
  // A row with one cell spanning the table, to head a group of rows.
  void add_group_row(std::string_view label, int colspan);
  // A note printed under the table (HTML, already escaped).
  void add_note(std::string note_html);

  // <div class="table-block"><table>...</table><ul class="table-notes">...</ul></div>
  [[nodiscard]] std::string render() const;

 private:
  std::string m_caption_html;
  std::string m_css_class;
  std::vector<std::vector<TableCell>> m_header_rows;
  std::string m_body;
  std::vector<std::string> m_notes;
};

}  // namespace myoivig::io
