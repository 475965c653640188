// Product checks: each rule names the key path and the field as the data file spells it.
#include "domain/product.hpp"

#include <functional>

#include <gtest/gtest.h>

namespace myoivig::domain {
namespace {

Product valid_product() {
  Product product;
  product.id = "octagam-10";
  product.name = "Octagam 10%";
  product.concentration_g_per_ml = 0.1;
  product.vial_sizes_g = {2, 5, 10, 20, 30};
  product.rate = {RateUnit::ml_per_kg_per_min, 0.01, 0.01, 30, 0.04, 0.03};
  product.max_dose_g_per_kg_per_day = 1;
  product.max_dose_g_per_kg_per_course = 2;
  return product;
}

struct ProductCase {
  const char* name;
  std::function<void(Product&)> change;
  const char* message;
};

class ProductRules : public testing::TestWithParam<ProductCase> {};

TEST_P(ProductRules, NameTheKeyAndTheRule) {
  Product product = valid_product();
  GetParam().change(product);
  const auto valid = validate(product, "products[2]");
  ASSERT_FALSE(valid);
  EXPECT_EQ(valid.error().message, GetParam().message);
}

INSTANTIATE_TEST_SUITE_P(
    Rules, ProductRules,
    testing::Values(
        ProductCase{"negative_vial",
                    [](Product& p) {
                      p.vial_sizes_g = {2, -5};
                    },
                    "products[2].vials_g: must be positive numbers, got -5"},
        ProductCase{"no_vials", [](Product& p) { p.vial_sizes_g.clear(); },
                    "products[2].vials_g: must list at least one vial size"},
        ProductCase{"fraction_of_a_milligram", [](Product& p) { p.vial_sizes_g = {2.0005}; },
                    "products[2].vials_g: must be whole milligrams, got 2.0005"},
        ProductCase{"percent_not_fraction", [](Product& p) { p.concentration_g_per_ml = 10; },
                    "products[2].concentration_g_per_ml: must be above 0 and at most 0.2 g/mL, "
                    "got 10"},
        ProductCase{"course_below_day", [](Product& p) { p.max_dose_g_per_kg_per_course = 0.5; },
                    "products[2].max_dose_g_per_kg_per_course: must be at least "
                    "max_dose_g_per_kg_per_day and at most 5 g/kg, got 0.5"},
        ProductCase{"at_risk_above_max", [](Product& p) { p.rate.at_risk_max_rate = 0.05; },
                    "products[2].rate.at_risk_max: must be positive and at most rate.max (0.04 "
                    "mL/kg/min), got 0.05"},
        ProductCase{"max_below_start", [](Product& p) { p.rate.max_rate = 0.005; },
                    "products[2].rate.max: must be at least rate.start (0.01 mL/kg/min), got "
                    "0.005"}),
    [](const testing::TestParamInfo<ProductCase>& case_info) {
      return std::string(case_info.param.name);
    });

TEST(Product, ValidProductPasses) {
  EXPECT_TRUE(validate(valid_product()));
}

TEST(Product, RateUnitsConvertToMlPerKgPerMin) {
  InfusionRateRule rule;
  rule.unit = RateUnit::ml_per_kg_per_h;
  EXPECT_DOUBLE_EQ(rule.ml_per_kg_per_min(6), 0.1);
  EXPECT_EQ(code(RateUnit::ml_per_kg_per_h), "mL/kg/h");
  EXPECT_TRUE(parse_rate_unit("mL/kg/min"));
  EXPECT_FALSE(parse_rate_unit("ml/kg/min"));
}

}  // namespace
}  // namespace myoivig::domain
