#include "io/html_table.hpp"

#include <utility>

#include <fmt/format.h>

#include "io/html_escape.hpp"

namespace myoivig::io {
namespace {

std::string render_cell(const TableCell& cell, bool header_row) {
  const bool heading = header_row || cell.row_header;
  std::string attributes;
  if (header_row) attributes += R"( scope="col")";
  if (cell.row_header) attributes += R"( scope="row")";
  if (cell.numeric) attributes += R"( class="num")";
  if (cell.colspan > 1) attributes += fmt::format(R"( colspan="{}")", cell.colspan);
  const char* tag = heading ? "th" : "td";
  return fmt::format("<{0}{1}>{2}</{0}>", tag, attributes, cell.html);
}

std::string render_row(const std::vector<TableCell>& cells, bool header_row) {
  std::string row = "<tr>";
  for (const TableCell& cell : cells) row += render_cell(cell, header_row);
  return row + "</tr>\n";
}

}  // namespace

TableCell text_cell(std::string_view text) {
  return {html_escape(text), false, false, 1};
}
TableCell number_cell(std::string_view text) {
  return {html_escape(text), true, false, 1};
}
TableCell row_header_cell(std::string_view text) {
  return {html_escape(text), false, true, 1};
}
TableCell html_cell(std::string html, bool numeric) {
  return {std::move(html), numeric, false, 1};
}

HtmlTable::HtmlTable(std::string caption_html, std::string css_class)
    : m_caption_html(std::move(caption_html)), m_css_class(std::move(css_class)) {}

void HtmlTable::add_header_row(std::vector<TableCell> cells) {
  m_header_rows.push_back(std::move(cells));
}

void HtmlTable::add_row(std::vector<TableCell> cells) {
  m_body += render_row(cells, false);
}

void HtmlTable::add_group_row(std::string_view label, int colspan) {
  m_body += fmt::format(R"(<tr class="group"><th scope="rowgroup" colspan="{}">{}</th></tr>)",
                        colspan, html_escape(label));
  m_body += '\n';
}

void HtmlTable::add_note(std::string note_html) {
  m_notes.push_back(std::move(note_html));
}

std::string HtmlTable::render() const {
  std::string html = R"(<div class="table-block">)";
  html += fmt::format(R"(<table class="{}">)", html_escape(m_css_class));
  html += '\n';
  if (!m_caption_html.empty()) html += "<caption>" + m_caption_html + "</caption>\n";
  if (!m_header_rows.empty()) {
    html += "<thead>\n";
    for (const auto& row : m_header_rows) html += render_row(row, true);
    html += "</thead>\n";
  }
  html += "<tbody>\n" + m_body + "</tbody>\n</table>\n";
  if (!m_notes.empty()) {
    html += R"(<ul class="table-notes">)";
    for (const std::string& note : m_notes) html += "<li>" + note + "</li>";
    html += "</ul>\n";
  }
  return html + "</div>\n";
}

}  // namespace myoivig::io
