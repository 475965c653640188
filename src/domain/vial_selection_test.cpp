// Vial selection against combinations worked out by hand: least waste first, then the
// fewest vials; the tolerance for rounding down; and the argument checks.
#include "domain/vial_selection.hpp"

#include <vector>

#include <gtest/gtest.h>

namespace myoivig::domain {
namespace {

const std::vector<std::int64_t> k_octagam_mg{2000, 5000, 10000, 20000, 30000};
const std::vector<std::int64_t> k_gamunex_mg{1000, 2500, 5000, 10000, 20000, 40000};
const std::vector<std::int64_t> k_gammagard_mg{1000, 2500, 5000, 10000, 20000, 30000};
const std::vector<std::int64_t> k_peg_igg_mg{2500, 5000};

struct VialCase {
  const char* name;
  std::int64_t dose_mg;
  const std::vector<std::int64_t>* sizes_mg;
  std::int64_t tolerance_mg;
  std::vector<VialCount> expected;  // largest first
  std::int64_t waste_mg;
  std::int64_t shortfall_mg;
};

class VialTable : public testing::TestWithParam<VialCase> {};

TEST_P(VialTable, ChoosesTheHandComputedCombination) {
  const VialCase& c = GetParam();
  const auto selection = select_vials(c.dose_mg, *c.sizes_mg, c.tolerance_mg);
  ASSERT_TRUE(selection) << selection.error().message;
  ASSERT_EQ(selection->vials.size(), c.expected.size());
  std::int64_t total_mg = 0;
  for (std::size_t i = 0; i < c.expected.size(); ++i) {
    EXPECT_EQ(selection->vials[i].size_mg, c.expected[i].size_mg) << "vial " << i;
    EXPECT_EQ(selection->vials[i].count, c.expected[i].count) << "vial " << i;
    total_mg += selection->vials[i].size_mg * selection->vials[i].count;
  }
  EXPECT_EQ(selection->total_mg, total_mg);
  EXPECT_EQ(selection->dose_mg, c.dose_mg);
  EXPECT_EQ(selection->waste_mg(), c.waste_mg);
  EXPECT_EQ(selection->shortfall_mg(), c.shortfall_mg);
}

INSTANTIATE_TEST_SUITE_P(
    HandComputed, VialTable,
    testing::Values(
        // 70 kg x 0.4 g/kg: 28 g exactly = 20 + 4 x 2 (5 vials; 10 + 10 + 4 x 2 needs 6).
        VialCase{"octagam_28g_exact", 28000, &k_octagam_mg, 0, {{20000, 1}, {2000, 4}}, 0, 0},
        // 82.28 kg x 0.4 g/kg = 32.912 g: 33 g is the least total >= the dose (an odd total
        // needs an odd number of 5 g vials): 20 + 5 + 4 x 2 = 6 vials, waste 0.088 g.
        VialCase{
            "octagam_32_912g", 32912, &k_octagam_mg, 0, {{20000, 1}, {5000, 1}, {2000, 4}}, 88, 0},
        // 10 g: one 10 g vial rather than two 5 g vials.
        VialCase{"octagam_10g_fewest_vials", 10000, &k_octagam_mg, 0, {{10000, 1}}, 0, 0},
        // 1 g: the smallest vial, 2 g, wastes 1 g.
        VialCase{"octagam_1g_smallest_vial", 1000, &k_octagam_mg, 0, {{2000, 1}}, 1000, 0},
        // 32.912 g in 0.5 g steps: 33 g = 20 + 10 + 3 x 1 (no 4-vial sum makes 33).
        VialCase{
            "gamunex_32_912g", 32912, &k_gamunex_mg, 0, {{20000, 1}, {10000, 1}, {1000, 3}}, 88, 0},
        // 0.5 g: the 1 g vial.
        VialCase{"gammagard_half_gram", 500, &k_gammagard_mg, 0, {{1000, 1}}, 500, 0},
        // 28 g from 2.5/5 g vials: 27.5 g is short, so 30 g = 6 x 5 g (not 5 x 5 + 2 x 2.5).
        VialCase{"peg_igg_28g", 28000, &k_peg_igg_mg, 0, {{5000, 6}}, 2000, 0},
        // With a 0.5 g tolerance, 27.5 g (0.5 g short) is closer than 30 g (2 g over).
        VialCase{
            "peg_igg_28g_tolerance", 28000, &k_peg_igg_mg, 500, {{5000, 5}, {2500, 1}}, 0, 500},
        // 28.75 g with 1.25 g tolerance: 27.5 and 30 are equally far; meeting the dose wins.
        VialCase{"peg_igg_tie_meets_dose", 28750, &k_peg_igg_mg, 1250, {{5000, 6}}, 1250, 0},
        // A tolerance does not allow more shortfall than it says: 0.4 g < 0.5 g short.
        VialCase{"peg_igg_28g_small_tolerance", 28000, &k_peg_igg_mg, 400, {{5000, 6}}, 2000, 0}),
    [](const testing::TestParamInfo<VialCase>& case_info) {
      return std::string(case_info.param.name);
    });

TEST(VialSelection, TwoGramsPerKgForTheSpecsManIsSevenVials) {
  // 164.558 g: 165 g is the least reachable total; 5 x 30 + 10 + 5 (7 vials) is as few as
  // any 165 g combination.
  const auto selection = select_vials(164558, k_octagam_mg);
  ASSERT_TRUE(selection);
  EXPECT_EQ(selection->total_mg, 165000);
  EXPECT_EQ(selection->waste_mg(), 442);
  EXPECT_EQ(selection->vial_count(), 7);
}

TEST(VialSelection, RejectsBadArguments) {
  EXPECT_FALSE(select_vials(1000, std::vector<std::int64_t>{}));
  EXPECT_FALSE(select_vials(0, k_octagam_mg));
  EXPECT_FALSE(select_vials(-5, k_octagam_mg));
  EXPECT_FALSE(select_vials(k_max_daily_dose_mg + 1, k_octagam_mg));
  EXPECT_FALSE(select_vials(1000, std::vector<std::int64_t>{2000, 0}));
  EXPECT_FALSE(select_vials(1000, k_octagam_mg, -1));
}

TEST(VialSelection, GramsToMilligramsAreExact) {
  EXPECT_EQ(grams_to_mg(2.5), 2500);
  EXPECT_EQ(grams_to_mg(0.1 + 0.2), 300);
  // 70 x 0.4 is 28.000000000000004 in floating point: still 28 g, not 28.001 g.
  EXPECT_EQ(grams_to_mg_up(70 * 0.4), 28000);
  EXPECT_EQ(grams_to_mg_up(32.9115), 32912);
}

}  // namespace
}  // namespace myoivig::domain
