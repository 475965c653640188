// End-to-end tests of `myoivig score` through the real binary on the fixtures under
// tests/data/score: the JSON fields of issue 5, the worked cases of outcomes.md, exit
// statuses (0 result, 1 not computable, 2 bad input) and error messages naming the field.
#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cli/command_runner_test_support.hpp"

namespace myoivig::cli {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using testing::run_myoivig;
using testing::ScratchDir;

const fs::path k_data = fs::path(MYOIVIG_SOURCE_DIR) / "tests/data/score";

class ScoreCommand : public ::testing::Test {
 protected:
  ScoreCommand() : m_scratch("score-command") {}

  testing::CommandResult run(const std::string& calculator, const std::string& fixture,
                             const std::string& flags = "") {
    return run_myoivig("score " + calculator + " --in " + testing::quoted(k_data / fixture) +
                           (flags.empty() ? "" : " " + flags),
                       m_scratch.path());
  }
  // The JSON document of a run expected to exit with `status`.
  json run_json(const std::string& calculator, const std::string& fixture, int status = 0,
                const std::string& flags = "") {
    const auto result = run(calculator, fixture, "--json" + (flags.empty() ? "" : " " + flags));
    EXPECT_EQ(result.exit_status, status) << fixture << "\n" << result.err;
    EXPECT_TRUE(result.err.empty()) << result.err;
    return json::parse(result.out, nullptr, false);
  }
  [[nodiscard]] const fs::path& scratch() const { return m_scratch.path(); }

 private:
  ScratchDir m_scratch;
};

TEST_F(ScoreCommand, TisCaseAIsFiftyFiveModerate) {
  const json out = run_json("tis", "tis-case-a.json");
  EXPECT_EQ(out["tis"], 55);
  EXPECT_EQ(out["category"], "moderate");
  const json points =
      json{{"physician_global", 15}, {"patient_global", 5},  {"mmt", 10}, {"haq", 5},
           {"enzymes", 7.5},         {"extramuscular", 12.5}};
  EXPECT_EQ(out["points"], points);
  EXPECT_EQ(out["percent_change"]["mmt"], 10);
  EXPECT_EQ(out["percent_change"]["haq"], 12.5);
  EXPECT_EQ(out["computable"], true);
  EXPECT_EQ(out["missing"], json::array());
  EXPECT_EQ(out["partial"], false);
  EXPECT_EQ(out["enzyme"], "CK");
}

TEST_F(ScoreCommand, TisCaseCIsZeroOnEveryBound) {
  const json out = run_json("tis", "tis-case-c.json");
  EXPECT_EQ(out["tis"], 0);
  EXPECT_EQ(out["category"], "none");
  for (const char* measure : {"physician_global", "patient_global", "enzymes", "extramuscular"}) {
    EXPECT_EQ(out["percent_change"][measure], 5) << measure;
    EXPECT_EQ(out["points"][measure], 0) << measure;
  }
  EXPECT_EQ(out["percent_change"]["mmt"], 2);
  EXPECT_EQ(out["points"]["mmt"], 0);
}

TEST_F(ScoreCommand, TisJuvenileThresholds) {
  // 15 + 2.5 + 20 + 5 + 7.5 + 12.5 = 62.5: major for an adult, moderate for JDM (< 70).
  const json out = run_json("tis", "tis-juvenile.json");
  EXPECT_EQ(out["tis"], 62.5);
  EXPECT_EQ(out["category"], "moderate");
  EXPECT_EQ(out["population"], "juvenile");
  EXPECT_EQ(out["enzyme"], "LDH");
  EXPECT_EQ(out["thresholds"]["major"], 70);
}

TEST_F(ScoreCommand, TisMissingMeasureIsNotComputableUnlessPartial) {
  json out = run_json("tis", "tis-missing-haq.json", 1);
  EXPECT_TRUE(out["tis"].is_null());
  EXPECT_TRUE(out["category"].is_null());
  EXPECT_EQ(out["computable"], false);
  EXPECT_EQ(out["missing"], json::array({"haq"}));
  EXPECT_EQ(out["partial"], false);

  out = run_json("tis", "tis-missing-haq.json", 0, "--partial");
  EXPECT_EQ(out["tis"], 50);
  EXPECT_EQ(out["category"], "moderate");
  EXPECT_EQ(out["partial"], true);
  EXPECT_EQ(out["missing"], json::array({"haq"}));

  const auto text = run("tis", "tis-missing-haq.json", "--partial");
  EXPECT_EQ(text.exit_status, 0);
  EXPECT_NE(text.out.find("50 PARTIAL - moderate improvement"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("PARTIAL score: haq missing and scored 0"), std::string::npos);
}

struct BadInputCase {
  const char* calculator;
  const char* fixture;
  const char* message;
};

class ScoreBadInput : public ScoreCommand, public ::testing::WithParamInterface<BadInputCase> {};

TEST_P(ScoreBadInput, ExitsTwoNamingTheField) {
  const BadInputCase& c = GetParam();
  const auto result = run(c.calculator, c.fixture, "--json");
  EXPECT_EQ(result.exit_status, 2);
  EXPECT_TRUE(result.out.empty()) << result.out;
  EXPECT_NE(result.err.find(c.message), std::string::npos) << result.err;
}

INSTANTIATE_TEST_SUITE_P(
    Fixtures, ScoreBadInput,
    ::testing::Values(
        BadInputCase{"tis", "tis-bad-vas.json",
                     "myoivig score tis: followup.physician_global: 12 cm is outside 0-10 cm"},
        BadInputCase{"doi", "tis-bad-vas.json",
                     "myoivig score doi: followup.physician_global: 12 cm is outside 0-10 cm"},
        BadInputCase{"tis", "tis-bad-mmt.json",
                     "baseline.mmt: 110 is outside 0-80 (the MMT maximum mmt_max)"},
        BadInputCase{"tis", "tis-missing-physician.json",
                     "followup.physician_global: missing; the TIS needs physician global "
                     "activity and MMT at both visits"},
        BadInputCase{"tis", "not-json.json", "not valid JSON: parse error at line 2"},
        BadInputCase{"tis", "absent.json", "cannot read"},
        BadInputCase{"haq", "mmt8.json", "the document: unknown key 'grades'"},
        BadInputCase{"mmt8", "haq.json", "the document: unknown key"},
        BadInputCase{"classify", "haq.json", "the document: unknown key"}));

TEST_F(ScoreCommand, BadDocumentWrittenOnTheFly) {
  std::ofstream(scratch() / "typo.json")
      << R"({"population": "adult", "mmt_max": 150, "baseline": {"physican_global": 5},
             "followup": {}})";
  const auto result = run_myoivig("score tis --in typo.json", scratch());
  EXPECT_EQ(result.exit_status, 2);
  EXPECT_NE(result.err.find("baseline: unknown key 'physican_global'"), std::string::npos)
      << result.err;
}

TEST_F(ScoreCommand, DoiCaseAImprovedCaseCNot) {
  json out = run_json("doi", "tis-case-a.json");
  EXPECT_EQ(out["improved"], true);
  EXPECT_EQ(out["improved_measures"],
            json::array({"physician_global", "patient_global", "haq", "enzymes", "extramuscular"}));
  EXPECT_EQ(out["worsened_measures"], json::array());
  out = run_json("doi", "tis-case-c.json");
  EXPECT_EQ(out["improved"], false);
  EXPECT_EQ(out["improved_measures"], json::array());
  // Relative to baseline: physician 5 -> 4.5 is 10 %.
  EXPECT_EQ(out["percent_change"]["physician_global"], 10);
}

TEST_F(ScoreCommand, HaqAndMmt8) {
  json out = run_json("haq", "haq.json");
  EXPECT_EQ(out["haq_di"], 1.375);
  EXPECT_EQ(out["computed"], true);
  EXPECT_EQ(out["categories"]["walking"]["raised_by_aids_or_help"], true);
  out = run_json("haq", "haq-five-categories.json", 1);
  EXPECT_TRUE(out["haq_di"].is_null());
  EXPECT_EQ(out["answered_categories"], 5);

  out = run_json("mmt8", "mmt8.json", 1);
  EXPECT_EQ(out["unilateral"]["total"], 61);
  EXPECT_EQ(out["unilateral"]["maximum"], 80);
  EXPECT_EQ(out["unilateral"]["left_for_right"], json::array({"quadriceps"}));
  EXPECT_TRUE(out["bilateral"]["total"].is_null());
  EXPECT_EQ(out["bilateral"]["not_testable"], json::array({"quadriceps (R)"}));
}

TEST_F(ScoreCommand, Classify) {
  json out = run_json("classify", "classify-dm.json");
  EXPECT_EQ(out["score"], 10.1);
  EXPECT_NEAR(out["probability"].get<double>(), 0.99159093193403691, 1e-15);  // R
  EXPECT_EQ(out["class"], "definite");
  EXPECT_EQ(out["subclass"], "dm");
  EXPECT_EQ(out["bohan_peter"]["diagnosis"], "dm");
  EXPECT_EQ(out["bohan_peter"]["certainty"], "definite");

  out = run_json("classify", "classify-score-7-5.json");
  EXPECT_EQ(out["score"], 7.5);
  EXPECT_NEAR(out["probability"].get<double>(), 0.89752296655590269, 1e-15);  // R
  EXPECT_EQ(out["class"], "probable");
  EXPECT_EQ(out["class_by_other_rule"], "definite");

  out = run_json("classify", "classify-no-skin.json");
  EXPECT_EQ(out["class"], "not_iim");
  EXPECT_TRUE(out["subclass"].is_null());
  EXPECT_EQ(out["biopsy_features_needed"], true);

  out = run_json("classify", "classify-ibm.json");
  EXPECT_EQ(out["score"], 7.4);
  EXPECT_EQ(out["class"], "probable");
  EXPECT_EQ(out["subclass"], "ibm");
  EXPECT_EQ(out["with_biopsy"], true);
}

TEST_F(ScoreCommand, HumanOutputAndUsage) {
  auto result = run("tis", "tis-case-a.json");
  EXPECT_EQ(result.exit_status, 0);
  EXPECT_NE(result.out.find("ACR/EULAR Total Improvement Score (adult): 55 - moderate improvement"),
            std::string::npos)
      << result.out;
  result = run("doi", "tis-case-a.json", "--partial");  // --partial is for tis only
  EXPECT_EQ(result.exit_status, 2);
  result = run_myoivig("score tis", scratch());  // --in is required
  EXPECT_EQ(result.exit_status, 2);
  result = run_myoivig("score --help", scratch());
  EXPECT_EQ(result.exit_status, 0);
  for (const char* calculator : {"tis", "doi", "haq", "mmt8", "classify"}) {
    EXPECT_NE(result.out.find(calculator), std::string::npos) << calculator;
  }
}

}  // namespace
}  // namespace myoivig::cli
