#include "stats/rng.hpp"

#include <set>
#include <vector>

#include <gtest/gtest.h>

namespace myoivig::stats {
namespace {

TEST(Rng, StreamsAreReproducibleAndDistinct) {
  Rng a(7, 0);
  Rng b(7, 0);
  Rng c(7, 1);
  Rng d(8, 0);
  for (int i = 0; i < 100; ++i) {
    const std::uint64_t value = a.next();
    EXPECT_EQ(value, b.next());
    EXPECT_NE(value, c.next());
    EXPECT_NE(value, d.next());
  }
}

TEST(Rng, BelowIsUniformAndInRange) {
  Rng rng(123, 4);
  std::vector<int> counts(6, 0);
  constexpr int k_draws = 600000;
  for (int i = 0; i < k_draws; ++i) {
    const std::uint64_t value = rng.below(6);
    ASSERT_LT(value, 6U);
    ++counts[value];
  }
  for (const int count : counts) EXPECT_NEAR(count, k_draws / 6, 600);  // ~2.6 sd
  for (int i = 0; i < 1000; ++i) {
    const double u = rng.uniform();
    EXPECT_GE(u, 0.0);
    EXPECT_LT(u, 1.0);
  }
}

TEST(Rng, SplitMixOutputFunctionIsTheReferenceOne) {
  // splitmix64 seeded with 0: the first output is mix64(0x9E3779B97F4A7C15).
  EXPECT_EQ(mix64(0x9E3779B97F4A7C15ULL), 0xE220A8397B1DCDAFULL);
}

}  // namespace
}  // namespace myoivig::stats
