// Tests that the randomised protocol file (protocols/rct-ivig-2g.toml) reads and validates,
// with its design, entry rules, schedule and response plan as the file states them.
#include <filesystem>

#include <gtest/gtest.h>

#include "io/protocol_file.hpp"

namespace myoivig::io {
namespace {

TEST(RctProtocolFile, ReadsAndValidates) {
  auto protocol =
      read_protocol_file(std::filesystem::path(MYOIVIG_SOURCE_DIR) / "protocols/rct-ivig-2g.toml");
  ASSERT_TRUE(protocol.has_value()) << protocol.error().message;
  EXPECT_EQ(protocol->id, "RCT-IVIG-2G");
  const domain::StudyDesign& design = protocol->design;
  EXPECT_EQ(design.kind, domain::DesignKind::randomised);
  ASSERT_EQ(design.arms.size(), 2u);
  EXPECT_TRUE(design.arms[1].placebo);
  EXPECT_EQ(design.randomisation->sites.size(), 6u);
  EXPECT_EQ(design.crossover->from_arm, "placebo");
  const domain::EligibilityRules& rules = protocol->eligibility;
  EXPECT_FALSE(rules.steroid_resistance.has_value());
  ASSERT_TRUE(rules.bohan_peter.has_value());
  EXPECT_EQ(rules.bohan_peter->minimum, domain::BohanPeterCertainty::probable);
  ASSERT_TRUE(rules.core_set_entry.has_value());
  EXPECT_EQ(rules.core_set_entry->mmt8_below, 142);
  EXPECT_EQ(rules.core_set_entry->haq_min, domain::Rational::fraction(1, 4));
  EXPECT_EQ(protocol->regimen.dose_g_per_kg_per_course(), 2.0);
  EXPECT_EQ(protocol->regimen.interval_weeks, 4);
  EXPECT_EQ(protocol->analysis.primary_week, 16);
  EXPECT_EQ(protocol->schedule.back().week, 40);
  EXPECT_EQ(protocol->analysis.response->threshold, 20);
  EXPECT_EQ(protocol->analysis.special_interest->label, "thromboembolic events");
}

}  // namespace
}  // namespace myoivig::io
