#include "stats/ranks.hpp"

#include <algorithm>
#include <numeric>

namespace myoivig::stats {

DoubledRanks doubled_midranks(std::span<const double> values) {
  const std::size_t n = values.size();
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(),
            [&](std::size_t a, std::size_t b) { return values[a] < values[b]; });

  DoubledRanks result;
  result.ranks.assign(n, 0);
  std::size_t start = 0;
  while (start < n) {
    std::size_t end = start + 1;
    while (end < n && values[order[end]] == values[order[start]]) ++end;
    // Ranks start + 1 .. end share their average (start + 1 + end) / 2.
    const auto doubled = static_cast<std::int64_t>(start + 1 + end);
    for (std::size_t i = start; i < end; ++i) result.ranks[order[i]] = doubled;
    const auto size = static_cast<std::int64_t>(end - start);
    if (size > 1) {
      result.ties = true;
      result.tie_sum += size * size * size - size;
    }
    start = end;
  }
  return result;
}

}  // namespace myoivig::stats
