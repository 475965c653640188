// Distribution functions used by the tests and intervals: thin wrappers over Boost.Math
// (accurate to a few ulp; R's nmath is GPL and is not copied). Upper tails are computed
// directly (Boost's complement), never as 1 - lower tail, so tiny p-values keep their
// digits. Parameters are R's: dbinom(k, n, p), dhyper(x, m, n, k) with m white and n black
// balls and k drawn.
//
// Contract: callers validate the parameters first (stats/check.hpp); on parameters outside
// the domain the functions return NaN, and quantiles at p = 0 or 1 return the support's
// ends (-inf/inf for the normal and t), as R does.
// Thread-safety: pure functions.
#pragma once

#include <cstdint>

namespace myoivig::stats {

// Standard normal: P(Z <= z), P(Z > z), and the p-quantile.
double normal_cdf(double z);
double normal_upper(double z);
double normal_quantile(double p);
double normal_upper_quantile(double p);  // z with P(Z > z) = p

// Student's t with df degrees of freedom: P(T <= t), P(T > t), quantile.
double t_cdf(double t, double df);
double t_upper(double t, double df);
double t_quantile(double p, double df);

// Beta(a, b) p-quantile (Clopper-Pearson bounds).
double beta_quantile(double p, double a, double b);

// Binomial(n, p): P(X = k), P(X <= k), P(X >= k). k outside 0..n gives 0 or 1 as for R's
// pbinom.
double binomial_pmf(std::int64_t k, std::int64_t n, double p);
double binomial_cdf(std::int64_t k, std::int64_t n, double p);
double binomial_upper(std::int64_t k, std::int64_t n, double p);

// Hypergeometric: x white balls among k drawn from m white and n black.
// P(X = x), P(X <= x), P(X >= x); log P(X = x) for the noncentral weights of Fisher's test.
double hypergeometric_pmf(std::int64_t x, std::int64_t m, std::int64_t n, std::int64_t k);
double hypergeometric_cdf(std::int64_t x, std::int64_t m, std::int64_t n, std::int64_t k);
double hypergeometric_upper(std::int64_t x, std::int64_t m, std::int64_t n, std::int64_t k);
double hypergeometric_log_pmf(std::int64_t x, std::int64_t m, std::int64_t n, std::int64_t k);

}  // namespace myoivig::stats
