// End-to-end tests of `myoivig eligibility` through the real binary on the demo study
// (whose 12 synthetic patients were built to meet the seed protocol), and of `check`
// flagging a patient enrolled while ineligible.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cli/command_runner_test_support.hpp"

namespace myoivig::cli {
namespace {

namespace fs = std::filesystem;
using testing::quoted;
using testing::run_myoivig;
using testing::ScratchDir;

const fs::path k_source = MYOIVIG_SOURCE_DIR;

class EligibilityCommand : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto demo = run_myoivig("demo --db " + quoted(m_database), m_scratch.path());
    ASSERT_EQ(demo.exit_status, 0) << demo.err;
  }

  testing::CommandResult eligibility(const std::string& arguments) {
    return run_myoivig("eligibility --db " + quoted(m_database) + " " + arguments,
                       m_scratch.path());
  }

  ScratchDir m_scratch{"eligibility"};
  fs::path m_database = m_scratch.path() / "d.db";
};

TEST_F(EligibilityCommand, EveryDemoPatientIsEligible) {
  const auto result = eligibility("--json");
  ASSERT_EQ(result.exit_status, 0) << result.err;
  const auto document = nlohmann::json::parse(result.out);
  ASSERT_EQ(document.at("patients").size(), 12u);
  for (const auto& patient : document["patients"]) {
    EXPECT_EQ(patient.at("eligible"), "eligible") << patient.dump(2);
    for (const auto& rule : patient.at("rules")) {
      EXPECT_EQ(rule.at("status"), "met") << patient["patient"] << " " << rule.dump();
    }
  }
  const auto text = eligibility("");
  EXPECT_EQ(text.exit_status, 0);
  EXPECT_NE(text.out.find("12 patients against protocol SEED-IVIG-2003: 12 eligible, 0 "
                          "ineligible, 0 undetermined."),
            std::string::npos)
      << text.out;
}

TEST_F(EligibilityCommand, ShowsTheFactsOfEachRule) {
  const auto result = eligibility("--patient SEED-01");
  ASSERT_EQ(result.exit_status, 0) << result.err;
  EXPECT_EQ(result.out.rfind("SEED-01: eligible\n", 0), 0u) << result.out;
  EXPECT_NE(result.out.find("  met      Biopsy-proven\n"
                            "           biopsy-proven (biopsy on 2001-01-05)\n"),
            std::string::npos)
      << result.out;
  EXPECT_NE(result.out.find("prednisolone 60 mg/day from 2001-01-11 to 2001-03-11 (60 days: 8 "
                            "weeks 4 days) before day 1 of course 1 on 2001-03-12; MMT 68 (week "
                            "-4, 2001-02-09) -> 66 (week 0, 2001-03-12), -2 points: no "
                            "improvement\n"),
            std::string::npos)
      << result.out;
  EXPECT_EQ(result.out.find("SEED-02"), std::string::npos);
}

TEST_F(EligibilityCommand, JsonHasTheContractFields) {
  const auto result = eligibility("--patient SEED-12 --json");
  ASSERT_EQ(result.exit_status, 0) << result.err;
  const auto document = nlohmann::json::parse(result.out);
  ASSERT_EQ(document.at("patients").size(), 1u);
  const auto& patient = document["patients"][0];
  EXPECT_EQ(patient.at("patient"), "SEED-12");
  EXPECT_EQ(patient.at("eligible"), "eligible");
  std::vector<std::string> ids;
  for (const auto& rule : patient.at("rules")) {
    ids.push_back(rule.at("id"));
    EXPECT_TRUE(rule.at("label").is_string());
    EXPECT_TRUE(rule.at("status").is_string());
    EXPECT_TRUE(rule.at("facts").is_string());
  }
  EXPECT_EQ(ids, (std::vector<std::string>{
                     "diagnosis", "biopsy", "steroid_resistance", "exclusion.iga_deficiency",
                     "exclusion.thrombosis_history", "exclusion.ischaemic_heart_disease",
                     "exclusion.severe_renal_disease", "exclusion.severe_hepatic_disease",
                     "exclusion.prior_ivig", "exclusion.malignancy"}));
  EXPECT_EQ(patient["rules"][2].at("facts").get<std::string>().rfind(
                "prednisolone 70 mg/day from 2002-09-09 to 2002-11-10", 0),
            0u)
      << patient["rules"][2];
}

TEST_F(EligibilityCommand, UnknownPatientExitsWithTwo) {
  const auto result = eligibility("--patient SEED-99");
  EXPECT_EQ(result.exit_status, 2);
  EXPECT_NE(result.err.find("SEED-99"), std::string::npos) << result.err;
  EXPECT_TRUE(result.out.empty()) << result.out;
}

TEST(EligibilityCheck, CheckFlagsAPatientEnrolledWhileIneligible) {
  ScratchDir scratch("eligibility-check");
  const fs::path bundle = scratch.path() / "bundle";
  fs::copy(k_source / "data/demo/seed-study", bundle, fs::copy_options::recursive);
  std::stringstream conditions;
  conditions << std::ifstream(bundle / "conditions.csv").rdbuf();
  std::string text = conditions.str();
  const std::string from = "SEED-04,malignancy,false,,";
  ASSERT_NE(text.find(from), std::string::npos);
  text.replace(text.find(from), from.size(), "SEED-04,malignancy,true,1998-05-01,");
  std::ofstream(bundle / "conditions.csv") << text;

  const fs::path database = scratch.path() / "s.db";
  ASSERT_EQ(run_myoivig("init --protocol " + quoted(k_source / "protocols/seed-ivig.toml") +
                            " --db " + quoted(database),
                        scratch.path())
                .exit_status,
            0);
  const auto load =
      run_myoivig("load --db " + quoted(database) + " " + quoted(bundle), scratch.path());
  ASSERT_EQ(load.exit_status, 0) << load.err;

  const auto check =
      run_myoivig("check --json --as-of 2003-12-31 --db " + quoted(database), scratch.path());
  EXPECT_EQ(check.exit_status, 1);
  std::vector<nlohmann::json> flagged;
  const auto findings = nlohmann::json::parse(check.out);
  for (const auto& finding : findings.at("findings")) {
    if (finding.at("field") == "eligibility") flagged.push_back(finding);
  }
  ASSERT_EQ(flagged.size(), 1u) << check.out;
  EXPECT_EQ(flagged[0].at("patient"), "SEED-04");
  EXPECT_EQ(flagged[0].at("entity"), "patients");
  EXPECT_EQ(flagged[0].at("value"), "ineligible");
  EXPECT_NE(flagged[0].at("rule").get<std::string>().find("exclusion.malignancy"),
            std::string::npos);

  const auto eligibility =
      run_myoivig("eligibility --patient SEED-04 --db " + quoted(database), scratch.path());
  EXPECT_EQ(eligibility.exit_status, 0);
  EXPECT_NE(eligibility.out.find("SEED-04: ineligible"), std::string::npos) << eligibility.out;
  EXPECT_NE(eligibility.out.find("NOT MET  Exclusion absent: Malignancy"), std::string::npos)
      << eligibility.out;
}

}  // namespace
}  // namespace myoivig::cli
