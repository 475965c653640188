#include "stats/distributions.hpp"

#include <functional>
#include <map>
#include <numeric>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "stats/reference_cases.hpp"
#include "stats/signed_rank_distribution.hpp"
#include "stats/signrank_interval.hpp"

namespace myoivig::stats {
namespace {

using testing::near_relative;
using testing::ReferenceTable;

std::int64_t as_integer(double value) {
  return static_cast<std::int64_t>(value);
}

SignedRankDistribution ranks_one_to(double n) {
  std::vector<std::int64_t> scores(static_cast<std::size_t>(n));
  std::iota(scores.begin(), scores.end(), std::int64_t{1});
  return SignedRankDistribution(scores);
}

// Doubled ranks 2, 4, ..., 2n, as the signed-rank test builds them.
SignedRankDistribution doubled_ranks(double n) {
  std::vector<std::int64_t> scores(static_cast<std::size_t>(n));
  for (std::size_t i = 0; i < scores.size(); ++i) scores[i] = 2 * static_cast<std::int64_t>(i + 1);
  return SignedRankDistribution(scores);
}

TEST(DistributionsReference, MatchR) {
  using Function = std::function<double(double, double, double, double)>;
  const std::map<std::string, Function> functions{
      {"pnorm", [](double a, double, double, double) { return normal_cdf(a); }},
      {"pnorm_upper", [](double a, double, double, double) { return normal_upper(a); }},
      {"qnorm", [](double a, double, double, double) { return normal_quantile(a); }},
      {"pt", [](double a, double b, double, double) { return t_cdf(a, b); }},
      {"pt_upper", [](double a, double b, double, double) { return t_upper(a, b); }},
      {"qt", [](double a, double b, double, double) { return t_quantile(a, b); }},
      {"qbeta", [](double a, double b, double c, double) { return beta_quantile(a, b, c); }},
      {"dbinom", [](double a, double b, double c,
                    double) { return binomial_pmf(as_integer(a), as_integer(b), c); }},
      {"pbinom", [](double a, double b, double c,
                    double) { return binomial_cdf(as_integer(a), as_integer(b), c); }},
      {"pbinom_upper_ge", [](double a, double b, double c,
                             double) { return binomial_upper(as_integer(a), as_integer(b), c); }},
      {"dhyper",
       [](double a, double b, double c, double d) {
         return hypergeometric_pmf(as_integer(a), as_integer(b), as_integer(c), as_integer(d));
       }},
      {"phyper",
       [](double a, double b, double c, double d) {
         return hypergeometric_cdf(as_integer(a), as_integer(b), as_integer(c), as_integer(d));
       }},
      {"phyper_upper_ge",
       [](double a, double b, double c, double d) {
         return hypergeometric_upper(as_integer(a), as_integer(b), as_integer(c), as_integer(d));
       }},
      // The distribution of V over doubled ranks, queried in doubled units.
      {"psignrank",
       [](double q, double n, double, double) { return doubled_ranks(n).cdf(2 * as_integer(q)); }},
      {"qsignrank",
       [](double p, double n, double, double) {
         return static_cast<double>(detail::qsignrank(doubled_ranks(n), p) / 2);
       }},
  };
  const ReferenceTable table("stats_distributions.csv");
  ASSERT_EQ(table.error(), "");
  for (std::size_t row = 0; row < table.size(); ++row) {
    const std::string name = table.text(row, "fn");
    SCOPED_TRACE(name + "(" + table.text(row, "a") + ", " + table.text(row, "b") + ", " +
                 table.text(row, "c") + ", " + table.text(row, "d") + ")");
    const auto function = functions.find(name);
    ASSERT_NE(function, functions.end());
    const double value = function->second(table.number(row, "a"), table.number(row, "b"),
                                          table.number(row, "c"), table.number(row, "d"));
    EXPECT_TRUE(near_relative(value, table.number(row, "value"), 1e-9));
  }
}

TEST(SignedRankDistribution, ScoresWithACommonDivisorAndTheUpperHalf) {
  // Scores {2, 2, 4}: T in {0, 2, 4, 6, 8} with counts 1, 2, 2, 2, 1.
  const std::vector<std::int64_t> scores{2, 2, 4};
  const SignedRankDistribution distribution(scores);
  EXPECT_EQ(distribution.total(), 8);
  EXPECT_EQ(distribution.cdf(-1), 0.0);
  EXPECT_EQ(distribution.cdf(0), 0.125);
  EXPECT_EQ(distribution.cdf(1), 0.125);
  EXPECT_EQ(distribution.cdf(5), 0.625);
  EXPECT_EQ(distribution.cdf(7), 0.875);
  EXPECT_EQ(distribution.cdf(8), 1.0);
  EXPECT_EQ(distribution.upper(7), 0.125);
  EXPECT_EQ(distribution.upper(6), 0.375);
  EXPECT_EQ(distribution.upper(0), 1.0);
  EXPECT_EQ(distribution.quantile(0.125), 0);
  EXPECT_EQ(distribution.quantile(0.126), 2);
  EXPECT_EQ(distribution.quantile(0.9), 8);
  EXPECT_EQ(distribution.quantile(0.125, true), 2);
}

TEST(SignedRankDistribution, DoubleDoubleCountsAgreeWithIntegerCounts) {
  // 63 scores use uint64, 64 use DoubleDouble: P(T <= t) for scores 1..64 equals
  // (count(1..63, t) + count(1..63, t - 64)) / 2^64.
  const SignedRankDistribution small = ranks_one_to(63);
  const SignedRankDistribution large = ranks_one_to(64);
  for (const std::int64_t t : {0, 10, 200, 700, 1000, 1040, 1500, 2000}) {
    const double expected = (small.cdf(t) + small.cdf(t - 64)) / 2;
    EXPECT_TRUE(near_relative(large.cdf(t), expected, 1e-15)) << t;
  }
}

}  // namespace
}  // namespace myoivig::stats
