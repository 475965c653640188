// HtmlTable: caption, header scope, numeric alignment, row headers, group rows, notes,
// escaping by the cell helpers.
#include "io/html_table.hpp"

#include <string>

#include <gtest/gtest.h>

namespace myoivig::io {
namespace {

TEST(HtmlTable, RendersEveryPart) {
  HtmlTable table("Table 9. A &amp; B", "report-table demo");
  table.add_header_row({text_cell("Measure"), number_cell("n")});
  table.add_group_row("Group <1>", 2);
  table.add_row({row_header_cell("MMT <score>"), number_cell("8")});
  table.add_row({html_cell("<em>x</em>"), html_cell("1<sup>a</sup>", true)});
  table.add_note("a: note");
  EXPECT_EQ(table.render(),
            "<div class=\"table-block\"><table class=\"report-table demo\">\n"
            "<caption>Table 9. A &amp; B</caption>\n"
            "<thead>\n"
            "<tr><th scope=\"col\">Measure</th><th scope=\"col\" class=\"num\">n</th></tr>\n"
            "</thead>\n"
            "<tbody>\n"
            "<tr class=\"group\"><th scope=\"rowgroup\" colspan=\"2\">Group &lt;1&gt;</th></tr>\n"
            "<tr><th scope=\"row\">MMT &lt;score&gt;</th><td class=\"num\">8</td></tr>\n"
            "<tr><td><em>x</em></td><td class=\"num\">1<sup>a</sup></td></tr>\n"
            "</tbody>\n"
            "</table>\n"
            "<ul class=\"table-notes\"><li>a: note</li></ul>\n"
            "</div>\n");
}

TEST(HtmlTable, SpanningCell) {
  HtmlTable table("", "t");
  table.add_row({TableCell{"None.", false, false, 8}});
  EXPECT_NE(table.render().find("<tr><td colspan=\"8\">None.</td></tr>"), std::string::npos);
  EXPECT_EQ(table.render().find("<caption>"), std::string::npos);
  EXPECT_EQ(table.render().find("<thead>"), std::string::npos);
}

}  // namespace
}  // namespace myoivig::io
