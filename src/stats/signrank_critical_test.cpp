// Exact critical values of the signed-rank test against R (psignrank, qsignrank and
// wilcox.test's p-value formula, tests/reference/simulation_reference.R), and table
// decisions against stats::signrank itself on random samples.
#include "stats/signrank_critical.hpp"

#include <cmath>
#include <vector>

#include <gtest/gtest.h>

#include "stats/random_variates.hpp"
#include "stats/reference_cases.hpp"
#include "stats/signrank.hpp"

namespace myoivig::stats {
namespace {

using testing::near_relative;
using testing::ReferenceTable;

TEST(SignrankCriticalReference, MatchesR) {
  const ReferenceTable table("stats_signrank_critical.csv");
  ASSERT_EQ(table.error(), "");
  ASSERT_GT(table.size(), 200U);
  for (std::size_t row = 0; row < table.size(); ++row) {
    const auto n = static_cast<std::size_t>(table.integer(row, "n"));
    const double alpha = table.number(row, "alpha");
    const std::string alternative_name = table.text(row, "alternative");
    SCOPED_TRACE("row " + std::to_string(row + 2) + ": n " + std::to_string(n) + " alpha " +
                 table.text(row, "alpha") + " " + alternative_name);
    const Alternative alternative = *parse_alternative(alternative_name);
    const SignrankRejectionTable critical(n, alpha, alternative);
    EXPECT_EQ(critical.lower(), table.integer(row, "lower"));
    EXPECT_EQ(critical.upper(), table.integer(row, "upper"));
    EXPECT_TRUE(
        near_relative(critical.attained_alpha(), table.number(row, "attained_alpha"), 1e-9));
    EXPECT_LE(critical.attained_alpha(), alpha);
    // R's qsignrank(a, n) is the smallest v with P(V <= v) >= a: one above the lower
    // critical value (P(V <= v) never equals these alphas exactly).
    if (alternative != Alternative::greater) {
      EXPECT_EQ(critical.lower() + 1, table.integer(row, "qsignrank"));
    }
    if (alternative == Alternative::two_sided) {
      EXPECT_EQ(critical.upper(), critical.total() - critical.lower());
    }
  }
}

TEST(SignrankCritical, SeedStudySizeByHand) {
  // n = 8: P(V <= 3) = #{{}, {1}, {2}, {3}, {1,2}} / 256 = 5/256; two-sided 2 * 5/256 =
  // 0.0390625 <= 0.05 while P(V <= 4) = 7/256 gives 0.0547 > 0.05.
  const SignrankRejectionTable critical(8, 0.05, Alternative::two_sided);
  EXPECT_EQ(critical.total(), 36);
  EXPECT_EQ(critical.lower(), 3);
  EXPECT_EQ(critical.upper(), 33);
  EXPECT_DOUBLE_EQ(critical.attained_alpha(), 10.0 / 256);
  for (std::int64_t v = 0; v <= 36; ++v) EXPECT_EQ(critical.rejects(v), v <= 3 || v >= 33) << v;
  // n = 5 two-sided at 0.05 can never reject: the smallest p is 2/32.
  const SignrankRejectionTable small(5, 0.05, Alternative::two_sided);
  EXPECT_EQ(small.lower(), -1);
  EXPECT_EQ(small.upper(), 16);
  EXPECT_EQ(small.attained_alpha(), 0.0);
}

TEST(SignrankCritical, TableDecisionsEqualTheEnginesOnRandomSamples) {
  for (const std::size_t n : {1, 2, 6, 8, 13, 30, 49, 50, 51, 120}) {
    for (const Alternative alternative :
         {Alternative::two_sided, Alternative::less, Alternative::greater}) {
      const SignrankRejectionTable critical(n, 0.05, alternative);
      SignrankOptions options;
      options.alternative = alternative;
      options.conf_int = false;
      Rng rng(2024, n);
      std::vector<double> x(n);
      int rejected = 0;
      for (int trial = 0; trial < 300; ++trial) {
        for (double& value : x) value = 0.3 + standard_normal(rng);
        const auto result = signrank(x, options);
        ASSERT_TRUE(result);
        ASSERT_EQ(result->method, SignrankMethodUsed::exact);
        const bool engine = result->p_value <= 0.05;
        ASSERT_EQ(critical.rejects(static_cast<std::int64_t>(result->statistic)), engine)
            << "n " << n << " V " << result->statistic << " p " << result->p_value;
        rejected += engine ? 1 : 0;
      }
      if (n >= 30 && alternative != Alternative::less) {
        EXPECT_GT(rejected, 0);
      }
    }
  }
}

}  // namespace
}  // namespace myoivig::stats
