#include "stats/p_adjust.hpp"

#include <cmath>
#include <limits>

#include <gtest/gtest.h>

#include "stats/reference_cases.hpp"

namespace myoivig::stats {
namespace {

using testing::near_relative;
using testing::ReferenceTable;

TEST(PAdjustReference, MatchesR) {
  const ReferenceTable table("stats_p_adjust.csv");
  ASSERT_EQ(table.error(), "");
  for (std::size_t row = 0; row < table.size(); ++row) {
    SCOPED_TRACE("row " + std::to_string(row + 2) + ": case " + table.text(row, "case") + " " +
                 table.text(row, "method"));
    const auto method = util::value_of(k_p_adjust_method_names, table.text(row, "method"));
    ASSERT_TRUE(method);
    const auto adjusted = p_adjust(table.numbers(row, "p"), *method);
    ASSERT_TRUE(adjusted) << adjusted.error().message;
    const std::vector<double> expected = table.numbers(row, "adjusted");
    ASSERT_EQ(adjusted->size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
      EXPECT_TRUE(near_relative((*adjusted)[i], expected[i], 1e-9)) << "position " << i + 1;
    }
  }
}

TEST(PAdjust, RejectsValuesOutsideTheUnitInterval) {
  const std::vector<double> p{0.01, 1.5};
  EXPECT_EQ(p_adjust(p, PAdjustMethod::holm).error().message,
            "p_adjust: p must hold probabilities in [0, 1] or NaN for missing, got 1.5 at "
            "position 2");
}

}  // namespace
}  // namespace myoivig::stats
