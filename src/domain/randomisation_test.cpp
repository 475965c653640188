// Tests of the permuted-block allocation list: balance within every block, the ratio,
// block sizes drawn from the scheme, reproducibility from the seed, independence of
// strata, and the scheme's checks.
#include "domain/randomisation.hpp"

#include <map>

#include <gtest/gtest.h>

namespace myoivig::domain {
namespace {

RandomisationScheme two_sites() {
  return {{{"ivig", 1}, {"placebo", 1}}, {4, 6}, {"site-A", "site-B"}, 50, 20221006};
}

TEST(Randomisation, EveryBlockIsBalancedAndSizesComeFromTheScheme) {
  auto list = allocation_list(two_sites());
  ASSERT_TRUE(list.has_value()) << list.error().message;
  std::map<std::pair<std::string, int>, std::map<std::string, int>> blocks;
  std::map<std::pair<std::string, int>, int> sizes;
  std::map<int, int> size_counts;
  for (const AllocationSlot& slot : *list) {
    ++blocks[{slot.stratum, slot.block}][slot.arm];
    sizes[{slot.stratum, slot.block}] = slot.block_size;
  }
  for (const auto& [key, arms] : blocks) {
    EXPECT_EQ(arms.at("ivig"), arms.at("placebo")) << key.first << " block " << key.second;
    EXPECT_EQ(arms.at("ivig") + arms.at("placebo"), sizes[key]);
    ++size_counts[sizes[key]];
  }
  EXPECT_GT(size_counts[4], 0);  // both sizes are used
  EXPECT_GT(size_counts[6], 0);
}

TEST(Randomisation, StrataHoldAtLeastTheSlotsAskedAndEndOnACompleteBlock) {
  auto list = allocation_list(two_sites());
  ASSERT_TRUE(list.has_value());
  std::map<std::string, int> per_stratum;
  for (const AllocationSlot& slot : *list) {
    EXPECT_EQ(slot.sequence, ++per_stratum[slot.stratum]);
  }
  for (const auto& [stratum, count] : per_stratum) {
    EXPECT_GE(count, 50) << stratum;
    EXPECT_LT(count, 56) << stratum;  // at most one block (<= 6) beyond 50
  }
}

// The arms of a scheme's list in order, leaving out one stratum's slots.
std::vector<std::string> arms_of(const RandomisationScheme& scheme, const std::string& skip = {}) {
  std::vector<std::string> arms;
  const auto list = allocation_list(scheme);
  EXPECT_TRUE(list.has_value());
  if (!list) return arms;
  for (const AllocationSlot& slot : *list) {
    if (slot.stratum != skip) arms.push_back(slot.arm);
  }
  return arms;
}

TEST(Randomisation, TheSeedReproducesTheListAndStrataAreIndependent) {
  const std::vector<std::string> first = arms_of(two_sites());
  EXPECT_EQ(first, arms_of(two_sites()));
  RandomisationScheme other_seed = two_sites();
  other_seed.seed += 1;
  EXPECT_NE(first, arms_of(other_seed));
  // Adding a third site leaves site-A's and site-B's lists as they were.
  RandomisationScheme three = two_sites();
  three.strata.push_back("site-C");
  EXPECT_EQ(first, arms_of(three, "site-C"));
}

TEST(Randomisation, UnequalRatioFillsBlocksInProportion) {
  RandomisationScheme scheme{{{"ivig", 2}, {"placebo", 1}}, {3, 6}, {"all"}, 30, 7};
  auto list = allocation_list(scheme);
  ASSERT_TRUE(list.has_value());
  int ivig = 0;
  for (const auto& slot : *list) ivig += slot.arm == "ivig";
  EXPECT_EQ(3 * ivig, 2 * static_cast<int>(list->size()));
}

struct BadScheme {
  const char* name;
  RandomisationScheme scheme;
  const char* message;
};

class RandomisationRefuses : public ::testing::TestWithParam<BadScheme> {};

TEST_P(RandomisationRefuses, NamingTheSetting) {
  auto list = allocation_list(GetParam().scheme);
  ASSERT_FALSE(list.has_value());
  EXPECT_EQ(list.error().message, GetParam().message);
}

INSTANTIATE_TEST_SUITE_P(
    Schemes, RandomisationRefuses,
    ::testing::Values(
        BadScheme{
            "no_arms", {{}, {4}, {"A"}, 10, 1}, "randomisation.arms: must name at least one arm"},
        BadScheme{"zero_weight",
                  {{{"ivig", 0}}, {4}, {"A"}, 10, 1},
                  "randomisation.arms: weight of 'ivig' must be at least 1, got 0"},
        BadScheme{"twice",
                  {{{"ivig", 1}, {"ivig", 1}}, {4}, {"A"}, 10, 1},
                  "randomisation.arms: 'ivig' named twice"},
        BadScheme{"unbalanced_block",
                  {{{"ivig", 1}, {"placebo", 1}}, {4, 5}, {"A"}, 10, 1},
                  "randomisation.block_sizes: 5 is not a positive multiple of the ratio's sum 2"},
        BadScheme{"no_strata",
                  {{{"ivig", 1}, {"placebo", 1}}, {4}, {}, 10, 1},
                  "randomisation.strata: must list at least one stratum"},
        BadScheme{"no_slots",
                  {{{"ivig", 1}, {"placebo", 1}}, {4}, {"A"}, 0, 1},
                  "randomisation.slots_per_stratum: must be at least 1, got 0"}),
    [](const auto& param_info) { return std::string(param_info.param.name); });

}  // namespace
}  // namespace myoivig::domain
