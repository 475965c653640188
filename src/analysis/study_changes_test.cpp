// observed_changes: an endpoint outside the plan lists the plan's endpoints; an endpoint
// without paired values says so. (The changes of a real study are checked end to end in
// src/cli/simulate_command_test.cpp on the demo study.)
#include "analysis/study_changes.hpp"

#include <gtest/gtest.h>

#include "domain/seed_protocol_for_tests.hpp"

namespace myoivig::analysis {
namespace {

TEST(StudyChanges, UnknownEndpointListsThePlansEndpoints) {
  const domain::Protocol protocol = domain::seed_protocol_for_tests();
  const auto changes = observed_changes(domain::StudyData{}, protocol, "grip");
  ASSERT_FALSE(changes);
  EXPECT_EQ(changes.error().message.rfind("endpoint: 'grip' is not an endpoint of the study's "
                                          "analysis plan (mmt",
                                          0),
            0U)
      << changes.error().message;
}

TEST(StudyChanges, AnEndpointWithoutPairsIsAnError) {
  const domain::Protocol protocol = domain::seed_protocol_for_tests();
  const auto changes = observed_changes(domain::StudyData{}, protocol, "mmt");
  ASSERT_FALSE(changes);
  EXPECT_EQ(changes.error().message,
            "endpoint: 'mmt' has no paired changes in the study (0 analysed patients with "
            "baseline and week 12 values)");
}

}  // namespace
}  // namespace myoivig::analysis
