#include "util/csv.hpp"

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

namespace myoivig::util {
namespace {

using Fields = std::vector<std::string>;

struct ExpectedRow {
  std::size_t line;
  Fields fields;
};

struct ParseCase {
  std::string_view name;
  std::string_view text;
  Fields header;
  std::vector<ExpectedRow> rows;
  friend void PrintTo(const ParseCase& c, std::ostream* os) { *os << c.name; }
};

class ParseCsv : public ::testing::TestWithParam<ParseCase> {};

TEST_P(ParseCsv, ReadsHeaderRowsAndStartLines) {
  const ParseCase& c = GetParam();
  const auto table = parse_csv(c.text);
  ASSERT_TRUE(table) << table.error().message;
  EXPECT_EQ(table->header, c.header);
  ASSERT_EQ(table->rows.size(), c.rows.size());
  for (std::size_t i = 0; i < c.rows.size(); ++i) {
    EXPECT_EQ(table->rows[i].line, c.rows[i].line) << "row " << i;
    EXPECT_EQ(table->rows[i].fields, c.rows[i].fields) << "row " << i;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Rfc4180, ParseCsv,
    ::testing::Values(
        ParseCase{"plain", "a,b\n1,2\n3,4\n", {"a", "b"}, {{2, {"1", "2"}}, {3, {"3", "4"}}}},
        ParseCase{"no_final_line_break", "a,b\n1,2", {"a", "b"}, {{2, {"1", "2"}}}},
        ParseCase{"header_only", "a,b\n", {"a", "b"}, {}},
        ParseCase{"quoted_comma", "a,b\n\"x,y\",z\n", {"a", "b"}, {{2, {"x,y", "z"}}}},
        ParseCase{"doubled_quotes", "a\n\"say \"\"hi\"\"\"\n", {"a"}, {{2, {"say \"hi\""}}}},
        ParseCase{"only_a_quote", "a\n\"\"\"\"\n", {"a"}, {{2, {"\""}}}},
        ParseCase{"quoted_empty", "a,b\n\"\",x\n", {"a", "b"}, {{2, {"", "x"}}}},
        ParseCase{"empty_fields", "a,b,c\n,,\n", {"a", "b", "c"}, {{2, {"", "", ""}}}},
        ParseCase{"trailing_empty_field_at_end", "a,b\n1,", {"a", "b"}, {{2, {"1", ""}}}},
        ParseCase{"spaces_kept", "a,b\n 1 , 2\n", {"a", "b"}, {{2, {" 1 ", " 2"}}}},
        // The quoted field spans lines 2-3, so the next row starts on line 4.
        ParseCase{"multi_line_quoted",
                  "a,b\n\"line1\nline2\",x\nnext,y\n",
                  {"a", "b"},
                  {{2, {"line1\nline2", "x"}}, {4, {"next", "y"}}}},
        ParseCase{"two_embedded_breaks",
                  "a,b\nx,\"1\n2\n3\"\ny,z\n",
                  {"a", "b"},
                  {{2, {"x", "1\n2\n3"}}, {5, {"y", "z"}}}},
        ParseCase{"crlf", "a,b\r\n1,2\r\n3,4\r\n", {"a", "b"}, {{2, {"1", "2"}}, {3, {"3", "4"}}}},
        // Inside quotes the CRLF is data; it still counts as one line break.
        ParseCase{"crlf_inside_quotes",
                  "a,b\r\n\"l1\r\nl2\",x\r\nn,y\r\n",
                  {"a", "b"},
                  {{2, {"l1\r\nl2", "x"}}, {4, {"n", "y"}}}},
        ParseCase{"bom",
                  "\xEF\xBB\xBFpatient_id,site\nSEED-01,JP-01\n",
                  {"patient_id", "site"},
                  {{2, {"SEED-01", "JP-01"}}}},
        ParseCase{"bom_and_crlf",
                  "\xEF\xBB\xBFk,v\r\nstudy_id,X\r\n",
                  {"k", "v"},
                  {{2, {"study_id", "X"}}}},
        // Blank lines (LF, CRLF) are skipped but still counted.
        ParseCase{"blank_lines_skipped",
                  "a,b\n\n1,2\n\r\n\n3,4\n\n",
                  {"a", "b"},
                  {{3, {"1", "2"}}, {6, {"3", "4"}}}},
        ParseCase{"blank_lines_before_header", "\n\na,b\n1,2\n", {"a", "b"}, {{4, {"1", "2"}}}}),
    [](const ::testing::TestParamInfo<ParseCase>& param_info) {
      return std::string(param_info.param.name);
    });

struct ErrorCase {
  std::string_view name;
  std::string_view text;
  std::string_view message;
  friend void PrintTo(const ErrorCase& c, std::ostream* os) { *os << c.name; }
};

class ParseCsvError : public ::testing::TestWithParam<ErrorCase> {};

TEST_P(ParseCsvError, NamesTheLine) {
  const ErrorCase& c = GetParam();
  const auto table = parse_csv(c.text);
  ASSERT_FALSE(table) << "accepted: " << c.text;
  EXPECT_EQ(table.error().code, ErrorCode::invalid_argument);
  EXPECT_EQ(table.error().message, c.message);
}

INSTANTIATE_TEST_SUITE_P(
    Malformed, ParseCsvError,
    ::testing::Values(
        ErrorCase{"empty", "", "the file is empty (a header row is required)"},
        ErrorCase{"only_bom", "\xEF\xBB\xBF", "the file is empty (a header row is required)"},
        ErrorCase{"only_blank_lines", "\n\r\n\n", "the file is empty (a header row is required)"},
        ErrorCase{"too_many_fields", "a,b\n1,2\n1,2,3\n", "line 3: has 3 fields, the header has 2"},
        ErrorCase{"too_few_fields", "a,b\n1\n", "line 2: has 1 fields, the header has 2"},
        // A ragged row after a multi-line field is named by the line it starts on.
        ErrorCase{"ragged_after_multi_line", "a,b\n\"x\ny\",1\nz\n",
                  "line 4: has 1 fields, the header has 2"},
        ErrorCase{"ragged_blank_lines_counted", "a,b\n\n\n1\n",
                  "line 4: has 1 fields, the header has 2"},
        ErrorCase{"ragged_crlf", "a,b\r\n1,2\r\n3\r\n", "line 3: has 1 fields, the header has 2"},
        // The error names the line where the quoted field opened.
        ErrorCase{"unterminated_quote", "a,b\n1,\"open\nmore\n",
                  "line 2: quoted field is not closed (missing '\"')"},
        ErrorCase{"unterminated_quote_in_header", "\"a,b\n",
                  "line 1: quoted field is not closed (missing '\"')"},
        ErrorCase{"stray_quote", "a,b\n1,x\"y\n",
                  "line 2: a quote inside an unquoted field (quote the whole field)"},
        ErrorCase{"stray_quote_after_multi_line", "a,b\n\"1\n2\",3\n4,5\"\n",
                  "line 4: a quote inside an unquoted field (quote the whole field)"},
        ErrorCase{"text_after_closing_quote", "a,b\n\"x\"y,1\n",
                  "line 2: unexpected text after a closing quote"},
        ErrorCase{"text_after_multi_line_closing_quote", "a\n\"x\ny\"z\n",
                  "line 3: unexpected text after a closing quote"}),
    [](const ::testing::TestParamInfo<ErrorCase>& param_info) {
      return std::string(param_info.param.name);
    });

TEST(CsvTable, FindsColumnsByName) {
  const auto table = parse_csv("patient_id,week,date\n");
  ASSERT_TRUE(table);
  EXPECT_EQ(table->column("patient_id"), 0U);
  EXPECT_EQ(table->column("date"), 2U);
  EXPECT_EQ(table->column("Date"), std::nullopt);
  EXPECT_EQ(table->column(""), std::nullopt);
}

struct EscapeCase {
  std::string_view field;
  std::string_view escaped;
  friend void PrintTo(const EscapeCase& c, std::ostream* os) { *os << "'" << c.field << "'"; }
};

class CsvEscape : public ::testing::TestWithParam<EscapeCase> {};

TEST_P(CsvEscape, QuotesOnlyWhenNeeded) {
  EXPECT_EQ(csv_escape(GetParam().field), GetParam().escaped);
}

INSTANTIATE_TEST_SUITE_P(Fields, CsvEscape,
                         ::testing::Values(EscapeCase{"abc", "abc"}, EscapeCase{"", ""},
                                           EscapeCase{" padded ", " padded "},
                                           EscapeCase{"a,b", "\"a,b\""},
                                           EscapeCase{"say \"hi\"", "\"say \"\"hi\"\"\""},
                                           EscapeCase{"l1\nl2", "\"l1\nl2\""},
                                           EscapeCase{"a\rb", "\"a\rb\""},
                                           EscapeCase{"\"", "\"\"\"\""}));

// Writing fields with csv_escape and reading them back gives the same fields and lines.
TEST(CsvEscape, RoundTripsThroughParseCsv) {
  const std::vector<Fields> rows = {
      {"id", "note", "value"},
      {"SEED-01", "plain", "1"},
      {"SEED-02", "comma, inside", "2"},
      {"SEED-03", "quote \" inside", ""},
      {"SEED-04", "two\nlines", "4"},
      {"SEED-05", "\"\"", "crlf\r\nin field"},
      {"SEED-06", ",", "\n"},
  };
  std::string text;
  for (const Fields& row : rows) {
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (i > 0) text += ',';
      text += csv_escape(row[i]);
    }
    text += "\r\n";
  }
  const auto table = parse_csv(text);
  ASSERT_TRUE(table) << table.error().message;
  EXPECT_EQ(table->header, rows[0]);
  ASSERT_EQ(table->rows.size(), rows.size() - 1);
  // Rows 4 (SEED-04), 5 (SEED-05) and 6 (SEED-06) each hold one embedded line break.
  const std::vector<std::size_t> lines = {2, 3, 4, 5, 7, 9};
  for (std::size_t i = 0; i + 1 < rows.size(); ++i) {
    EXPECT_EQ(table->rows[i].fields, rows[i + 1]) << "row " << i;
    EXPECT_EQ(table->rows[i].line, lines[i]) << "row " << i;
  }
}

}  // namespace
}  // namespace myoivig::util
