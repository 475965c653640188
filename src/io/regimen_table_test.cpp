// The regimen table reader: the shipped data/regimens.toml (seed, ProDERM, Dalakas) and
// bad presets.
#include "io/regimen_table.hpp"

#include <string>

#include <gtest/gtest.h>

namespace myoivig::io {
namespace {

const std::filesystem::path k_regimens =
    std::filesystem::path(MYOIVIG_SOURCE_DIR) / "data/regimens.toml";

TEST(RegimenTable, ReadsTheShippedPresets) {
  const auto table = read_regimen_table(k_regimens);
  ASSERT_TRUE(table) << table.error().message;
  EXPECT_EQ(table->ids(), (std::vector<std::string>{"seed", "proderm", "dalakas"}));

  const RegimenPreset* seed = table->find("seed");
  ASSERT_NE(seed, nullptr);
  EXPECT_DOUBLE_EQ(seed->regimen.dose_g_per_kg_per_day, 0.4);
  EXPECT_EQ(seed->regimen.days, 5);
  EXPECT_EQ(seed->min_days, 5);
  EXPECT_EQ(seed->max_days, 5);
  EXPECT_EQ(seed->regimen.max_courses, 2);
  EXPECT_FALSE(seed->course_dose_g_per_kg);
  EXPECT_EQ(seed->regimen.product, "PEG-IgG 5%");
  EXPECT_EQ(seed->regimen.weight_policy, domain::WeightPolicy::actual);

  const RegimenPreset* proderm = table->find("ProDERM");
  ASSERT_NE(proderm, nullptr);
  EXPECT_EQ(proderm->course_dose_g_per_kg, std::optional<double>(2.0));
  EXPECT_EQ(proderm->min_days, 2);
  EXPECT_EQ(proderm->max_days, 5);
  EXPECT_EQ(proderm->regimen.interval_weeks, std::optional<int>(4));
  EXPECT_EQ(proderm->regimen.product, "Octagam 10%");

  const RegimenPreset* dalakas = table->find("dalakas");
  ASSERT_NE(dalakas, nullptr);
  EXPECT_EQ(dalakas->course_dose_g_per_kg, std::optional<double>(2.0));
  EXPECT_DOUBLE_EQ(dalakas->regimen.dose_g_per_kg_per_course(), 2.0);
}

constexpr const char* k_valid = R"([[regimens]]
id = "r"
description = "test"
course_dose_g_per_kg = 2.0
days = 5
min_days = 2
max_days = 5
weight_policy = "actual"
product = "Octagam 10%"
source = "test"
)";

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const std::size_t at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

struct BadPreset {
  const char* name;
  std::string text;
  const char* message;
};

class BadRegimenFiles : public testing::TestWithParam<BadPreset> {};

TEST_P(BadRegimenFiles, NameTheKeyPath) {
  const auto table = parse_regimen_table(GetParam().text);
  ASSERT_FALSE(table);
  EXPECT_EQ(table.error().message, GetParam().message);
}

INSTANTIATE_TEST_SUITE_P(
    Errors, BadRegimenFiles,
    testing::Values(
        BadPreset{"both_doses",
                  replaced(k_valid, "days = 5\n", "days = 5\ndose_g_per_kg_per_day = 0.4\n"),
                  "regimens[0].dose_g_per_kg_per_day: give exactly one of "
                  "dose_g_per_kg_per_day and course_dose_g_per_kg"},
        BadPreset{"days_outside_range", replaced(k_valid, "days = 5\n", "days = 7\n"),
                  "regimens[0].days: must be within min_days-max_days (2-5), got 7"},
        BadPreset{"bad_weight_policy", replaced(k_valid, "\"actual\"", "\"lean\""),
                  "regimens[0].weight_policy: must be one of actual, ibw, adjbw, auto, got "
                  "'lean'"},
        BadPreset{"course_dose_zero", replaced(k_valid, "= 2.0", "= 0"),
                  "regimens[0].course_dose_g_per_kg: must be above 0 and at most 5.0 g/kg, got 0"},
        BadPreset{"duplicate_id", std::string(k_valid) + k_valid,
                  "regimens[1].id: 'r' is listed twice"}),
    [](const testing::TestParamInfo<BadPreset>& case_info) {
      return std::string(case_info.param.name);
    });

}  // namespace
}  // namespace myoivig::io
