// Tests of the [design] table of a protocol file: the seed protocol is single-arm; a
// randomised design with arms, randomisation and crossover reads back field by field; bad
// designs are refused with the key path.
#include "io/protocol_design.hpp"

#include <filesystem>
#include <string>

#include <gtest/gtest.h>

#include "io/protocol_file.hpp"
#include "util/file.hpp"

namespace myoivig::io {
namespace {

std::string seed_text() {
  auto text =
      util::read_file(std::filesystem::path(MYOIVIG_SOURCE_DIR) / "protocols/seed-ivig.toml");
  EXPECT_TRUE(text.has_value());
  return text ? *text : std::string();
}

const std::string k_randomised = R"(
[design]
kind = "randomised"
blinded = true
blinded_until_week = 12

[[design.arms]]
id = "ivig"
label = "IVIG 0.4 g/kg/day for 5 days"
ratio = 2

[[design.arms]]
id = "placebo"
label = "Placebo"
placebo = true

[design.randomisation]
block_sizes = [3, 6]
stratify_by = "site"
sites = ["JP-01", "JP-02"]
slots_per_stratum = 12
seed = 2012

[design.crossover]
from_arm = "placebo"
to_arm = "ivig"
)";

// A randomised plan: responders by arm on the TIS, Fisher's test, everyone randomised.
const std::string k_randomised_plan = R"(primary_test = "fisher"
population = "randomised"

[analysis.response]
population = "adult"
mmt_max = 150
threshold = 20
secondary_thresholds = [40, 60]

[analysis.special_interest]
label = "thromboembolic events"
terms = ["deep vein thrombosis", "pulmonary embolism"]
)";

// The seed text with `design` inserted before [eligibility] and, for a randomised design,
// the randomised plan in place of the seed's test and population.
util::Expected<domain::Protocol> with_design(const std::string& design) {
  std::string text = seed_text();
  text.insert(text.find("[eligibility]\n"), design + "\n");
  if (design.find("kind = \"randomised\"") != std::string::npos) {
    const std::size_t test = text.find("primary_test = \"signrank\"");
    const std::size_t end = text.find("population = \"treated_with_primary_assessment\"\n");
    text.replace(
        test, end + std::string("population = \"treated_with_primary_assessment\"\n").size() - test,
        k_randomised_plan);
  }
  return parse_protocol(text);
}

TEST(ProtocolDesign, TheSeedProtocolIsSingleArm) {
  auto protocol = parse_protocol(seed_text());
  ASSERT_TRUE(protocol.has_value());
  EXPECT_EQ(protocol->design.kind, domain::DesignKind::single_arm);
  EXPECT_TRUE(protocol->design.arms.empty());
  EXPECT_FALSE(protocol->design.randomisation.has_value());
}

TEST(ProtocolDesign, ARandomisedDesignReadsBackFieldByField) {
  auto protocol = with_design(k_randomised);
  ASSERT_TRUE(protocol.has_value()) << protocol.error().message;
  const domain::StudyDesign& design = protocol->design;
  EXPECT_EQ(design.kind, domain::DesignKind::randomised);
  EXPECT_TRUE(design.blinded);
  EXPECT_EQ(design.blinded_until_week, 12);
  ASSERT_EQ(design.arms.size(), 2u);
  EXPECT_EQ(design.arms[0].ratio, 2);
  EXPECT_FALSE(design.arms[0].placebo);
  EXPECT_TRUE(design.arms[1].placebo);
  EXPECT_EQ(design.arms[1].label, "Placebo");
  ASSERT_TRUE(design.randomisation.has_value());
  EXPECT_EQ(design.randomisation->block_sizes, (std::vector<int>{3, 6}));
  EXPECT_EQ(design.randomisation->sites, (std::vector<std::string>{"JP-01", "JP-02"}));
  EXPECT_EQ(design.randomisation->slots_per_stratum, 12);
  EXPECT_EQ(design.randomisation->seed, 2012u);
  ASSERT_TRUE(design.crossover.has_value());
  EXPECT_EQ(design.crossover->trigger, "confirmed_deterioration");
  const domain::AnalysisPlan& plan = protocol->analysis;
  ASSERT_TRUE(plan.response.has_value());
  EXPECT_EQ(plan.response->mmt_max, 150);
  EXPECT_EQ(plan.response->threshold, 20);
  EXPECT_EQ(plan.response->secondary_thresholds, (std::vector<int>{40, 60}));
  EXPECT_TRUE(plan.response->without_confirmed_deterioration);
  ASSERT_TRUE(plan.special_interest.has_value());
  EXPECT_EQ(plan.special_interest->terms.size(), 2u);
}

struct DesignEdit {
  const char* name;
  std::string from;
  std::string to;
  std::string message;
};

class ProtocolDesignRefuses : public ::testing::TestWithParam<DesignEdit> {};

TEST_P(ProtocolDesignRefuses, NamingTheKey) {
  std::string design = k_randomised;
  const std::size_t at = design.find(GetParam().from);
  ASSERT_NE(at, std::string::npos) << GetParam().from;
  design.replace(at, GetParam().from.size(), GetParam().to);
  auto protocol = with_design(design);
  ASSERT_FALSE(protocol.has_value());
  EXPECT_EQ(protocol.error().message, GetParam().message);
}

INSTANTIATE_TEST_SUITE_P(
    Edits, ProtocolDesignRefuses,
    ::testing::Values(
        DesignEdit{"kind", "kind = \"randomised\"", "kind = \"crossover\"",
                   "design.kind: must be one of single_arm, randomised, got 'crossover'"},
        DesignEdit{"block_not_integer", "block_sizes = [3, 6]", "block_sizes = [3, \"6\"]",
                   "design.randomisation.block_sizes[1]: must be an integer from 1 to 1000"},
        DesignEdit{"block_not_multiple", "block_sizes = [3, 6]", "block_sizes = [3, 4]",
                   "design.randomisation.block_sizes: 4 is not a positive multiple of the "
                   "ratio's sum 3"},
        DesignEdit{"stratify_by", "stratify_by = \"site\"", "stratify_by = \"age\"",
                   "design.randomisation.stratify_by: must be site or none, got 'age'"},
        DesignEdit{"unknown_key", "seed = 2012", "seed = 2012\nsalt = 1",
                   "design.randomisation.salt: unknown setting"},
        DesignEdit{"missing_seed", "seed = 2012", "",
                   "design.randomisation.seed: missing (an "
                   "integer is required)"},
        DesignEdit{"crossover_arm", "to_arm = \"ivig\"", "to_arm = \"open\"",
                   "design.crossover.to_arm: 'open' is not an arm of the design"},
        DesignEdit{"arm_twice", "id = \"placebo\"", "id = \"ivig\"",
                   "design.arms[1].id: 'ivig' is listed twice"},
        DesignEdit{"single_arm_with_plan", "kind = \"randomised\"", "kind = \"single_arm\"",
                   "design.kind: a single_arm design has at most 1 arm, got 2"}),
    [](const auto& param_info) { return std::string(param_info.param.name); });

}  // namespace
}  // namespace myoivig::io
