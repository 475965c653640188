// Tests of the randomised trial's JSON document and terminal table, on the hand-built
// trial of analysis/trial_test_support.hpp: the contract fields and their values, nulls for
// what cannot be computed, and the rows a reader looks for.
#include <gtest/gtest.h>

#include "analysis/trial_analysis.hpp"
#include "analysis/trial_test_support.hpp"
#include "io/trial_json.hpp"
#include "io/trial_table.hpp"

namespace myoivig::io {
namespace {

analysis::TrialResult small_result() {
  analysis::testing::TrialBuilder trial = analysis::testing::small_trial();
  auto result = analysis::analyse_trial(trial.data(), analysis::testing::trial_protocol());
  EXPECT_TRUE(result.has_value()) << result.error().message;
  return result ? *result : analysis::TrialResult{};
}

TEST(TrialJson, HasTheContractFieldsAndValues) {
  const nlohmann::ordered_json json = trial_json(small_result());
  EXPECT_EQ(json["design"], "randomised");
  EXPECT_EQ(json["primary_week"], 12);
  ASSERT_EQ(json["arms"].size(), 2u);
  EXPECT_EQ(json["arms"][0]["randomised"], 3);
  const auto& primary = json["primary"];
  EXPECT_EQ(primary["threshold"], 20);
  EXPECT_EQ(primary["arms"][0]["responders"], 1);
  EXPECT_EQ(primary["arms"][1]["n"], 2);
  EXPECT_DOUBLE_EQ(primary["difference"]["estimate"].get<double>(), 1.0 / 3.0 - 0.5);
  EXPECT_DOUBLE_EQ(primary["p_value"].get<double>(), 1.0);
  EXPECT_EQ(json["secondary"].size(), 2u);
  EXPECT_EQ(json["patients"][2]["tis_primary"], nullptr);
  EXPECT_EQ(json["patients"][3]["deterioration_week"], 8);
  EXPECT_EQ(json["safety"]["special_interest"]["events"][0]["term"], "deep vein thrombosis");
  EXPECT_EQ(json["changes"][0]["id"], "mmt8");
}

TEST(TrialTable, ShowsTheRowsAReaderLooksFor) {
  const std::string text = trial_table(small_result());
  for (const char* expected :
       {"Primary: TIS >= 20", "ivig          1 of 3", "placebo       1 of 2", "difference -16.7%",
        "Fisher p = 1.000", "Secondary: TIS >= 40", "Mean TIS by visit", "MMT-8 (points)",
        "thromboembolic events", "P1 (placebo) course 1"}) {
    EXPECT_NE(text.find(expected), std::string::npos) << expected << "\n" << text;
  }
}

}  // namespace
}  // namespace myoivig::io
