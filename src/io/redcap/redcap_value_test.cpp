#include "io/redcap/redcap_value.hpp"

#include <gtest/gtest.h>

namespace myoivig::io::redcap {
namespace {

Field field_of(FieldType type, std::string validation, std::vector<Choice> choices = {},
               std::string min = "", std::string max = "") {
  Field field;
  field.name = "f";
  field.type = type;
  field.validation = std::move(validation);
  field.choices = std::move(choices);
  field.min = std::move(min);
  field.max = std::move(max);
  classify_field(field);
  return field;
}

struct ValueCase {
  Field field;
  std::string raw;
  std::string expected;  // the normalised text; empty when an error is expected
  std::string error;     // part of the rule broken
  std::string warning;   // part of the warning, when one is expected
};

TEST(RedcapValue, ChecksAndNormalisesEachKindOfValue) {
  const Field text = field_of(FieldType::text, "");
  const Field date = field_of(FieldType::text, "date_dmy");
  const Field datetime = field_of(FieldType::text, "datetime_ymd");
  const Field seconds = field_of(FieldType::text, "datetime_seconds_mdy");
  const Field integer = field_of(FieldType::text, "integer", {}, "0", "130");
  const Field number = field_of(FieldType::text, "number_1dp");
  const Field comma = field_of(FieldType::text, "number_comma_decimal");
  const Field time = field_of(FieldType::text, "time");
  const Field coded = field_of(FieldType::radio, "", {{"1", "Improved"}, {"-1", "Worse"}});
  const Field yesno = field_of(FieldType::yesno, "");
  const Field slider = field_of(FieldType::slider, "");
  const Field calc = field_of(FieldType::calc, "");
  const std::vector<ValueCase> cases{
      {text, "anything, at all", "anything, at all", "", ""},
      {date, "2002-01-15", "2002-01-15", "", ""},
      {date, "2003-02-30", "", "must be a real date written YYYY-MM-DD", ""},
      {date, "15/01/2002", "", "whatever its display format", ""},
      {datetime, "2002-03-04 14:00", "2002-03-04 14:00", "", ""},
      {datetime, "2002-03-04T14:00:00", "2002-03-04 14:00", "", ""},
      {datetime, "2002-03-04 24:00", "", "YYYY-MM-DD HH:MM", ""},
      {seconds, "2002-03-04 14:00:59", "2002-03-04 14:00:59", "", ""},
      {seconds, "2002-03-04 14:00", "", "YYYY-MM-DD HH:MM:SS", ""},
      {integer, "70", "70", "", ""},
      {integer, "-3", "-3", "", "below the field's validation minimum 0"},
      {integer, "140", "140", "", "above the field's validation maximum 130"},
      {integer, "7.0", "", "must be an integer", ""},
      {number, "52.5", "52.5", "", ""},
      {number, "52.55", "", "more than 1 decimals", ""},
      {number, "1,5", "", "must be a number", ""},
      {comma, "1,54", "1.54", "", ""},
      {comma, "70", "70", "", ""},
      {comma, "1.54", "", "must use ',' as the decimal mark", ""},
      {time, "09:30", "09:30", "", ""},
      {time, "9:30", "", "HH:MM", ""},
      {coded, "-1", "-1", "", ""},
      {coded, "2", "", "not a code of the field's choices (1, -1)", ""},
      {yesno, "1", "1", "", ""},
      {yesno, "yes", "", "must be 1 or 0 (yesno)", ""},
      {slider, "62", "62", "", ""},
      {slider, "101", "", "integer from 0 to 100", ""},
      {calc, "21.2", "21.2", "", ""},
  };
  for (const ValueCase& c : cases) {
    auto value = read_value(c.field, c.raw);
    if (!c.error.empty()) {
      ASSERT_FALSE(value) << c.raw;
      EXPECT_NE(value.error().message.find(c.error), std::string::npos)
          << c.raw << ": " << value.error().message;
      continue;
    }
    ASSERT_TRUE(value) << c.raw << ": " << value.error().message;
    EXPECT_EQ(value->text, c.expected) << c.raw;
    EXPECT_EQ(value->warning.has_value(), !c.warning.empty()) << c.raw;
    if (value->warning && !c.warning.empty()) {
      EXPECT_NE(value->warning->find(c.warning), std::string::npos) << *value->warning;
    }
  }
}

TEST(RedcapValue, SurveyTimestampsAndFormStatus) {
  EXPECT_EQ(*read_survey_timestamp("[not completed]"), "");
  EXPECT_EQ(*read_survey_timestamp("2002-05-27 10:15:00"), "2002-05-27 10:15:00");
  EXPECT_FALSE(read_survey_timestamp("yesterday"));
  for (const char* status : {"0", "1", "2"}) EXPECT_TRUE(check_form_status(status)) << status;
  for (const char* status : {"3", "complete", "-1"})
    EXPECT_FALSE(check_form_status(status)) << status;
}

}  // namespace
}  // namespace myoivig::io::redcap
