// The Cochran-Mantel-Haenszel test against R's mantelhaen.test (tests/reference/stats_cmh.csv,
// written by tests/reference/stats_cmh_reference.R), and its refusals.
#include "stats/mantel_haenszel.hpp"

#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "stats/reference_cases.hpp"
#include "util/strings.hpp"

namespace myoivig::stats {
namespace {

using testing::near_relative;
using testing::ReferenceTable;

constexpr double k_tolerance = 1e-9;

std::vector<Stratum2x2> parse_strata(const std::string& text) {
  std::vector<Stratum2x2> strata;
  for (const std::string& part : util::split(text, ';')) {
    std::istringstream in(part);
    Stratum2x2 s;
    in >> s.a >> s.b >> s.c >> s.d;
    strata.push_back(s);
  }
  return strata;
}

TEST(MantelHaenszelReference, MatchesR) {
  const ReferenceTable table("stats_cmh.csv");
  ASSERT_EQ(table.error(), "");
  ASSERT_EQ(table.size(), 24u);
  for (std::size_t row = 0; row < table.size(); ++row) {
    SCOPED_TRACE("row " + std::to_string(row + 2) + ": " + table.text(row, "case") + " correct=" +
                 table.text(row, "correct") + " conf=" + table.text(row, "conf_level"));
    MantelHaenszelOptions options;
    options.correct = table.text(row, "correct") == "true";
    options.conf_level = table.number(row, "conf_level");
    const auto result = mantel_haenszel(parse_strata(table.text(row, "strata")), options);
    ASSERT_TRUE(result) << result.error().message;
    EXPECT_TRUE(near_relative(result->statistic, table.number(row, "statistic"), k_tolerance))
        << result->statistic;
    EXPECT_TRUE(near_relative(result->p_value, table.number(row, "p_value"), k_tolerance))
        << result->p_value;
    ASSERT_TRUE(result->odds_ratio && result->odds_ratio_ci);
    EXPECT_TRUE(near_relative(*result->odds_ratio, table.number(row, "estimate"), k_tolerance));
    EXPECT_TRUE(
        near_relative(result->odds_ratio_ci->low, table.number(row, "ci_low"), k_tolerance));
    EXPECT_TRUE(
        near_relative(result->odds_ratio_ci->high, table.number(row, "ci_high"), k_tolerance));
  }
}

// Hand-computed: strata 2 0 / 0 2 and 0 2 / 2 0 cancel: sum(a - E) = (2 - 1) + (0 - 1) = 0,
// V = 2 * (16 / 48) = 2/3, statistic 0, p 1; sum(bc/t) = 1 and sum(ad/t) = 1: odds ratio 1.
TEST(MantelHaenszel, OpposedStrataCancel) {
  const auto result = mantel_haenszel({{2, 0, 0, 2}, {0, 2, 2, 0}});
  ASSERT_TRUE(result) << result.error().message;
  EXPECT_DOUBLE_EQ(result->statistic, 0.0);
  EXPECT_DOUBLE_EQ(result->p_value, 1.0);
  EXPECT_DOUBLE_EQ(*result->odds_ratio, 1.0);
  EXPECT_EQ(result->strata, 2u);
}

TEST(MantelHaenszel, RefusesWhatRRefuses) {
  struct Case {
    std::vector<Stratum2x2> strata;
    double conf_level;
    const char* message;
  };
  const std::vector<Case> cases{
      {{{3, 1, 2, 2}}, 0.95, "strata: 1 given; the Mantel-Haenszel test needs at least 2"},
      {{{3, 1, 2, 2}, {1, 0, 0, 0}}, 0.95, "strata[1]: total 1; each stratum needs at least 2"},
      {{{3, 1, 2, 2}, {1, -1, 0, 2}}, 0.95, "strata[1]: counts must not be negative"},
      {{{3, 1, 2, 2}, {1, 1, 0, 2}}, 1.0, "conf_level: 1.000000 must be between 0 and 1"},
      {{{3, 1, 0, 0}, {0, 0, 2, 2}}, 0.95, "Mantel-Haenszel variance is 0"},
  };
  for (const Case& c : cases) {
    MantelHaenszelOptions options;
    options.conf_level = c.conf_level;
    const auto result = mantel_haenszel(c.strata, options);
    ASSERT_FALSE(result) << c.message;
    EXPECT_NE(result.error().message.find(c.message), std::string::npos) << result.error().message;
  }
}

}  // namespace
}  // namespace myoivig::stats
