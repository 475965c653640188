// Reading form fields: exact numbers, missing values, every error at once, unknown keys.
#include "server/json_form.hpp"

#include <gtest/gtest.h>

#include "domain/patient.hpp"

namespace myoivig::server {
namespace {

using nlohmann::json;

TEST(JsonFormTest, ReadsEachTypeExactlyAndTreatsNullAndEmptyAsMissing) {
  const json body = {{"week", 12},           {"vas", 5.5},           {"small_vas", 0.3},
                     {"haq", "10/7"},        {"haq_decimal", 1.125}, {"weight", 64.3},
                     {"date", "2001-03-12"}, {"time", "09:15"},      {"flag", true},
                     {"sex", "F"},           {"empty", ""},          {"none", nullptr}};
  FieldErrors errors;
  Form form(body, errors);
  EXPECT_EQ(form.whole("week"), 12);
  EXPECT_EQ(form.tenths("vas"), 55);
  EXPECT_EQ(form.tenths("small_vas"), 3);  // 0.3 cm is 3 mm, not 2.9999
  EXPECT_EQ(form.exact("haq"), domain::Rational::fraction(10, 7));
  EXPECT_EQ(form.exact("haq_decimal"), domain::Rational::fraction(9, 8));
  EXPECT_EQ(form.number("weight"), 64.3);
  EXPECT_EQ(form.date("date")->iso(), "2001-03-12");
  EXPECT_EQ(form.time("time")->hh_mm(), "09:15");
  EXPECT_EQ(form.flag("flag"), true);
  EXPECT_EQ(form.coded("sex", domain::parse_sex), domain::Sex::female);
  EXPECT_EQ(form.text("empty"), std::nullopt);
  EXPECT_EQ(form.whole("none"), std::nullopt);
  EXPECT_EQ(form.whole("absent"), std::nullopt);
  form.finish();
  EXPECT_TRUE(errors.empty()) << errors.to_json().dump();
}

TEST(JsonFormTest, ReportsEveryBadFieldWithItsValueAndUnknownKeys) {
  const json body = {{"week", 1.5}, {"vas", 5.55},        {"date", "2003-02-30"},
                     {"sex", "X"},  {"flag", "yes"},      {"colour", "red"},
                     {"id", 3},     {"reason", "ignored"}};
  FieldErrors errors;
  Form form(body, errors, "assessment.");
  form.whole("week");
  form.tenths("vas");
  form.date("date");
  form.coded("sex", domain::parse_sex);
  form.flag("flag");
  form.text("required", Need::required);
  form.finish();
  const struct {
    const char* field;
    json value;
  } expected[] = {{"assessment.week", 1.5},          {"assessment.vas", 5.55},
                  {"assessment.date", "2003-02-30"}, {"assessment.sex", "X"},
                  {"assessment.flag", "yes"},        {"assessment.required", nullptr},
                  {"assessment.colour", "red"}};
  ASSERT_EQ(errors.errors().size(), std::size(expected)) << errors.to_json().dump();
  for (std::size_t i = 0; i < std::size(expected); ++i) {
    const FieldError& error = errors.errors()[i];
    EXPECT_EQ(error.field, expected[i].field);
    EXPECT_EQ(error.value, expected[i].value) << error.field;
    EXPECT_EQ(error.message.rfind(error.field + ": ", 0), 0u) << error.message;
  }
  EXPECT_EQ(errors.errors()[5].message, "assessment.required: is required");
  EXPECT_EQ(errors.errors()[6].message, "assessment.colour: is not a field of this form");
}

TEST(JsonFormTest, TheFieldOfARuleMessageIsTheTextBeforeItsColon) {
  EXPECT_EQ(field_of("mmt: 140 is above the maximum 130"), "mmt");
  EXPECT_EQ(field_of("grades[1].grade: is required"), "grades[1].grade");
  EXPECT_EQ(field_of("no field here"), "");
  EXPECT_EQ(field_of("two words: not a field"), "");
}

}  // namespace
}  // namespace myoivig::server
