// Tests of StudyDesign validation (every rule, with the key path in the message) and of
// the randomisation scheme it gives.
#include "domain/study_design.hpp"

#include <gtest/gtest.h>

namespace myoivig::domain {
namespace {

StudyDesign proderm_like() {
  StudyDesign design;
  design.kind = DesignKind::randomised;
  design.blinded = true;
  design.blinded_until_week = 16;
  design.arms = {{"ivig", "IVIG 2 g/kg every 4 weeks", false, 1}, {"placebo", "Placebo", true, 1}};
  design.randomisation = RandomisationSettings{{4}, true, {"US-01", "EU-01"}, 24, 20221006};
  design.crossover = Crossover{"placebo", "ivig", "confirmed_deterioration"};
  return design;
}

TEST(StudyDesign, ASingleArmStudyNeedsNothingMore) {
  EXPECT_TRUE(validate(StudyDesign{}).has_value());
}

TEST(StudyDesign, ARandomisedDesignGivesItsSchemeWithSitesAsStrata) {
  const StudyDesign design = proderm_like();
  ASSERT_TRUE(validate(design).has_value()) << validate(design).error().message;
  auto scheme = randomisation_scheme(design);
  ASSERT_TRUE(scheme.has_value());
  EXPECT_EQ(scheme->strata, (std::vector<std::string>{"US-01", "EU-01"}));
  ASSERT_EQ(scheme->arms.size(), 2u);
  EXPECT_EQ(scheme->arms[1].arm, "placebo");
  EXPECT_EQ(scheme->seed, 20221006u);
  EXPECT_TRUE(design.arm("placebo")->placebo);
  EXPECT_EQ(design.arm("nobody"), nullptr);

  StudyDesign unstratified = design;
  unstratified.randomisation->stratify_by_site = false;
  EXPECT_EQ(randomisation_scheme(unstratified)->strata, std::vector<std::string>{"all"});
}

struct BadDesign {
  const char* name;
  void (*change)(StudyDesign&);
  const char* message;
};

class StudyDesignRefuses : public ::testing::TestWithParam<BadDesign> {};

TEST_P(StudyDesignRefuses, NamingTheKey) {
  StudyDesign design = proderm_like();
  GetParam().change(design);
  auto checked = validate(design);
  ASSERT_FALSE(checked.has_value());
  EXPECT_EQ(checked.error().message, GetParam().message);
}

INSTANTIATE_TEST_SUITE_P(
    Designs, StudyDesignRefuses,
    ::testing::Values(
        BadDesign{"one_arm",
                  [](StudyDesign& d) {
                    d.arms.pop_back();
                    d.crossover.reset();
                  },
                  "design.arms: a randomised design needs at least 2 arms, got 1"},
        BadDesign{"arm_twice", [](StudyDesign& d) { d.arms[1].id = "ivig"; },
                  "design.arms[1].id: 'ivig' is listed twice"},
        BadDesign{"zero_ratio", [](StudyDesign& d) { d.arms[0].ratio = 0; },
                  "design.arms[0].ratio: must be at least 1, got 0"},
        BadDesign{"no_randomisation", [](StudyDesign& d) { d.randomisation.reset(); },
                  "design.randomisation: is required for a randomised design"},
        BadDesign{"no_sites", [](StudyDesign& d) { d.randomisation->sites.clear(); },
                  "design.randomisation.sites: must list the sites when stratifying by site"},
        BadDesign{"odd_block", [](StudyDesign& d) { d.randomisation->block_sizes = {3}; },
                  "design.randomisation.block_sizes: 3 is not a positive multiple of the "
                  "ratio's sum 2"},
        BadDesign{"single_with_list",
                  [](StudyDesign& d) {
                    d.kind = DesignKind::single_arm;
                    d.arms.pop_back();
                    d.crossover.reset();
                  },
                  "design.randomisation: only a randomised design has one"},
        BadDesign{"unknown_crossover_arm", [](StudyDesign& d) { d.crossover->to_arm = "open"; },
                  "design.crossover.to_arm: 'open' is not an arm of the design"},
        BadDesign{"crossover_trigger", [](StudyDesign& d) { d.crossover->trigger = "week 8"; },
                  "design.crossover.trigger: must be confirmed_deterioration, got 'week 8'"},
        BadDesign{"open_label_unblinded", [](StudyDesign& d) { d.blinded = false; },
                  "design.blinded_until_week: needs blinded = true"}),
    [](const auto& param_info) { return std::string(param_info.param.name); });

}  // namespace
}  // namespace myoivig::domain
