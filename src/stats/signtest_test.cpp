#include "stats/signtest.hpp"

#include <vector>

#include <gtest/gtest.h>

#include "stats/reference_cases.hpp"

namespace myoivig::stats {
namespace {

using testing::near_relative;
using testing::ReferenceTable;

TEST(SigntestReference, MatchesR) {
  const ReferenceTable table("stats_signtest.csv");
  ASSERT_EQ(table.error(), "");
  for (std::size_t row = 0; row < table.size(); ++row) {
    SCOPED_TRACE("row " + std::to_string(row + 2) + ": " + table.text(row, "case") + " " +
                 table.text(row, "alternative"));
    SigntestOptions options;
    options.mu = table.number(row, "mu");
    options.alternative = *parse_alternative(table.text(row, "alternative"));
    const std::vector<double> x = table.numbers(row, "x");
    const std::vector<double> y = table.numbers(row, "y");
    const auto result = y.empty() ? signtest(x, options) : signtest_paired(x, y, options);
    ASSERT_TRUE(result) << result.error().message;
    EXPECT_EQ(static_cast<std::int64_t>(result->positives), table.integer(row, "positives"));
    EXPECT_EQ(static_cast<std::int64_t>(result->n), table.integer(row, "n"));
    EXPECT_TRUE(near_relative(result->p_value, table.number(row, "p_value"), 1e-9));
  }
}

TEST(Signtest, CountsSignsAndDropsZeros) {
  const std::vector<double> x{1, 2, 0, -1, 3, 0};
  const auto result = signtest(x);
  ASSERT_TRUE(result);
  EXPECT_EQ(result->positives, 3U);
  EXPECT_EQ(result->negatives, 1U);
  EXPECT_EQ(result->n, 4U);
  EXPECT_EQ(result->n_zero, 2U);
  EXPECT_EQ(result->p_value, 0.625);
  const std::vector<double> zeros{0, 0};
  EXPECT_EQ(signtest(zeros).error().message,
            "signtest: x - mu must have at least 1 nonzero value, got 2 values all equal to mu "
            "(0)");
}

}  // namespace
}  // namespace myoivig::stats
