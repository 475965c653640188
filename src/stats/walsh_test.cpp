#include "stats/walsh.hpp"

#include <vector>

#include <gtest/gtest.h>

#include "stats/ranks.hpp"

namespace myoivig::stats {
namespace {

TEST(Walsh, AveragesAndHodgesLehmann) {
  const std::vector<double> x{1, 3, 8};
  const std::vector<double> expected{1, 2, 3, 4.5, 5.5, 8};
  EXPECT_EQ(sorted_walsh_averages(x), expected);
  EXPECT_EQ(hodges_lehmann(x), 3.75);  // (3 + 4.5) / 2
}

TEST(Walsh, OrderStatisticsWithoutFormingAllAverages) {
  const std::vector<std::vector<double>> samples{
      {-3, 1, 2, 4, 5, 6},
      {0.1, 0.1, 0.2, 0.3, 0.3, 0.3, 0.7},
      {-1e10, -2.5, -0.0, 0.0, 1e-300, 7, 1e10},
      {2.5},
      {-4, -4, -4, -1},
  };
  for (const std::vector<double>& x : samples) {
    const WalshOrderStatistics order(x);
    const std::vector<double> sorted = sorted_walsh_averages(x);
    ASSERT_EQ(order.size(), sorted.size());
    for (std::size_t k = 1; k <= sorted.size(); ++k) EXPECT_EQ(order.at(k), sorted[k - 1]) << k;
    EXPECT_EQ(order.median(), median_of_sorted(sorted));
    EXPECT_EQ(order.median(), hodges_lehmann(x));
  }
}

TEST(Ranks, DoubledMidranksAndTieSum) {
  const std::vector<double> x{3.0, 1.0, 3.0, 2.0, 3.0};
  const DoubledRanks ranks = doubled_midranks(x);
  const std::vector<std::int64_t> expected{8, 2, 8, 4, 8};  // midrank 4 for the three 3s
  EXPECT_EQ(ranks.ranks, expected);
  EXPECT_TRUE(ranks.ties);
  EXPECT_EQ(ranks.tie_sum, 24);  // 3^3 - 3
}

}  // namespace
}  // namespace myoivig::stats
