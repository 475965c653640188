// Wilcoxon signed-rank test for one sample or paired samples (d = x - y, then d - mu),
// with the Hodges-Lehmann estimate and a confidence interval from the Walsh averages.
//
// Statistic: V = sum of the ranks of |d_i - mu| over the positive d_i - mu (R's V; SciPy
// reports min(V+, V-)). Ranks are midranks. Zeros (d_i = mu) are
//   wilcoxon: dropped before ranking (Wilcoxon 1945; R <= 4.5, exactRankTests), or
//   pratt:    ranked with the others, then dropped (Pratt 1959; coin's default, R 4.6).
// n is the number of nonzero differences.
//
// p-values, by method:
//   exact             no ties and no zeros: the distribution of V over the 2^n sign
//                     patterns of ranks 1..n (R's psignrank); two-sided
//                     p = min(1, 2 P(V* >= V)) when V > n(n+1)/4, else min(1, 2 P(V* <= V)).
//   exact-conditional ties or zeros: the same over the observed (mid)rank scores, by the
//                     shift algorithm (stats/signed_rank_distribution.hpp); identical to
//                     exactRankTests::wilcox.exact (wilcoxon zeros) and coin's exact
//                     wilcoxsign_test (pratt zeros).
//   normal            z = (V - E - c) / sigma, E = sum(r) / 2, sigma^2 = sum(r^2) / 4
//                     (= n(n+1)(2n+1)/24 - sum(t^3 - t)/48 with Wilcoxon zeros, R's
//                     formula), continuity correction c = 0.5 sign(V - E) two-sided,
//                     +0.5 greater, -0.5 less (when enabled); R's wilcox.test(exact = FALSE).
//
// Estimate: the Hodges-Lehmann estimator, median of the Walsh averages of the nonzero
// differences (wilcoxon) or of all differences (pratt).
// Interval, by method:
//   exact             R's exact interval: [W_(k), W_(M - k + 1)], k = qsignrank(alpha/2, n)
//                     (1 when 0); one-sided with alpha. When the achieved alpha exceeds
//                     alpha by more than alpha/2, conf_level reports 1 - signif(achieved, 2).
//   exact-conditional wilcox.exact's interval: the Walsh averages d whose statistic
//                     V(d) (midranks of |x - d|) lies within the conditional quantiles
//                     qperm(alpha/2), qperm(1 - alpha/2). The same achieved-level rule.
//                     With pratt zeros the same construction over all differences, the
//                     statistic at d ranking the zeros of x - d (no R reference: coin
//                     gives no interval).
//   normal            the Walsh averages at which the normal statistic above (same
//                     correction) crosses the normal quantiles: the exact solution of the
//                     step equation R solves with uniroot (tol 1e-4), so it may differ from
//                     R in the 4th digit. R's "estimate" there is that root for z = 0; we
//                     report the Hodges-Lehmann estimator instead. As R, alpha is doubled
//                     while the interval cannot be reached and conf_level reports it. When
//                     every value is the same, R gives NaN; we give that value as both
//                     ends with conf_level 0.
// References: Hollander, Wolfe & Chicken (2014) Nonparametric Statistical Methods, 3rd ed.,
// ch. 3; Bauer (1972) JASA 67:687 (exact interval); Streitberg & Roehmel (1986).
// Thread-safety: pure functions.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string_view>

#include "stats/alternative.hpp"
#include "util/enum_names.hpp"
#include "util/expected.hpp"

namespace myoivig::stats {

enum class SignrankMethod {
  automatic,  // exact when n <= k_signrank_auto_exact_max_n (conditional with ties/zeros)
  classic,    // R <= 4.5 wilcox.test defaults: exact when n < 50 and no ties/zeros
  exact,      // exact, conditional with ties or zeros; n <= k_signrank_exact_max_n
  normal,     // normal approximation
};

enum class SignrankMethodUsed { exact, exact_conditional, normal };

enum class ZeroMethod { wilcoxon, pratt };

inline constexpr std::size_t k_signrank_auto_exact_max_n = 400;
inline constexpr std::size_t k_signrank_exact_max_n = 1000;

inline constexpr util::EnumNames<SignrankMethod, 4> k_signrank_method_names{{
    {SignrankMethod::automatic, "auto"},
    {SignrankMethod::classic, "classic"},
    {SignrankMethod::exact, "exact"},
    {SignrankMethod::normal, "normal"},
}};
inline constexpr util::EnumNames<SignrankMethodUsed, 3> k_signrank_method_used_names{{
    {SignrankMethodUsed::exact, "exact"},
    {SignrankMethodUsed::exact_conditional, "exact-conditional"},
    {SignrankMethodUsed::normal, "normal"},
}};
inline constexpr util::EnumNames<ZeroMethod, 2> k_zero_method_names{{
    {ZeroMethod::wilcoxon, "wilcoxon"},
    {ZeroMethod::pratt, "pratt"},
}};

struct SignrankOptions {
  double mu = 0.0;
  Alternative alternative = Alternative::two_sided;
  SignrankMethod method = SignrankMethod::automatic;
  bool correct = true;  // continuity correction of the normal method
  ZeroMethod zeros = ZeroMethod::wilcoxon;
  double conf_level = 0.95;
  bool conf_int = true;  // compute estimate and interval (a simulation may skip them)
};

// A location estimate with its confidence interval; one-sided intervals have an infinite
// end, as in R.
struct ShiftInterval {
  double estimate = 0.0;  // Hodges-Lehmann
  double ci_low = 0.0;
  double ci_high = 0.0;
  double conf_level = 0.0;  // achieved level when the requested one is not reachable
};

struct SignrankResult {
  double statistic = 0.0;  // V
  double p_value = 1.0;
  SignrankMethodUsed method = SignrankMethodUsed::exact;
  ZeroMethod zeros = ZeroMethod::wilcoxon;
  std::size_t n = 0;                   // nonzero differences
  std::size_t n_zero = 0;              // differences equal to mu
  bool ties = false;                   // tied |differences| among the nonzero ones
  bool continuity_correction = false;  // applied (normal method only)
  double z = 0.0;                      // normal method: the standardised statistic
  Alternative alternative = Alternative::two_sided;
  std::optional<ShiftInterval> interval;  // when options.conf_int
};

// One sample (or precomputed differences). NaN values are missing and dropped. Fails with
// "signrank: x must have at least 1 non-missing value", when every value equals mu
// ("signrank: x - mu must have at least 1 nonzero value ..."), on a non-finite mu, a
// conf_level outside (0, 1), or method exact with n > k_signrank_exact_max_n.
util::Expected<SignrankResult> signrank(std::span<const double> x,
                                        const SignrankOptions& options = {});

// Paired samples: the test on x - y over the complete cases.
util::Expected<SignrankResult> signrank_paired(std::span<const double> x, std::span<const double> y,
                                               const SignrankOptions& options = {});

std::string_view to_string(SignrankMethodUsed method);
std::string_view to_string(ZeroMethod zeros);

}  // namespace myoivig::stats
