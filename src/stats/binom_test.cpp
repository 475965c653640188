#include "stats/binom.hpp"

#include <cmath>

#include <gtest/gtest.h>

#include "stats/reference_cases.hpp"

namespace myoivig::stats {
namespace {

using testing::near_relative;
using testing::ReferenceTable;

constexpr double k_tolerance = 1e-9;

TEST(BinomReference, MatchesR) {
  const ReferenceTable table("stats_binom.csv");
  ASSERT_EQ(table.error(), "");
  for (std::size_t row = 0; row < table.size(); ++row) {
    SCOPED_TRACE("row " + std::to_string(row + 2) + ": x=" + table.text(row, "x") +
                 " n=" + table.text(row, "n") + " p=" + table.text(row, "p") + " " +
                 table.text(row, "alternative") + " conf=" + table.text(row, "conf_level"));
    BinomOptions options;
    options.p = table.number(row, "p");
    options.alternative = *parse_alternative(table.text(row, "alternative"));
    options.conf_level = table.number(row, "conf_level");
    const std::int64_t x = table.integer(row, "x");
    const std::int64_t n = table.integer(row, "n");
    const auto result = binom_test(x, n, options);
    ASSERT_TRUE(result) << result.error().message;
    EXPECT_TRUE(near_relative(result->p_value, table.number(row, "p_value"), k_tolerance));
    EXPECT_TRUE(near_relative(result->estimate, table.number(row, "estimate"), k_tolerance));
    EXPECT_TRUE(near_relative(result->ci_low, table.number(row, "cp_low"), k_tolerance));
    EXPECT_TRUE(near_relative(result->ci_high, table.number(row, "cp_high"), k_tolerance));
    EXPECT_TRUE(near_relative(result->wilson_low, table.number(row, "wilson_low"), k_tolerance));
    EXPECT_TRUE(near_relative(result->wilson_high, table.number(row, "wilson_high"), k_tolerance));
    const auto corrected = wilson(x, n, options.conf_level, options.alternative, true);
    ASSERT_TRUE(corrected);
    EXPECT_TRUE(near_relative(corrected->low, table.number(row, "wilson_cc_low"), k_tolerance));
    EXPECT_TRUE(near_relative(corrected->high, table.number(row, "wilson_cc_high"), k_tolerance));
  }
}

TEST(Binom, TinyPValuesKeepTheirDigits) {
  // 0 successes in 1000 fair trials: two-sided p = 2 / 2^1000, about 1.9e-301.
  const auto p = binom_p_value(0, 1000, 0.5, Alternative::two_sided);
  ASSERT_TRUE(p);
  EXPECT_TRUE(near_relative(*p, std::ldexp(1.0, -999), 1e-12));
}

TEST(Binom, RejectsImpossibleCounts) {
  struct Case {
    std::int64_t x, n;
    double p, level;
    std::string message;
  };
  const std::vector<Case> cases{
      {-1, 10, 0.5, 0.95, "binom: successes must be a non-negative whole number, got -1"},
      {11, 10, 0.5, 0.95, "binom: successes must not exceed trials (10), got 11"},
      {0, 0, 0.5, 0.95, "binom: trials must be a positive whole number, got 0"},
      {3, 10, 1.5, 0.95, "binom: p must be in [0, 1], got 1.5"},
      {3, 10, 0.5, 95, "binom: conf_level must be in (0, 1), got 95"},
  };
  for (const Case& c : cases) {
    BinomOptions options;
    options.p = c.p;
    options.conf_level = c.level;
    const auto result = binom_test(c.x, c.n, options);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().message, c.message);
  }
}

}  // namespace
}  // namespace myoivig::stats
