// Exact binomial test of H0: P(success) = p, with the Clopper-Pearson and Wilson intervals
// for the proportion. R's binom.test and prop.test semantics.
//
// p-value: less P(X <= x), greater P(X >= x); two-sided ("minlike", R): the sum of
//   dbinom(i) over all i with dbinom(i) <= dbinom(x) (1 + 1e-7), formed as a lower and an
//   upper tail, 1 when x = n p.
// Clopper-Pearson (1934): lower = qbeta(a, x, n - x + 1) (0 when x = 0),
//   upper = qbeta(1 - a, x + 1, n - x) (1 when x = n), a = alpha/2 two-sided, alpha one-sided.
// Wilson (1927) score interval, as in Newcombe (1998) Stat Med 17:857, methods 3 and 4:
//   (p_c + z^2/2n -+ z sqrt(p_c (1 - p_c)/n + z^2/4n^2)) / (1 + z^2/n), z = qnorm(1 - a),
//   p_c = x/n without continuity correction (default; R's prop.test(correct = FALSE)), or
//   p_c = x/n -+ 1/2n with it (clamped to 0 and 1 as prop.test does). R's prop.test
//   shrinks the correction to |x - n p| when that is below 1/2; this interval does not
//   depend on p and always uses 1/2.
// Thread-safety: pure functions.
#pragma once

#include <cstdint>

#include "stats/alternative.hpp"
#include "stats/interval.hpp"
#include "util/expected.hpp"

namespace myoivig::stats {

struct BinomOptions {
  double p = 0.5;  // null probability of success
  Alternative alternative = Alternative::two_sided;
  double conf_level = 0.95;
  bool wilson_continuity_correction = false;
};

struct BinomResult {
  double p_value = 1.0;
  double estimate = 0.0;  // x / n
  double ci_low = 0.0;    // Clopper-Pearson
  double ci_high = 1.0;
  double wilson_low = 0.0;
  double wilson_high = 1.0;
  bool wilson_continuity_correction = false;
  double conf_level = 0.95;
  Alternative alternative = Alternative::two_sided;
};

// Fails unless 0 <= successes <= trials, trials >= 1, 0 <= p <= 1, 0 < conf_level < 1.
util::Expected<BinomResult> binom_test(std::int64_t successes, std::int64_t trials,
                                       const BinomOptions& options = {});

// The p-value alone (the sign test and simulations call it). Same checks.
util::Expected<double> binom_p_value(std::int64_t successes, std::int64_t trials, double p,
                                     Alternative alternative);

util::Expected<Interval> clopper_pearson(std::int64_t successes, std::int64_t trials,
                                         double conf_level,
                                         Alternative alternative = Alternative::two_sided);

util::Expected<Interval> wilson(std::int64_t successes, std::int64_t trials, double conf_level,
                                Alternative alternative = Alternative::two_sided,
                                bool continuity_correction = false);

}  // namespace myoivig::stats
