// Sign test for one sample or paired samples: the exact binomial test (stats/binom.hpp)
// of the number of positive differences d_i - mu among the nonzero ones, with p = 1/2.
// Differences equal to mu are dropped (Dixon & Mood 1946; Hollander, Wolfe & Chicken 2014,
// 3.4). R: binom.test(sum(d > mu), sum(d != mu)).
// Thread-safety: pure functions.
#pragma once

#include <cstddef>
#include <span>

#include "stats/alternative.hpp"
#include "util/expected.hpp"

namespace myoivig::stats {

struct SigntestOptions {
  double mu = 0.0;
  Alternative alternative = Alternative::two_sided;
};

struct SigntestResult {
  std::size_t positives = 0;
  std::size_t negatives = 0;
  std::size_t n = 0;       // nonzero differences
  std::size_t n_zero = 0;  // differences equal to mu, dropped
  double p_value = 1.0;
  Alternative alternative = Alternative::two_sided;
};

// NaN values are missing. Fails when no value is left or every value equals mu.
util::Expected<SigntestResult> signtest(std::span<const double> x,
                                        const SigntestOptions& options = {});
util::Expected<SigntestResult> signtest_paired(std::span<const double> x, std::span<const double> y,
                                               const SigntestOptions& options = {});

}  // namespace myoivig::stats
