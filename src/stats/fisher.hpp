// Fisher's exact test for a 2x2 table [a b; c d] with the conditional maximum likelihood
// estimate of the odds ratio and its confidence interval (R's fisher.test semantics).
//
// X = a given the margins follows the (noncentral) hypergeometric distribution
// (stats/noncentral_hypergeometric.hpp). p-value at odds ratio 1: less P(X <= a),
// greater P(X >= a), two-sided the sum of P(X = x) over x with P(X = x) <= P(X = a)
// (1 + 1e-7). Estimate: the psi with E_psi[X] = a (0 when a is the lowest value of the
// support, infinite when the highest). Interval: psi_L with P_psi(X >= a) = alpha/2 and
// psi_U with P_psi(X <= a) = alpha/2 (alpha one-sided; 0 and infinite at the support's
// ends). The roots are solved on log(psi) to full double precision; R's uniroot stops at
// tol ~ 1.2e-4 on psi or 1/psi, so R's printed estimate and interval may differ from ours
// from about the 4th digit.
// References: Fisher (1935) J R Stat Soc 98:39; Agresti (2002) Categorical Data Analysis
// 2nd ed., 3.5.1 and 3.6.1.
// Thread-safety: pure functions.
#pragma once

#include <cstdint>
#include <optional>

#include "stats/alternative.hpp"
#include "util/expected.hpp"

namespace myoivig::stats {

// Largest table total: the support and the root finding cost O(total) per evaluation.
inline constexpr std::int64_t k_fisher_max_total = 1'000'000;

struct FisherOptions {
  Alternative alternative = Alternative::two_sided;
  double conf_level = 0.95;
};

struct OddsRatioEstimate {
  double estimate = 1.0;  // conditional MLE; 0 or +inf at the support's ends
  double ci_low = 0.0;
  double ci_high = 0.0;  // +inf possible
};

struct FisherResult {
  double p_value = 1.0;
  // Empty when a row or column total is zero: every table with those margins is the same,
  // the p-value is 1 and the odds ratio is not estimable (R reports 0 and [0, Inf]).
  std::optional<OddsRatioEstimate> odds_ratio;
  double conf_level = 0.95;
  Alternative alternative = Alternative::two_sided;
};

// Rows a b / c d. Fails on a negative count, a total above k_fisher_max_total or a
// conf_level outside (0, 1).
util::Expected<FisherResult> fisher_exact(std::int64_t a, std::int64_t b, std::int64_t c,
                                          std::int64_t d, const FisherOptions& options = {});

// The two-sided p-value alone (for simulations and the difference of proportions).
util::Expected<double> fisher_p_value(std::int64_t a, std::int64_t b, std::int64_t c,
                                      std::int64_t d, Alternative alternative);

}  // namespace myoivig::stats
