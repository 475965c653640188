#include "stats/prop_diff.hpp"

#include <gtest/gtest.h>

#include "stats/reference_cases.hpp"

namespace myoivig::stats {
namespace {

using testing::near_relative;
using testing::ReferenceTable;

constexpr double k_tolerance = 1e-9;

TEST(PropDiffReference, MatchesNewcombeFromRsWilsonIntervals) {
  const ReferenceTable table("stats_prop_diff.csv");
  ASSERT_EQ(table.error(), "");
  for (std::size_t row = 0; row < table.size(); ++row) {
    SCOPED_TRACE("row " + std::to_string(row + 2));
    const auto result =
        prop_diff(table.integer(row, "x1"), table.integer(row, "n1"), table.integer(row, "x2"),
                  table.integer(row, "n2"), table.number(row, "conf_level"));
    ASSERT_TRUE(result) << result.error().message;
    EXPECT_TRUE(near_relative(result->difference, table.number(row, "difference"), k_tolerance));
    EXPECT_TRUE(near_relative(result->ci_low, table.number(row, "ci_low"), k_tolerance));
    EXPECT_TRUE(near_relative(result->ci_high, table.number(row, "ci_high"), k_tolerance));
    EXPECT_TRUE(near_relative(result->p_value, table.number(row, "p_value"), k_tolerance));
  }
}

TEST(PropDiff, ProdermResponders) {
  // ProDERM week 16: 37/47 (78.7 %) on IVIG vs 21/48 (43.8 %) on placebo; published
  // difference 35.0 %, CI 16.7 to 53.2 with another method. Newcombe: 15.5 to 51.0.
  const auto result = prop_diff(37, 47, 21, 48);
  ASSERT_TRUE(result);
  EXPECT_NEAR(result->difference, 0.3497, 1e-4);
  EXPECT_NEAR(result->ci_low, 0.1545, 1e-4);
  EXPECT_NEAR(result->ci_high, 0.5099, 1e-4);
  EXPECT_EQ(result->method, "newcombe-hybrid-score");
  EXPECT_EQ(prop_diff(3, 2, 1, 2).error().message, "prop_diff: x1 must not exceed n1 (2), got 3");
}

}  // namespace
}  // namespace myoivig::stats
