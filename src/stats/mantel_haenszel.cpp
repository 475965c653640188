#include "stats/mantel_haenszel.hpp"

#include <cmath>
#include <string>

#include "stats/distributions.hpp"
#include "util/error.hpp"

namespace myoivig::stats {

util::Expected<MantelHaenszelResult> mantel_haenszel(const std::vector<Stratum2x2>& strata,
                                                     const MantelHaenszelOptions& options) {
  if (!(options.conf_level > 0 && options.conf_level < 1)) {
    return util::invalid_argument("conf_level: " + std::to_string(options.conf_level) +
                                  " must be between 0 and 1");
  }
  if (strata.size() < 2) {
    return util::invalid_argument("strata: " + std::to_string(strata.size()) +
                                  " given; the Mantel-Haenszel test needs at least 2");
  }
  double delta = 0, variance = 0, diagonal = 0, off_diagonal = 0;
  double rgb_diagonal = 0, rgb_mixed = 0, rgb_off = 0;
  for (std::size_t k = 0; k < strata.size(); ++k) {
    const Stratum2x2& s = strata[k];
    if (s.a < 0 || s.b < 0 || s.c < 0 || s.d < 0) {
      return util::invalid_argument("strata[" + std::to_string(k) +
                                    "]: counts must not be negative");
    }
    const double a = static_cast<double>(s.a), b = static_cast<double>(s.b);
    const double c = static_cast<double>(s.c), d = static_cast<double>(s.d);
    const double t = a + b + c + d;
    if (t < 2) {
      return util::invalid_argument("strata[" + std::to_string(k) + "]: total " +
                                    std::to_string(s.a + s.b + s.c + s.d) +
                                    "; each stratum needs at least 2");
    }
    delta += a - (a + b) * (a + c) / t;
    variance += (a + b) * (c + d) * (a + c) * (b + d) / (t * t * (t - 1));
    diagonal += a * d / t;
    off_diagonal += b * c / t;
    rgb_diagonal += (a + d) * a * d / (t * t);
    rgb_mixed += ((a + d) * b * c + (b + c) * a * d) / (t * t);
    rgb_off += (b + c) * b * c / (t * t);
  }
  if (!(variance > 0)) {
    return util::invalid_argument(
        "strata: every stratum has an empty row or column, so the Mantel-Haenszel variance is 0");
  }
  MantelHaenszelResult result;
  result.strata = strata.size();
  const double yates = options.correct && std::fabs(delta) >= 0.5 ? 0.5 : 0.0;
  const double excess = std::fabs(delta) - yates;
  result.statistic = excess * excess / variance;
  result.p_value = 2 * normal_upper(std::sqrt(result.statistic));  // chi-square, 1 df
  if (off_diagonal > 0) {
    const double estimate = diagonal / off_diagonal;
    result.odds_ratio = estimate;
    if (!(diagonal > 0)) return result;  // estimate 0: no log-scale interval
    const double sd = std::sqrt(rgb_diagonal / (2 * diagonal * diagonal) +
                                rgb_mixed / (2 * diagonal * off_diagonal) +
                                rgb_off / (2 * off_diagonal * off_diagonal));
    const double z = normal_quantile((1 + options.conf_level) / 2);
    result.odds_ratio_ci = Interval{estimate * std::exp(-z * sd), estimate * std::exp(z * sd)};
  }
  return result;
}

}  // namespace myoivig::stats
