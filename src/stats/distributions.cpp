#include "stats/distributions.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include <boost/math/distributions/beta.hpp>
#include <boost/math/distributions/binomial.hpp>
#include <boost/math/distributions/hypergeometric.hpp>
#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/students_t.hpp>
#include <boost/math/policies/policy.hpp>

namespace myoivig::stats {
namespace {

// Domain errors give NaN and overflow gives +-inf instead of exceptions: the callers
// validate their arguments, and quantile(0) = -inf is the answer R gives.
using Policy = boost::math::policies::policy<
    boost::math::policies::domain_error<boost::math::policies::ignore_error>,
    boost::math::policies::overflow_error<boost::math::policies::ignore_error>,
    boost::math::policies::pole_error<boost::math::policies::ignore_error>>;

using Normal = boost::math::normal_distribution<double, Policy>;
using StudentsT = boost::math::students_t_distribution<double, Policy>;
using Beta = boost::math::beta_distribution<double, Policy>;
using Binomial = boost::math::binomial_distribution<double, Policy>;
using Hypergeometric = boost::math::hypergeometric_distribution<double, Policy>;

constexpr double k_nan = std::numeric_limits<double>::quiet_NaN();
constexpr double k_infinity = std::numeric_limits<double>::infinity();

bool valid_hypergeometric(std::int64_t m, std::int64_t n, std::int64_t k) {
  return m >= 0 && n >= 0 && k >= 0 && k <= m + n;
}

Hypergeometric hypergeometric(std::int64_t m, std::int64_t n, std::int64_t k) {
  return Hypergeometric(static_cast<unsigned>(m), static_cast<unsigned>(k),
                        static_cast<unsigned>(m + n));
}

}  // namespace

double normal_cdf(double z) {
  return boost::math::cdf(Normal(), z);
}
double normal_upper(double z) {
  return boost::math::cdf(boost::math::complement(Normal(), z));
}
double normal_quantile(double p) {
  if (p == 0.0) return -k_infinity;
  if (p == 1.0) return k_infinity;
  return boost::math::quantile(Normal(), p);
}
double normal_upper_quantile(double p) {
  if (p == 0.0) return k_infinity;
  if (p == 1.0) return -k_infinity;
  return boost::math::quantile(boost::math::complement(Normal(), p));
}

double t_cdf(double t, double df) {
  return boost::math::cdf(StudentsT(df), t);
}
double t_upper(double t, double df) {
  return boost::math::cdf(boost::math::complement(StudentsT(df), t));
}
double t_quantile(double p, double df) {
  if (p == 0.0) return -k_infinity;
  if (p == 1.0) return k_infinity;
  return boost::math::quantile(StudentsT(df), p);
}

double beta_quantile(double p, double a, double b) {
  return boost::math::quantile(Beta(a, b), p);
}

double binomial_pmf(std::int64_t k, std::int64_t n, double p) {
  if (n < 0 || !(p >= 0.0 && p <= 1.0)) return k_nan;
  if (k < 0 || k > n) return 0.0;
  return boost::math::pdf(Binomial(static_cast<double>(n), p), static_cast<double>(k));
}

double binomial_cdf(std::int64_t k, std::int64_t n, double p) {
  if (n < 0 || !(p >= 0.0 && p <= 1.0)) return k_nan;
  if (k < 0) return 0.0;
  if (k >= n) return 1.0;
  return boost::math::cdf(Binomial(static_cast<double>(n), p), static_cast<double>(k));
}

double binomial_upper(std::int64_t k, std::int64_t n, double p) {
  if (n < 0 || !(p >= 0.0 && p <= 1.0)) return k_nan;
  if (k <= 0) return 1.0;
  if (k > n) return 0.0;
  // Boost's complement is P(X > k - 1).
  return boost::math::cdf(
      boost::math::complement(Binomial(static_cast<double>(n), p), static_cast<double>(k - 1)));
}

double hypergeometric_pmf(std::int64_t x, std::int64_t m, std::int64_t n, std::int64_t k) {
  if (!valid_hypergeometric(m, n, k)) return k_nan;
  if (x < std::max<std::int64_t>(0, k - n) || x > std::min(k, m)) return 0.0;
  return boost::math::pdf(hypergeometric(m, n, k), static_cast<unsigned>(x));
}

double hypergeometric_cdf(std::int64_t x, std::int64_t m, std::int64_t n, std::int64_t k) {
  if (!valid_hypergeometric(m, n, k)) return k_nan;
  if (x < std::max<std::int64_t>(0, k - n)) return 0.0;
  if (x >= std::min(k, m)) return 1.0;
  return boost::math::cdf(hypergeometric(m, n, k), static_cast<unsigned>(x));
}

double hypergeometric_upper(std::int64_t x, std::int64_t m, std::int64_t n, std::int64_t k) {
  if (!valid_hypergeometric(m, n, k)) return k_nan;
  if (x <= std::max<std::int64_t>(0, k - n)) return 1.0;
  if (x > std::min(k, m)) return 0.0;
  return boost::math::cdf(
      boost::math::complement(hypergeometric(m, n, k), static_cast<unsigned>(x - 1)));
}

double hypergeometric_log_pmf(std::int64_t x, std::int64_t m, std::int64_t n, std::int64_t k) {
  const double pmf = hypergeometric_pmf(x, m, n, k);
  if (pmf > 0.0 && std::isnormal(pmf)) return std::log(pmf);
  if (std::isnan(pmf)) return k_nan;
  if (x < std::max<std::int64_t>(0, k - n) || x > std::min(k, m)) return -k_infinity;
  // The probability underflows a double: log C(m, x) + log C(n, k - x) - log C(m + n, k)
  // through lgamma keeps the weight usable for Fisher's noncentral distribution.
  const auto log_choose = [](std::int64_t a, std::int64_t b) {
    return std::lgamma(static_cast<double>(a) + 1.0) - std::lgamma(static_cast<double>(b) + 1.0) -
           std::lgamma(static_cast<double>(a - b) + 1.0);
  };
  return log_choose(m, x) + log_choose(n, k - x) - log_choose(m + n, k);
}

}  // namespace myoivig::stats
