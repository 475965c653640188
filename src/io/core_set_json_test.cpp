// The TIS/DOI input document: the fixtures under tests/data/score read into the domain
// types exactly, and bad documents refused with the JSON path named.
#include "io/core_set_json.hpp"

#include <array>
#include <filesystem>
#include <string>

#include <gtest/gtest.h>

#include "io/json_fields.hpp"

namespace myoivig::io {
namespace {

using nlohmann::json;

const std::filesystem::path k_data = std::filesystem::path(MYOIVIG_SOURCE_DIR) / "tests/data/score";

json fixture(const std::string& name) {
  auto document = read_json_file(k_data / name);
  EXPECT_TRUE(document) << document.error().message;
  return document ? *document : json();
}

domain::Rational decimal(const char* text) {
  return *domain::Rational::parse_decimal(text, 6);
}

TEST(CoreSetJson, ReadsCaseAExactly) {
  const auto document = read_response_document(fixture("tis-case-a.json"));
  ASSERT_TRUE(document) << document.error().message;
  const domain::ResponseInput& input = document->input;
  EXPECT_EQ(input.population, domain::Population::adult);
  EXPECT_EQ(input.mmt_max, 150);
  EXPECT_EQ(input.baseline.physician_global_cm, domain::Rational(6));
  EXPECT_EQ(input.followup.haq, domain::Rational::fraction(9, 8));
  EXPECT_EQ(input.baseline.mmt, 110);
  ASSERT_EQ(input.baseline.enzymes.size(), 2U);
  EXPECT_EQ(input.baseline.enzymes[1].name, "aldolase");
  EXPECT_EQ(input.baseline.enzymes[1].value, decimal("9.5"));
  EXPECT_EQ(input.baseline.enzymes[1].uln, decimal("7.6"));
  EXPECT_EQ(input.followup.extramuscular_cm, domain::Rational(2));
  EXPECT_EQ(document->tis_settings.rule(domain::CoreMeasure::haq),
            domain::ChangeRule::absolute_over_range);
}

TEST(CoreSetJson, NullIsMissing) {
  const auto document = read_response_document(fixture("tis-missing-haq.json"));
  ASSERT_TRUE(document);
  EXPECT_FALSE(document->input.followup.haq);
  EXPECT_TRUE(document->input.baseline.haq);
}

TEST(CoreSetJson, RulesAreSettingsInTheDocument) {
  json document = fixture("tis-case-a.json");
  document["percent_change_rules"] = {{"haq", "relative_to_baseline"}};
  auto read = read_response_document(document);
  ASSERT_TRUE(read) << read.error().message;
  EXPECT_EQ(read->tis_settings.rule(domain::CoreMeasure::haq),
            domain::ChangeRule::relative_to_baseline);
  document["percent_change_rules"] = {{"haq", "relative"}};
  read = read_response_document(document);
  ASSERT_FALSE(read);
  EXPECT_EQ(read.error().message,
            "percent_change_rules.haq: must be one of absolute_over_range, relative_to_baseline, "
            "got 'relative'");
}

TEST(CoreSetJson, HaqOfSevenCategoriesAtFullPrecision) {
  json document = fixture("tis-case-a.json");
  document["followup"]["haq"] = 10.0 / 7.0;
  auto read = read_response_document(document);
  ASSERT_TRUE(read) << read.error().message;
  EXPECT_EQ(read->input.followup.haq, domain::Rational::fraction(10, 7));
  document["followup"]["haq"] = 1.23456789;
  read = read_response_document(document);
  ASSERT_FALSE(read);
  EXPECT_EQ(read.error().message,
            "followup.haq: 1.23456789 has more than 6 decimals (a HAQ-DI is a multiple of 1/8, or "
            "of 1/7 or 1/6 with 7 or 6 categories answered)");
}

struct BadCase {
  const char* name;
  const char* pointer;  // JSON pointer of the value to change
  json value;
  const char* error;
};

class CoreSetJsonBad : public testing::TestWithParam<BadCase> {};

TEST_P(CoreSetJsonBad, NamesThePath) {
  const BadCase& c = GetParam();
  json document = fixture("tis-case-a.json");
  if (c.value.is_discarded()) {
    document.erase(std::string(c.pointer).substr(1));
  } else {
    document[json::json_pointer(c.pointer)] = c.value;
  }
  const auto read = read_response_document(document);
  ASSERT_FALSE(read);
  EXPECT_EQ(read.error().message, c.error);
}

INSTANTIATE_TEST_SUITE_P(
    Table, CoreSetJsonBad,
    testing::Values(
        BadCase{"vas_12", "/followup/physician_global", 12,
                "followup.physician_global: 12 cm is outside 0-10 cm"},
        BadCase{"mmt_above_maximum", "/followup/mmt", 151,
                "followup.mmt: 151 is outside 0-150 (the MMT maximum mmt_max)"},
        BadCase{"mmt_half", "/baseline/mmt", 110.5, "baseline.mmt: 110.5 must be a whole number"},
        BadCase{"haq_text", "/baseline/haq", "1.5", "baseline.haq: must be a number, got \"1.5\""},
        BadCase{"unknown_key", "/baseline/ck", 3000,
                "baseline: unknown key 'ck' (known: physician_global, patient_global, mmt, haq, "
                "enzymes, extramuscular)"},
        BadCase{"enzyme_without_uln", "/baseline/enzymes/0", json{{"name", "CK"}, {"value", 3000}},
                "baseline.enzymes[0].uln: missing (an enzyme needs its name, value and uln in "
                "U/l)"},
        BadCase{"enzyme_uln_zero", "/followup/enzymes/1/uln", 0,
                "followup.enzymes[1].uln: 0 U/l must be above 0 and at most 10000000 U/l (the "
                "upper limit of normal)"},
        BadCase{"enzymes_not_a_list", "/followup/enzymes", json{{"CK", 3000}},
                "followup.enzymes: must be a list of {\"name\", \"value\", \"uln\"}"},
        BadCase{"population", "/population", "child",
                "population: must be one of adult, juvenile, got 'child'"},
        BadCase{"mmt_max", "/mmt_max", 0,
                "mmt_max: 0 must be a whole number from 1 to 1000 (80 unilateral or 150 bilateral "
                "MMT-8, 260 MMT-24, 52 CMAS)"},
        BadCase{"no_followup", "/followup", json(json::value_t::discarded),
                "followup: missing (a TIS or DOI document has population, mmt_max, baseline and "
                "followup)"},
        BadCase{"visit_not_object", "/baseline", json::array(),
                "baseline: must be an object, got []"}),
    [](const testing::TestParamInfo<BadCase>& case_info) {
      return std::string(case_info.param.name);
    });

TEST(CoreSetJson, RequiredMeasuresAreNamed) {
  const auto document = read_response_document(fixture("tis-missing-physician.json"));
  ASSERT_TRUE(document) << document.error().message;
  constexpr std::array k_required{domain::CoreMeasure::physician_global, domain::CoreMeasure::mmt};
  const auto required = require_measures(document->input, k_required, "the TIS requires it");
  ASSERT_FALSE(required);
  EXPECT_EQ(required.error().message, "followup.physician_global: missing; the TIS requires it");
}

}  // namespace
}  // namespace myoivig::io
