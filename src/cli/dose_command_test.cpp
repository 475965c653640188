// End-to-end tests of `myoivig dose` through the real binary: the spec's check values in
// the JSON document, the at-risk cap, refusals (exit 1), usage errors (exit 2) and the
// human output.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cli/command_runner_test_support.hpp"

namespace myoivig::cli {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using testing::read_text;
using testing::run_myoivig;
using testing::ScratchDir;

const fs::path k_data = fs::path(MYOIVIG_SOURCE_DIR) / "data";

json run_json(const std::string& arguments, const fs::path& scratch, int expected_exit) {
  const auto result = run_myoivig("dose " + arguments + " --json", scratch);
  EXPECT_EQ(result.exit_status, expected_exit) << arguments << "\n" << result.err;
  return json::parse(result.out);
}

double sum_of_vials_g(const json& plan) {
  double total = 0;
  for (const json& vial : plan.at("vials")) {
    total += vial.at("size_g").get<double>() * vial.at("count").get<int>();
  }
  return total;
}

struct SpecCase {
  const char* name;
  const char* arguments;
  double dosing_weight_kg;
  double ibw_kg;
  double adjbw_kg;
  double total_dose_g;
};

class DoseSpecValues : public ::testing::TestWithParam<SpecCase> {};

TEST_P(DoseSpecValues, JsonCarriesTheCheckValues) {
  ScratchDir scratch("dose-spec");
  const SpecCase& c = GetParam();
  const json plan = run_json(std::string(c.arguments) + " --regimen proderm --weight-policy adjbw",
                             scratch.path(), 0);
  for (const char* field : {"dosing_weight_kg", "weight_policy", "ibw_kg", "adjbw_kg",
                            "daily_dose_g", "days", "total_dose_g", "vials", "waste_g",
                            "rate_steps", "duration_min", "warnings", "refused", "reasons"}) {
    EXPECT_TRUE(plan.contains(field)) << field;
  }
  EXPECT_NEAR(plan.at("dosing_weight_kg").get<double>(), c.dosing_weight_kg, 0.005);
  EXPECT_NEAR(plan.at("ibw_kg").get<double>(), c.ibw_kg, 0.005);
  EXPECT_NEAR(plan.at("adjbw_kg").get<double>(), c.adjbw_kg, 0.005);
  EXPECT_NEAR(plan.at("total_dose_g").get<double>(), c.total_dose_g, 0.05);
  EXPECT_EQ(plan.at("weight_policy"), "adjbw");
  EXPECT_EQ(plan.at("days"), 5);
  EXPECT_EQ(plan.at("refused"), false);
  EXPECT_TRUE(plan.at("reasons").empty());
  const double daily_dose_g = plan.at("daily_dose_g").get<double>();
  EXPECT_GE(sum_of_vials_g(plan), daily_dose_g);
  EXPECT_NEAR(sum_of_vials_g(plan) - daily_dose_g, plan.at("waste_g").get<double>(), 1e-9);
  ASSERT_FALSE(plan.at("rate_steps").empty());
  for (const json& step : plan.at("rate_steps")) {
    for (const char* field : {"start_min", "ml_per_kg_min", "ml_per_h", "volume_ml"}) {
      EXPECT_TRUE(step.contains(field)) << field;
    }
  }
  EXPECT_GT(plan.at("duration_min").get<double>(), 0);
}

INSTANTIATE_TEST_SUITE_P(
    Spec, DoseSpecValues,
    ::testing::Values(
        SpecCase{"man_175_100", "--weight 100 --height 175 --sex M", 82.28, 70.46, 82.28, 164.6},
        SpecCase{"woman_160_95", "--weight 95 --height 160 --sex F", 69.43, 52.38, 69.43, 138.9},
        SpecCase{"man_180_70", "--weight 70 --height 180 --sex M", 70, 74.99, 73.00, 140}),
    [](const ::testing::TestParamInfo<SpecCase>& case_info) {
      return std::string(case_info.param.name);
    });

TEST(DoseCommand, RateStepsFor70Kilograms) {
  ScratchDir scratch("dose-rates");
  const json plan = run_json("--weight 70 --product octagam-10", scratch.path(), 0);
  const double expected[] = {42, 84, 126, 168};
  ASSERT_EQ(plan.at("rate_steps").size(), 4u);
  for (std::size_t i = 0; i < 4; ++i) {
    EXPECT_DOUBLE_EQ(plan.at("rate_steps")[i].at("ml_per_h").get<double>(), expected[i]);
    EXPECT_DOUBLE_EQ(plan.at("rate_steps")[i].at("start_min").get<double>(), 30.0 * i);
  }
  EXPECT_DOUBLE_EQ(plan.at("duration_min").get<double>(), 145);
  EXPECT_DOUBLE_EQ(plan.at("daily_dose_g").get<double>(), 28);
  EXPECT_DOUBLE_EQ(plan.at("waste_g").get<double>(), 0);
}

TEST(DoseCommand, AtRiskRateNeverAbove003) {
  ScratchDir scratch("dose-risk");
  const json plan =
      run_json("--weight 70 --product octagam-10 --risk cvc,diabetes", scratch.path(), 0);
  EXPECT_EQ(plan.at("at_risk"), true);
  for (const json& step : plan.at("rate_steps")) {
    EXPECT_LE(step.at("ml_per_kg_min").get<double>(), 0.03 + 1e-12);
  }
  const std::string warnings = plan.at("warnings").dump();
  EXPECT_NE(warnings.find("creatinine and BUN before the course and after it"), std::string::npos);
  EXPECT_NE(plan.at("warning_codes").dump().find("maltose_gdh_pqq"), std::string::npos);
}

TEST(DoseCommand, RefusedPlansExitWithOne) {
  ScratchDir scratch("dose-refused");
  const json allergic = run_json("--weight 70 --risk severe_hypersensitivity", scratch.path(), 1);
  EXPECT_EQ(allergic.at("refused"), true);
  EXPECT_FALSE(allergic.at("reasons").empty());
  EXPECT_TRUE(allergic.at("vials").empty());
  EXPECT_TRUE(allergic.at("rate_steps").empty());

  const json one_day = run_json("--weight 70 --regimen proderm --days 1", scratch.path(), 1);
  EXPECT_NE(one_day.at("reasons").dump().find("above the label limit"), std::string::npos);

  const json no_height = run_json("--weight 70 --weight-policy ibw", scratch.path(), 1);
  EXPECT_NE(no_height.at("reasons").dump().find("needs height and sex"), std::string::npos);

  EXPECT_EQ(run_myoivig("dose --weight 5", scratch.path()).exit_status, 1);
}

TEST(DoseCommand, BadUsageExitsWithTwo) {
  ScratchDir scratch("dose-usage");
  for (const char* arguments :
       {"dose", "dose --weight abc", "dose --weight 70 --product nothing",
        "dose --weight 70 --risk smoking", "dose --weight 70 --regimen none",
        "dose --weight 70 --weight-policy lean", "dose --weight 70 --sex X",
        "dose --weight 70 --days 0", "dose --weight 70 --colour"}) {
    EXPECT_EQ(run_myoivig(arguments, scratch.path()).exit_status, 2) << arguments;
  }
  const fs::path bad = scratch.path() / "products.toml";
  std::string text = read_text(k_data / "products.toml");
  text.replace(text.find("[2, 5, 10, 20, 30]"), 18, "[2, -5]");
  std::ofstream(bad) << text;
  const auto result =
      run_myoivig("dose --weight 70 --products '" + bad.string() + "'", scratch.path());
  EXPECT_EQ(result.exit_status, 2);
  EXPECT_NE(result.err.find("products[0].vials_g"), std::string::npos) << result.err;
}

TEST(DoseCommand, DataDirectoryFromTheEnvironment) {
  ScratchDir scratch("dose-data-dir");
  fs::copy_file(k_data / "regimens.toml", scratch.path() / "regimens.toml");
  std::string text = read_text(k_data / "products.toml");
  text.replace(text.find("name = \"Octagam 10%\""), 20, "name = \"Octagam Local\"");
  std::ofstream(scratch.path() / "products.toml") << text;
  ::setenv("MYOIVIG_DATA_DIR", scratch.path().c_str(), 1);
  const auto local = run_myoivig("dose --weight 70 --product 'Octagam Local'", scratch.path());
  ::unsetenv("MYOIVIG_DATA_DIR");
  EXPECT_EQ(local.exit_status, 0) << local.err;
}

TEST(DoseCommand, HumanOutputIsAPlanToCheck) {
  ScratchDir scratch("dose-text");
  const auto result = run_myoivig(
      "dose --weight 100 --height 175 --sex M --regimen proderm --product 'Octagam 10%' "
      "--weight-policy adjbw",
      scratch.path());
  EXPECT_EQ(result.exit_status, 0) << result.err;
  for (const char* text :
       {"Dosing weight    82.28 kg (adjbw)", "IBW (Devine, men)", "AdjBW = IBW + 0.4",
        "Limits and caps", "Vials per day", "pump", "Duration", "Warnings", "GDH-PQQ",
        "This plan is a proposal for a clinician to check"}) {
    EXPECT_NE(result.out.find(text), std::string::npos) << text;
  }
  const auto refused =
      run_myoivig("dose --weight 70 --risk iga_deficiency_with_antibodies", scratch.path());
  EXPECT_EQ(refused.exit_status, 1);
  EXPECT_NE(refused.out.find("REFUSED"), std::string::npos);
}

}  // namespace
}  // namespace myoivig::cli
