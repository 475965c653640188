// Tests of the analysis plan's rules that depend on the design: a single-arm plan tests
// paired changes in the treated, a randomised plan compares responders by arm (Fisher,
// intention to treat) and needs its response settings.
#include <gtest/gtest.h>

#include "domain/protocol.hpp"
#include "domain/seed_protocol_for_tests.hpp"

namespace myoivig::domain {
namespace {

Protocol randomised() {
  Protocol protocol = seed_protocol_for_tests();
  protocol.design.kind = DesignKind::randomised;
  protocol.design.arms = {{"ivig", "IVIG", false, 1}, {"placebo", "Placebo", true, 1}};
  protocol.design.randomisation = RandomisationSettings{{2, 4}, false, {}, 20, 7};
  protocol.analysis.primary_test = "fisher";
  protocol.analysis.population = "randomised";
  protocol.analysis.response = ResponsePlan{Population::adult, 150, 20, {40, 60}, true};
  return protocol;
}

TEST(ProtocolPlan, ARandomisedPlanValidates) {
  const auto checked = validate(randomised());
  EXPECT_TRUE(checked.has_value()) << checked.error().message;
}

struct PlanCase {
  const char* name;
  void (*change)(Protocol&);
  const char* message;
};

class ProtocolPlanRefuses : public ::testing::TestWithParam<PlanCase> {};

TEST_P(ProtocolPlanRefuses, NamingTheKey) {
  Protocol protocol = randomised();
  GetParam().change(protocol);
  const auto checked = validate(protocol);
  ASSERT_FALSE(checked.has_value());
  EXPECT_EQ(checked.error().message, GetParam().message);
}

INSTANTIATE_TEST_SUITE_P(
    Plans, ProtocolPlanRefuses,
    ::testing::Values(
        PlanCase{"signrank_in_trial", [](Protocol& p) { p.analysis.primary_test = "signrank"; },
                 "analysis.primary_test: must be fisher or cmh in a randomised design, got "
                 "'signrank'"},
        PlanCase{"cmh_unstratified",
                 [](Protocol& p) {
                   p.analysis.primary_test = "cmh";
                   p.design.randomisation->stratify_by_site = false;
                 },
                 "analysis.primary_test: cmh tests over the randomisation strata; set "
                 "[design.randomisation] stratify_by = \"site\" or use fisher"},
        PlanCase{"per_protocol", [](Protocol& p) { p.analysis.population = "treated"; },
                 "analysis.population: must be randomised in a randomised design, got 'treated'"},
        PlanCase{"no_response", [](Protocol& p) { p.analysis.response.reset(); },
                 "analysis.response: is required for a randomised design"},
        PlanCase{"threshold_0", [](Protocol& p) { p.analysis.response->threshold = 0; },
                 "analysis.response.threshold: must be from 1 to 100 (TIS points), got 0"},
        PlanCase{"secondary_101",
                 [](Protocol& p) {
                   p.analysis.response->secondary_thresholds = {40, 101};
                 },
                 "analysis.response.secondary_thresholds: must be from 1 to 100 (TIS points), "
                 "got 101"},
        PlanCase{"response_in_single_arm",
                 [](Protocol& p) {
                   p = seed_protocol_for_tests();
                   p.analysis.response = ResponsePlan{};
                 },
                 "analysis.response: only a randomised design has one"}),
    [](const auto& param_info) { return std::string(param_info.param.name); });

}  // namespace
}  // namespace myoivig::domain
