#include "stats/p_adjust.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <string>

#include "stats/check.hpp"

namespace myoivig::stats {

util::Expected<std::vector<double>> p_adjust(std::span<const double> p, PAdjustMethod method) {
  std::vector<std::size_t> present;  // positions of the non-missing p-values
  for (std::size_t i = 0; i < p.size(); ++i) {
    if (std::isnan(p[i])) continue;
    if (!(p[i] >= 0.0 && p[i] <= 1.0)) {
      return argument_error("p_adjust", "p",
                            "must hold probabilities in [0, 1] or NaN for missing, got " +
                                format_number(p[i]) + " at position " + std::to_string(i + 1));
    }
    present.push_back(i);
  }
  std::vector<double> adjusted(p.begin(), p.end());
  const std::size_t m = present.size();
  if (m <= 1) return adjusted;  // nothing to adjust for (R returns p unchanged)

  // Ascending order of the present p-values; stable, as R's order().
  std::vector<std::size_t> order = present;
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return p[a] < p[b]; });
  const auto total = static_cast<double>(m);
  switch (method) {
    case PAdjustMethod::bonferroni:
      for (const std::size_t i : present) adjusted[i] = std::min(1.0, total * p[i]);
      break;
    case PAdjustMethod::holm: {
      double running = 0.0;
      for (std::size_t rank = 0; rank < m; ++rank) {
        running = std::max(running, (total - static_cast<double>(rank)) * p[order[rank]]);
        adjusted[order[rank]] = std::min(1.0, running);
      }
      break;
    }
    case PAdjustMethod::hochberg:
    case PAdjustMethod::bh: {
      // R walks the p-values in decreasing order (a stable sort of the reversed ranks).
      std::vector<std::size_t> descending = present;
      std::stable_sort(descending.begin(), descending.end(),
                       [&](std::size_t a, std::size_t b) { return p[a] > p[b]; });
      double running = std::numeric_limits<double>::infinity();
      for (std::size_t step = 0; step < m; ++step) {
        const double i = total - static_cast<double>(step);  // R's i = m:1
        const double factor = method == PAdjustMethod::bh ? total / i : total + 1 - i;
        running = std::min(running, factor * p[descending[step]]);
        adjusted[descending[step]] = std::min(1.0, running);
      }
      break;
    }
  }
  return adjusted;
}

}  // namespace myoivig::stats
