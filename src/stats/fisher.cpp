#include "stats/fisher.hpp"

#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>

#include <boost/math/tools/roots.hpp>
#include <boost/math/tools/toms748_solve.hpp>

#include "stats/check.hpp"
#include "stats/distributions.hpp"
#include "stats/noncentral_hypergeometric.hpp"

namespace myoivig::stats {
namespace {

constexpr std::string_view k_function = "fisher";
constexpr double k_relative_error = 1 + 1e-7;  // R's tolerance for "as likely as a"
constexpr double k_infinity = std::numeric_limits<double>::infinity();

struct Margins {
  std::int64_t x, m, n, k;  // a; first column, second column and first row totals
};

util::Expected<Margins> margins(std::int64_t a, std::int64_t b, std::int64_t c, std::int64_t d) {
  MYOIVIG_TRY(check_count(k_function, "a", a));
  MYOIVIG_TRY(check_count(k_function, "b", b));
  MYOIVIG_TRY(check_count(k_function, "c", c));
  MYOIVIG_TRY(check_count(k_function, "d", d));
  const std::int64_t total = a + b + c + d;
  if (total > k_fisher_max_total) {
    return argument_error(k_function, "table",
                          "total must be at most " + std::to_string(k_fisher_max_total) + ", got " +
                              std::to_string(total));
  }
  return Margins{a, a + c, b + d, a + b};
}

// Solves f(theta) = 0 for f increasing on the real line: doubling steps from [-1, 1] until
// the sign changes, then TOMS 748 (Alefeld, Potra & Shi 1995) to full double precision.
template <typename Function>
double solve_increasing(Function f) {
  constexpr int k_max_doublings = 11;  // |theta| up to 2048, psi beyond any double
  double low = -1.0;
  double high = 1.0;
  double f_low = f(low);
  double f_high = f(high);
  for (int i = 0; i < k_max_doublings && f_low > 0; ++i) {
    high = low;
    f_high = f_low;
    low *= 2;
    f_low = f(low);
  }
  for (int i = 0; i < k_max_doublings && f_high < 0; ++i) {
    low = high;
    f_low = f_high;
    high *= 2;
    f_high = f(high);
  }
  if (f_low >= 0) return low;  // no sign change within reach: the nearest end
  if (f_high <= 0) return high;
  std::uintmax_t iterations = 200;
  const auto [a, b] = boost::math::tools::toms748_solve(
      f, low, high, f_low, f_high, boost::math::tools::eps_tolerance<double>(52), iterations);
  return (a + b) / 2;
}

double two_sided_p(const Margins& t) {
  const std::int64_t lo = std::max<std::int64_t>(0, t.k - t.n);
  const std::int64_t hi = std::min(t.k, t.m);
  const double threshold = hypergeometric_pmf(t.x, t.m, t.n, t.k) * k_relative_error;
  double p = 0.0;
  for (std::int64_t x = lo; x <= hi; ++x) {
    const double probability = hypergeometric_pmf(x, t.m, t.n, t.k);
    if (probability <= threshold) p += probability;
  }
  return std::min(1.0, p);
}

double p_value_of(const Margins& t, Alternative alternative) {
  switch (alternative) {
    case Alternative::less:
      return hypergeometric_cdf(t.x, t.m, t.n, t.k);
    case Alternative::greater:
      return hypergeometric_upper(t.x, t.m, t.n, t.k);
    case Alternative::two_sided:
      return two_sided_p(t);
  }
  return 1.0;
}

OddsRatioEstimate estimate_odds_ratio(const Margins& t, const FisherOptions& options) {
  const NoncentralHypergeometric distribution(t.m, t.n, t.k);
  const auto x = static_cast<double>(t.x);
  OddsRatioEstimate result;
  if (t.x == distribution.lo()) {
    result.estimate = 0.0;
  } else if (t.x == distribution.hi()) {
    result.estimate = k_infinity;
  } else {
    result.estimate =
        std::exp(solve_increasing([&](double theta) { return distribution.mean(theta) - x; }));
  }
  // Lower end: P_psi(X >= x) = alpha, increasing in psi. Upper end: P_psi(X <= x) = alpha,
  // decreasing in psi.
  const auto lower_end = [&](double alpha) {
    if (t.x == distribution.lo()) return 0.0;
    return std::exp(
        solve_increasing([&](double theta) { return distribution.upper(t.x, theta) - alpha; }));
  };
  const auto upper_end = [&](double alpha) {
    if (t.x == distribution.hi()) return k_infinity;
    return std::exp(
        solve_increasing([&](double theta) { return alpha - distribution.cdf(t.x, theta); }));
  };
  const double alpha = 1 - options.conf_level;
  switch (options.alternative) {
    case Alternative::less:
      result.ci_low = 0.0;
      result.ci_high = upper_end(alpha);
      break;
    case Alternative::greater:
      result.ci_low = lower_end(alpha);
      result.ci_high = k_infinity;
      break;
    case Alternative::two_sided:
      result.ci_low = lower_end(alpha / 2);
      result.ci_high = upper_end(alpha / 2);
      break;
  }
  return result;
}

}  // namespace

util::Expected<double> fisher_p_value(std::int64_t a, std::int64_t b, std::int64_t c,
                                      std::int64_t d, Alternative alternative) {
  MYOIVIG_TRY_ASSIGN(table, margins(a, b, c, d));
  return p_value_of(table, alternative);
}

util::Expected<FisherResult> fisher_exact(std::int64_t a, std::int64_t b, std::int64_t c,
                                          std::int64_t d, const FisherOptions& options) {
  MYOIVIG_TRY(check_conf_level(k_function, options.conf_level));
  MYOIVIG_TRY_ASSIGN(table, margins(a, b, c, d));
  FisherResult result;
  result.conf_level = options.conf_level;
  result.alternative = options.alternative;
  result.p_value = p_value_of(table, options.alternative);
  const bool empty_margin = table.m == 0 || table.n == 0 || table.k == 0 || c + d == 0;
  if (!empty_margin) result.odds_ratio = estimate_odds_ratio(table, options);
  return result;
}

}  // namespace myoivig::stats
