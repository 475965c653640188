// Tests of the randomised trial's JSON document and terminal table, on the hand-built
// trial of analysis/trial_test_support.hpp: the contract fields and their values, nulls for
// what cannot be computed, and the rows a reader looks for.
#include <filesystem>
#include <string>

#include <gtest/gtest.h>

#include "analysis/trial_analysis.hpp"
#include "analysis/trial_test_support.hpp"
#include "domain/protocol.hpp"
#include "io/trial_json.hpp"
#include "io/trial_report_html.hpp"
#include "io/trial_table.hpp"
#include "util/file.hpp"

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
  const auto& endpoints = json["endpoints"];
  ASSERT_EQ(endpoints.size(), 3u);
  EXPECT_EQ(endpoints[0]["id"], "tis");
  EXPECT_EQ(endpoints[1]["id"], "responder");
  EXPECT_EQ(endpoints[1]["arms"][0]["responders"], 1);
  EXPECT_EQ(endpoints[2]["id"], "confirmed_deterioration");
  EXPECT_EQ(endpoints[2]["arms"][1]["patients"], 1);  // P1
  EXPECT_EQ(endpoints[2]["arms"][0]["patients"], 0);
  EXPECT_EQ(primary["test"], "fisher");
  EXPECT_EQ(primary["test_note"], "");
}

// The small trial under primary_test "cmh" with I1, I2, P1 and P2 randomised in US-01 and I3
// in JP-01: one stratum holds both arms, so there is no CMH p-value, and each output says why.
TEST(TrialOutputs, SayWhyTheCmhHasNoPValue) {
  analysis::testing::TrialBuilder trial = analysis::testing::small_trial();
  for (domain::Allocation& allocation : trial.data().allocations) {
    allocation.stratum = allocation.patient_id == "I3" ? "JP-01" : "US-01";
  }
  for (domain::Patient& patient : trial.data().patients) {
    patient.site = patient.id == "I3" ? "JP-01" : "US-01";
  }
  domain::Protocol protocol = analysis::testing::trial_protocol();
  protocol.design.randomisation->stratify_by_site = true;
  protocol.design.randomisation->sites = {"JP-01", "US-01"};
  protocol.analysis.primary_test = "cmh";
  auto result = analysis::analyse_trial(trial.data(), protocol);
  ASSERT_TRUE(result.has_value()) << result.error().message;
  const std::string reason =
      "CMH needs at least two strata with patients in both arms; 1 stratum usable (US-01); "
      "left out: JP-01 (ivig only)";

  const nlohmann::ordered_json json = trial_json(*result);
  EXPECT_EQ(json["primary"]["test"], "cmh");
  EXPECT_EQ(json["primary"]["p_value"], nullptr);
  EXPECT_EQ(json["primary"]["cmh"], nullptr);
  EXPECT_EQ(json["primary"]["test_note"], reason);
  EXPECT_EQ(json["secondary"][0]["test_note"], reason);

  const std::string text = trial_table(*result);
  const std::size_t difference = text.find("  difference -16.7%");
  ASSERT_NE(difference, std::string::npos) << text;
  const std::size_t next_line = text.find('\n', difference) + 1;
  EXPECT_EQ(text.substr(next_line, text.find('\n', next_line) - next_line),
            "  no p-value: " + reason);
  EXPECT_EQ(text.find("CMH p"), std::string::npos) << text;

  const std::string html = render_trial_report(*result, protocol);
  EXPECT_NE(html.find("<li>No p-value at TIS &gt;= 20, 40, 60: " + reason + ".</li>"),
            std::string::npos);
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

TEST(TrialReportHtml, IsSelfContainedWithTheTablesAndThePlot) {
  const std::string html = render_trial_report(small_result(), analysis::testing::trial_protocol());
  for (const char* expected :
       {"<!DOCTYPE html>", "Table 2. Responders by arm", "TIS &gt;= 20 at week 12 (primary)",
        "<svg", "Mean TIS by visit and arm", "deep vein thrombosis",
        "every randomised patient in the arm allocated", "Generated by myoivig"}) {
    EXPECT_NE(html.find(expected), std::string::npos) << expected;
  }
  EXPECT_EQ(html.find("http://"), std::string::npos);
  EXPECT_EQ(html.find("https://"), std::string::npos);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("SYNTHETIC DATA"), std::string::npos);  // the test data are not flagged
  // For a look in a browser: <build>/src/io/trial-report-test/report.html under ctest.
  const std::filesystem::path folder = std::filesystem::current_path() / "trial-report-test";
  std::filesystem::create_directories(folder);
  EXPECT_TRUE(util::write_file_atomically(folder / "report.html", html).has_value());
}

}  // namespace
}  // namespace myoivig::io
