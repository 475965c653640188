// The Hodges-Lehmann estimate and confidence intervals of the signed-rank test, one
// function per method (see stats/signrank.hpp for the definitions and references). Used by
// signrank.cpp only; declared here so that the tests can reach them.
// Thread-safety: pure functions.
#pragma once

#include <cstdint>
#include <span>

#include "stats/alternative.hpp"
#include "stats/signed_rank_distribution.hpp"
#include "stats/signrank.hpp"
#include "stats/walsh.hpp"

namespace myoivig::stats::detail {

// R's qsignrank(p, n) on the distribution of V (scores 1..n): the smallest q with
// P(V <= q) >= p - 10 eps for p <= 1/2, else S - (smallest q with P(V <= q) > 1 - p + 10 eps).
std::int64_t qsignrank(const SignedRankDistribution& distribution, double p);

// Doubled statistic 2 * sum of the midranks of |x_i - d| over x_i - d > 0, differences
// equal to 0 ranked but not counted (wilcox.exact's fs(d)). `sorted_x` ascending. O(n).
std::int64_t doubled_statistic_at(std::span<const double> sorted_x, double d);

// `walsh`: the Walsh averages of the differences the interval is about (zeros handled,
// mu added back); `distribution` over the doubled ranks 2, 4, ..., 2n.
ShiftInterval exact_interval(const WalshOrderStatistics& walsh,
                             const SignedRankDistribution& distribution, Alternative alternative,
                             double conf_level);

// `values`: those differences sorted ascending, `walsh` all their Walsh averages sorted;
// `distribution` over the doubled scores of the observed sample, `min_score` the smallest
// of them; `ties` as wilcox.exact's
// TIES (without ties it uses the statistic M..1 for the sorted Walsh averages).
ShiftInterval conditional_interval(std::span<const double> values, std::span<const double> walsh,
                                   const SignedRankDistribution& distribution,
                                   std::int64_t min_score, bool ties, Alternative alternative,
                                   double conf_level);

ShiftInterval normal_interval(std::span<const double> values, const WalshOrderStatistics& walsh,
                              Alternative alternative, double conf_level, bool correct);

// R's signif(x, 2).
double signif2(double x);

}  // namespace myoivig::stats::detail
