// Midranks (R's rank(ties.method = "average")) kept exact as integers by doubling: the
// value returned for x_i is 2 * rank_i, where rank_i = #{j: x_j < x_i} + (#{j: x_j == x_i}
// + 1) / 2. Doubled midranks are the integer scores of the exact conditional signed-rank
// distribution (stats/signed_rank_distribution.hpp).
// Thread-safety: pure functions.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace myoivig::stats {

struct DoubledRanks {
  std::vector<std::int64_t> ranks;  // 2 * midrank of each value, in input order
  bool ties = false;                // some value occurs more than once
  std::int64_t tie_sum = 0;         // sum over tie groups of t^3 - t (t = group size)
};

// Doubled midranks of the values (compared exactly, as R compares doubles). NaN is not
// allowed. O(n log n).
DoubledRanks doubled_midranks(std::span<const double> values);

}  // namespace myoivig::stats
