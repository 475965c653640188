// The product table reader: the shipped data/products.toml, and bad files whose errors
// must name the key path.
#include "io/product_table.hpp"

#include <string>

#include <gtest/gtest.h>

namespace myoivig::io {
namespace {

const std::filesystem::path k_products =
    std::filesystem::path(MYOIVIG_SOURCE_DIR) / "data/products.toml";

// One valid product; tests replace a line of it to break it.
constexpr const char* k_valid = R"([[products]]
id = "test-10"
name = "Test 10%"
concentration_g_per_ml = 0.1
vials_g = [1, 2.5, 5]
contains_maltose = false
max_dose_g_per_kg_per_day = 1.0
max_dose_g_per_kg_per_course = 2.0
limits_source = "test"

[products.rate]
unit = "mL/kg/min"
start = 0.01
step = 0.01
step_interval_min = 30
max = 0.08
at_risk_max = 0.03
)";

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const std::size_t at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

TEST(ProductTable, ReadsTheShippedTable) {
  const auto table = read_product_table(k_products);
  ASSERT_TRUE(table) << table.error().message;
  ASSERT_EQ(table->products.size(), 5u);

  const domain::Product* octagam = table->find("Octagam 10%");
  ASSERT_NE(octagam, nullptr);
  EXPECT_EQ(octagam->vial_sizes_g, (std::vector<double>{2, 5, 10, 20, 30}));
  EXPECT_EQ(octagam->contains_maltose, std::optional<bool>(true));
  EXPECT_DOUBLE_EQ(octagam->concentration_g_per_ml, 0.1);
  EXPECT_DOUBLE_EQ(octagam->rate.start_rate, 0.01);
  EXPECT_DOUBLE_EQ(octagam->rate.step_rate, 0.01);
  EXPECT_EQ(octagam->rate.step_interval_min, 30);
  EXPECT_DOUBLE_EQ(octagam->rate.max_rate, 0.04);
  EXPECT_DOUBLE_EQ(octagam->rate.at_risk_max_rate, 0.03);

  const domain::Product* gamunex = table->find("gamunex-c");
  ASSERT_NE(gamunex, nullptr);
  EXPECT_EQ(gamunex->vial_sizes_g, (std::vector<double>{1, 2.5, 5, 10, 20, 40}));

  const domain::Product* gammagard = table->find("gammagard liquid");
  ASSERT_NE(gammagard, nullptr);
  EXPECT_EQ(gammagard->vial_sizes_g, (std::vector<double>{1, 2.5, 5, 10, 20, 30}));
  EXPECT_EQ(gammagard->rate.unit, domain::RateUnit::ml_per_kg_per_h);
  EXPECT_DOUBLE_EQ(gammagard->rate.start_rate, 0.5);
  EXPECT_DOUBLE_EQ(gammagard->rate.max_rate, 5.0);

  const domain::Product* privigen = table->find("Privigen");
  ASSERT_NE(privigen, nullptr);
  EXPECT_DOUBLE_EQ(privigen->rate.start_rate, 0.005);
  EXPECT_DOUBLE_EQ(privigen->rate.max_rate, 0.08);

  const domain::Product* seed = table->find("PEG-IgG 5%");
  ASSERT_NE(seed, nullptr);
  EXPECT_DOUBLE_EQ(seed->concentration_g_per_ml, 0.05);
  EXPECT_EQ(seed->vial_sizes_g, (std::vector<double>{2.5, 5}));
  EXPECT_FALSE(seed->contains_maltose.has_value());
  EXPECT_NE(seed->assumption.find("vial sizes"), std::string::npos);
}

TEST(ProductTable, FindsByIdOrNameIgnoringCaseAndSpaces) {
  const auto table = parse_product_table(k_valid);
  ASSERT_TRUE(table) << table.error().message;
  EXPECT_NE(table->find("TEST 10 %"), nullptr);
  EXPECT_NE(table->find("test-10"), nullptr);
  EXPECT_EQ(table->find("Octagam"), nullptr);
  EXPECT_EQ(table->names(), (std::vector<std::string>{"Test 10%"}));
}

struct BadFile {
  const char* name;
  std::string text;
  const char* message;
};

class BadProductFiles : public testing::TestWithParam<BadFile> {};

TEST_P(BadProductFiles, NameTheKeyPath) {
  const auto table = parse_product_table(GetParam().text);
  ASSERT_FALSE(table);
  EXPECT_EQ(table.error().message, GetParam().message);
}

const std::string k_three = std::string(k_valid) +
                            replaced(replaced(k_valid, "test-10", "b"), "Test 10%", "B") +
                            replaced(replaced(k_valid, "test-10", "c"), "Test 10%", "C");

INSTANTIATE_TEST_SUITE_P(
    Errors, BadProductFiles,
    testing::Values(
        BadFile{"negative_vial_in_third_product",
                std::string(k_valid) +
                    replaced(replaced(k_valid, "test-10", "b"), "Test 10%", "B") +
                    replaced(replaced(replaced(k_valid, "test-10", "c"), "Test 10%", "C"),
                             "[1, 2.5, 5]", "[1, -5]"),
                "products[2].vials_g: must be positive numbers, got -5"},
        BadFile{"vials_not_numbers", replaced(k_valid, "[1, 2.5, 5]", R"(["1 g"])"),
                "products[0].vials_g: must be an array of numbers"},
        BadFile{"missing_concentration", replaced(k_valid, "concentration_g_per_ml = 0.1\n", ""),
                "products[0].concentration_g_per_ml: is required"},
        BadFile{"unknown_key", replaced(k_valid, "vials_g", "vial_g"),
                "products[0].vial_g: unknown key (known: id, name, description, "
                "concentration_g_per_ml, vials_g, contains_maltose, max_dose_g_per_kg_per_day, "
                "max_dose_g_per_kg_per_course, min_age_years, limits_source, assumption, rate)"},
        BadFile{"bad_rate_unit", replaced(k_valid, "mL/kg/min", "mg/kg/min"),
                "products[0].rate.unit: must be one of mL/kg/min, mL/kg/h, got 'mg/kg/min'"},
        BadFile{"missing_rate",
                std::string(k_valid).substr(0, std::string(k_valid).find("[products.rate]")),
                "products[0].rate: is required"},
        BadFile{"maltose_not_boolean",
                replaced(k_valid, "contains_maltose = false", "contains_maltose = \"no\""),
                "products[0].contains_maltose: must be true or false"},
        BadFile{"duplicate_name", k_three + replaced(k_valid, "test-10", "d"),
                "products[3].name: 'Test 10%' names another product already"},
        BadFile{"no_products", "title = \"x\"\n", "title: unknown key (known: products)"},
        BadFile{"empty", "", "products: is required ([[products]] tables)"}),
    [](const testing::TestParamInfo<BadFile>& case_info) {
      return std::string(case_info.param.name);
    });

TEST(ProductTable, SyntaxErrorsNameLineAndColumn) {
  const auto table = parse_product_table("[[products]\n");
  ASSERT_FALSE(table);
  EXPECT_EQ(table.error().message.rfind("line 1, column 12: ", 0), 0u) << table.error().message;
}

TEST(ProductTable, FileErrorsNameTheFile) {
  const auto missing = read_product_table("/nonexistent/products.toml");
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code, util::ErrorCode::io_error);
  EXPECT_NE(missing.error().message.find("/nonexistent/products.toml"), std::string::npos);
}

}  // namespace
}  // namespace myoivig::io
