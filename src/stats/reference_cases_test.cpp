// Test support for the R reference tables (see reference_cases.hpp) and a check that
// every table is present and non-empty.
#include "stats/reference_cases.hpp"

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <limits>
#include <sstream>

#include "util/file.hpp"
#include "util/strings.hpp"

namespace myoivig::stats::testing {
namespace {

std::filesystem::path source_dir() {
  if (const char* from_environment = std::getenv("MYOIVIG_SOURCE_DIR")) return from_environment;
#ifdef MYOIVIG_SOURCE_DIR
  return MYOIVIG_SOURCE_DIR;
#else
  return ".";
#endif
}

}  // namespace

ReferenceTable::ReferenceTable(std::string_view file_name) {
  const auto path = source_dir() / "tests" / "reference" / std::string(file_name);
  auto text = util::read_file(path);
  if (!text) {
    m_error = text.error().message;
    return;
  }
  auto table = util::parse_csv(*text);
  if (!table) {
    m_error = path.string() + ": " + table.error().message;
    return;
  }
  m_table = std::move(*table);
}

std::string ReferenceTable::text(std::size_t row, std::string_view column) const {
  const auto index = m_table.column(column);
  if (!index) {
    ADD_FAILURE() << "reference table has no column '" << column << "'";
    return {};
  }
  return m_table.rows.at(row).fields.at(*index);
}

double ReferenceTable::number(std::size_t row, std::string_view column) const {
  return parse_reference_number(text(row, column));
}

std::int64_t ReferenceTable::integer(std::size_t row, std::string_view column) const {
  return static_cast<std::int64_t>(std::llround(number(row, column)));
}

std::vector<double> ReferenceTable::numbers(std::size_t row, std::string_view column) const {
  std::vector<double> values;
  std::istringstream stream(text(row, column));
  std::string token;
  while (stream >> token) values.push_back(parse_reference_number(token));
  return values;
}

double parse_reference_number(std::string_view text) {
  constexpr double k_infinity = std::numeric_limits<double>::infinity();
  if (text == "NA" || text == "NaN" || text.empty())
    return std::numeric_limits<double>::quiet_NaN();
  if (text == "Inf") return k_infinity;
  if (text == "-Inf") return -k_infinity;
  const auto value = util::parse_number(text);
  if (!value) {
    ADD_FAILURE() << "not a reference number: '" << text << "'";
    return std::numeric_limits<double>::quiet_NaN();
  }
  return *value;
}

namespace {

::testing::AssertionResult near(double actual, double expected, double tolerance, double scale) {
  if (std::isnan(actual) && std::isnan(expected)) return ::testing::AssertionSuccess();
  if (actual == expected) return ::testing::AssertionSuccess();  // also equal infinities
  const double difference = std::fabs(actual - expected);
  if (difference <= tolerance * scale) return ::testing::AssertionSuccess();
  std::ostringstream message;
  message.precision(17);
  message << "actual " << actual << " vs R " << expected << " (difference " << difference
          << ", allowed " << tolerance * scale << ")";
  return ::testing::AssertionFailure() << message.str();
}

}  // namespace

::testing::AssertionResult near_relative(double actual, double expected, double tolerance) {
  return near(actual, expected, tolerance, std::max(std::fabs(actual), std::fabs(expected)));
}

::testing::AssertionResult near_root(double actual, double expected, double tolerance) {
  return near(actual, expected, tolerance, std::max(1.0, std::fabs(expected)));
}

TEST(ReferenceTables, AreAllPresentAndNonEmpty) {
  for (const char* name :
       {"stats_signrank.csv", "stats_ttest.csv", "stats_signtest.csv", "stats_binom.csv",
        "stats_fisher.csv", "stats_prop_diff.csv", "stats_p_adjust.csv", "stats_descriptive.csv",
        "stats_distributions.csv", "stats_bootstrap.csv"}) {
    const ReferenceTable table(name);
    EXPECT_EQ(table.error(), "") << name;
    EXPECT_GT(table.size(), 0U) << name;
  }
}

TEST(ReferenceTables, ParseRSpecialValues) {
  EXPECT_TRUE(std::isnan(parse_reference_number("NA")));
  EXPECT_EQ(parse_reference_number("-Inf"), -std::numeric_limits<double>::infinity());
  EXPECT_EQ(parse_reference_number("0.94999999999999996"), 0.95);
}

}  // namespace myoivig::stats::testing
