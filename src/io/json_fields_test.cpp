// JSON field readers: numbers exactly as written, strict objects, and errors that name the
// JSON path.
#include "io/json_fields.hpp"

#include <string>

#include <gtest/gtest.h>

namespace myoivig::io {
namespace {

using nlohmann::json;

struct ExactCase {
  const char* json_text;
  std::int64_t numerator;
  std::int64_t denominator;  // 0: an error
  const char* error;
};

class ExactNumber : public testing::TestWithParam<ExactCase> {};

TEST_P(ExactNumber, IsTheDecimalAsWritten) {
  const ExactCase& c = GetParam();
  const auto value = exact_number(json::parse(c.json_text), "followup.haq");
  if (c.denominator == 0) {
    ASSERT_FALSE(value) << c.json_text;
    EXPECT_EQ(value.error().message, c.error);
    return;
  }
  ASSERT_TRUE(value) << value.error().message;
  EXPECT_EQ(value->numerator(), c.numerator) << c.json_text;
  EXPECT_EQ(value->denominator(), c.denominator) << c.json_text;
}

INSTANTIATE_TEST_SUITE_P(
    Table, ExactNumber,
    testing::Values(ExactCase{"4.49", 449, 100, ""}, ExactCase{"1.1", 11, 10, ""},
                    ExactCase{"0.6", 3, 5, ""}, ExactCase{"1.125", 9, 8, ""},
                    ExactCase{"110.0", 110, 1, ""}, ExactCase{"3000", 3000, 1, ""},
                    ExactCase{"-2", -2, 1, ""}, ExactCase{"1e2", 100, 1, ""},
                    ExactCase{"0.000001", 1, 1'000'000, ""},
                    ExactCase{"0.0000001", 0, 0,
                              "followup.haq: 0.0000001 has more than 6 decimals"},
                    ExactCase{"1.4285714285714286", 0, 0,
                              "followup.haq: 1.4285714285714286 has more than 6 decimals"},
                    ExactCase{"\"1.5\"", 0, 0, "followup.haq: must be a number, got \"1.5\""},
                    ExactCase{"true", 0, 0, "followup.haq: must be a number, got true"},
                    ExactCase{"1e300", 0, 0, "followup.haq: 1e+300 is out of range"}));

TEST(JsonFields, WholeNumbers) {
  EXPECT_EQ(*whole_number(json(7), "mmt"), 7);
  EXPECT_EQ(*whole_number(json(7.0), "mmt"), 7);
  const auto half = whole_number(json(110.5), "baseline.mmt");
  ASSERT_FALSE(half);
  EXPECT_EQ(half.error().message, "baseline.mmt: 110.5 must be a whole number");
}

TEST(JsonFields, ObjectsAreStrict) {
  const json visit = json::parse(R"({"physican_global": 5})");
  const auto checked = check_object(visit, "baseline", {"physician_global", "mmt"});
  ASSERT_FALSE(checked);
  EXPECT_EQ(checked.error().message,
            "baseline: unknown key 'physican_global' (known: physician_global, mmt)");
  const auto not_object = check_object(json::array(), "", {"grades"});
  ASSERT_FALSE(not_object);
  EXPECT_EQ(not_object.error().message, "the document: must be an object, got []");
  EXPECT_TRUE(check_object(json::parse(R"({"mmt": null})"), "baseline", {"mmt"}));
}

TEST(JsonFields, NullIsMissing) {
  const json visit = json::parse(R"({"haq": null, "mmt": 3})");
  EXPECT_EQ(member(visit, "haq"), nullptr);
  EXPECT_EQ(member(visit, "absent"), nullptr);
  ASSERT_NE(member(visit, "mmt"), nullptr);
  EXPECT_FALSE(*optional_flag(visit, "", "gottron_sign"));
  const auto flag = optional_flag(json::parse(R"({"anti_jo1": "yes"})"), "", "anti_jo1");
  ASSERT_FALSE(flag);
  EXPECT_EQ(flag.error().message, "anti_jo1: must be true or false, got \"yes\"");
}

TEST(JsonFields, PathsAndParseErrors) {
  EXPECT_EQ(json_path("", "mmt"), "mmt");
  EXPECT_EQ(json_path("baseline", "mmt"), "baseline.mmt");
  EXPECT_EQ(json_path("baseline.enzymes", 2), "baseline.enzymes[2]");
  const auto parsed = parse_json_text("{\"a\": 1,}");
  ASSERT_FALSE(parsed);
  EXPECT_EQ(parsed.error().message.rfind("not valid JSON: parse error at line 1, column 9", 0), 0U)
      << parsed.error().message;
  const auto missing = read_json_file("/nonexistent/score.json");
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code, util::ErrorCode::io_error);
}

}  // namespace
}  // namespace myoivig::io
