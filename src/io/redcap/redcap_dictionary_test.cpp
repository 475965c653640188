#include "io/redcap/redcap_dictionary.hpp"

#include <gtest/gtest.h>

namespace myoivig::io::redcap {
namespace {

struct ChoicesCase {
  std::string text;
  std::vector<std::pair<std::string, std::string>> choices;  // empty: an error
  std::string error;
};

TEST(RedcapChoices, SplitEachChoiceOnItsFirstComma) {
  const std::vector<ChoicesCase> cases{
      {"1, Yes | 0, No", {{"1", "Yes"}, {"0", "No"}}, ""},
      {"dm, Dermatomyositis, with typical rash | pm, Polymyositis",
       {{"dm", "Dermatomyositis, with typical rash"}, {"pm", "Polymyositis"}},
       ""},
      {"a,Left|left , Right side, lateral| -1, Worse",
       {{"a", "Left"}, {"left", "Right side, lateral"}, {"-1", "Worse"}},
       ""},
      {"1, Yes | No", {}, "choice 'No' has no comma"},
      {", Nothing", {}, "empty code"},
      {"1, One | 1, Uno", {}, "code '1' appears twice"},
      {"  ", {}, "needs choices"},
  };
  for (const ChoicesCase& c : cases) {
    auto parsed = parse_choices(c.text);
    if (c.choices.empty()) {
      ASSERT_FALSE(parsed) << c.text;
      EXPECT_NE(parsed.error().message.find(c.error), std::string::npos)
          << c.text << ": " << parsed.error().message;
      continue;
    }
    ASSERT_TRUE(parsed) << c.text << ": " << parsed.error().message;
    ASSERT_EQ(parsed->size(), c.choices.size()) << c.text;
    for (std::size_t i = 0; i < c.choices.size(); ++i) {
      EXPECT_EQ((*parsed)[i].code, c.choices[i].first) << c.text;
      EXPECT_EQ((*parsed)[i].label, c.choices[i].second) << c.text;
    }
  }
}

TEST(RedcapChoices, CheckboxColumnsLowerCaseTheCodeAndReplaceOtherCharacters) {
  const std::vector<std::tuple<std::string, std::string, std::string>> cases{
      {"exclusions", "iga_deficiency", "exclusions___iga_deficiency"},
      {"race", "A", "race___a"},
      {"symptoms", "-1", "symptoms____1"},
      {"site", "1.5", "site___1_5"},
  };
  for (const auto& [field, code, column] : cases) {
    EXPECT_EQ(checkbox_column(field, code), column);
  }
}

struct ClassifyCase {
  FieldType type;
  std::string validation;
  ValueKind kind;
  int max_decimals;
  bool warning;
};

TEST(RedcapDictionary, ValidationTypesGiveTheValueKind) {
  const std::vector<ClassifyCase> cases{
      {FieldType::text, "", ValueKind::text, -1, false},
      {FieldType::text, "date_dmy", ValueKind::date, -1, false},
      {FieldType::text, "date_mdy", ValueKind::date, -1, false},
      {FieldType::text, "datetime_ymd", ValueKind::datetime, -1, false},
      {FieldType::text, "datetime_seconds_dmy", ValueKind::datetime_seconds, -1, false},
      {FieldType::text, "time", ValueKind::time, -1, false},
      {FieldType::text, "time_mm_ss", ValueKind::minutes_seconds, -1, false},
      {FieldType::text, "integer", ValueKind::integer, -1, false},
      {FieldType::text, "int", ValueKind::integer, -1, false},
      {FieldType::text, "number", ValueKind::number, -1, false},
      {FieldType::text, "number_2dp", ValueKind::number, 2, false},
      {FieldType::text, "number_comma_decimal", ValueKind::number_comma, -1, false},
      {FieldType::text, "number_1dp_comma_decimal", ValueKind::number_comma, 1, false},
      {FieldType::text, "email", ValueKind::text, -1, false},
      {FieldType::text, "postalcode_germany", ValueKind::text, -1, false},
      {FieldType::text, "date_iso_week", ValueKind::text, -1, true},
      {FieldType::text, "my_custom_regex", ValueKind::text, -1, true},
      {FieldType::radio, "", ValueKind::coded, -1, false},
      {FieldType::dropdown, "autocomplete", ValueKind::coded, -1, false},
      {FieldType::yesno, "", ValueKind::boolean, -1, false},
      {FieldType::truefalse, "", ValueKind::boolean, -1, false},
      {FieldType::checkbox, "", ValueKind::boolean, -1, false},
      {FieldType::slider, "number", ValueKind::slider, -1, false},
      {FieldType::calc, "", ValueKind::text, -1, false},
      {FieldType::notes, "", ValueKind::text, -1, false},
  };
  for (const ClassifyCase& c : cases) {
    Field field;
    field.type = c.type;
    field.validation = c.validation;
    const auto warning = classify_field(field);
    EXPECT_EQ(field.kind, c.kind) << c.validation;
    EXPECT_EQ(field.max_decimals, c.max_decimals) << c.validation;
    EXPECT_EQ(warning.has_value(), c.warning) << c.validation;
  }
}

const std::string k_header =
    "Variable / Field Name,Form Name,Section Header,Field Type,Field Label,\"Choices, "
    "Calculations, OR Slider Labels\",Field Note,Text Validation Type OR Show Slider "
    "Number,Text Validation Min,Text Validation Max,Identifier?,Branching Logic (Show field "
    "only if...),Required Field?,Custom Alignment,Question Number (surveys only),Matrix Group "
    "Name,Matrix Ranking?,Field Annotation\n";

std::string row(const std::string& name, const std::string& form, const std::string& type,
                const std::string& choices = "", const std::string& validation = "") {
  return name + "," + form + ",," + type + ",Label," + choices + ",," + validation + ",,,,,,,,,,\n";
}

TEST(RedcapDictionary, ReadsFieldsFormsAndExportColumns) {
  const std::string text = "\xEF\xBB\xBF" + k_header + row("record_id", "enrolment", "text") +
                           row("sex", "enrolment", "radio", "\"1, Male | 2, Female\"") +
                           row("intro", "screening", "descriptive") +
                           row("excl", "screening", "checkbox", "\"a, IgA | b, Other, any\"") +
                           row("visit_date", "visit", "text", "", "date_dmy");
  ImportProblems problems;
  const Dictionary dictionary = read_dictionary(text, "dictionary.csv", problems);
  ASSERT_FALSE(problems.has_errors()) << problems.all().front().to_string();
  ASSERT_EQ(dictionary.fields().size(), 5U);
  EXPECT_EQ(dictionary.record_id().name, "record_id");
  EXPECT_EQ(dictionary.forms(), (std::vector<std::string>{"enrolment", "screening", "visit"}));
  EXPECT_EQ(dictionary.find("sex")->choices.size(), 2U);
  EXPECT_EQ(dictionary.find("visit_date")->kind, ValueKind::date);
  EXPECT_FALSE(dictionary.column("intro"));  // descriptive fields are never exported
  EXPECT_FALSE(dictionary.column("excl"));   // checkboxes export one column per choice
  ASSERT_TRUE(dictionary.column("excl___b"));
  EXPECT_EQ(dictionary.column("excl___b")->choice, 1U);
  EXPECT_FALSE(dictionary.column("excl___c"));
}

struct BadDictionaryCase {
  std::string text;
  std::size_t row;
  std::string column;
  std::string rule;
};

TEST(RedcapDictionary, ReportsEveryProblemWithRowAndColumn) {
  const std::string short_header = "field_name,form_name,section_header,field_type\n";
  const std::vector<BadDictionaryCase> cases{
      {k_header + row("record_id", "f", "text") + row("x", "f", "textbox"), 3, "Field Type",
       "unknown field type"},
      {k_header + row("record_id", "f", "text") + row("x", "f", "radio", "\"1, A | B\""), 3,
       "Choices, Calculations, OR Slider Labels", "has no comma"},
      {k_header + row("record_id", "f", "text") + row("record_id", "f", "text"), 3,
       "Variable / Field Name", "defined twice"},
      {k_header + row("Record", "f", "text"), 2, "Variable / Field Name", "lower-case"},
      {k_header + row("record_id", "f", "yesno"), 2, "Field Type", "must be a text field"},
      {short_header + "record_id,f,,text\n", 1, "", "15 to 18 columns"},
      {"Variable,Form,Section,Kind,Label,Choices,Note,Validation,Min,Max,I,B,R,A,Q\n", 1, "Kind",
       "must be 'Field Type'"},
  };
  for (const BadDictionaryCase& c : cases) {
    ImportProblems problems;
    read_dictionary(c.text, "dictionary.csv", problems);
    ASSERT_TRUE(problems.has_errors()) << c.rule;
    const ImportProblem& first = problems.all().front();
    EXPECT_EQ(first.row, c.row) << c.rule;
    EXPECT_EQ(first.column, c.column) << c.rule;
    EXPECT_NE(first.rule.find(c.rule), std::string::npos) << first.to_string();
  }
}

TEST(RedcapDictionary, OlderDictionariesWithFifteenColumnsAndCrlfRead) {
  const std::string text =
      "field_name,form_name,section_header,field_type,field_label,select_choices_or_calculations,"
      "field_note,text_validation_type_or_show_slider_number,text_validation_min,"
      "text_validation_max,identifier,branching_logic,required_field,custom_alignment,"
      "question_number\r\nrecord_id,enrolment,,text,ID,,,,,,,,,,\r\n"
      "height,enrolment,,text,Height,,,number_1dp_comma_decimal,100,230,,,,,\r\n";
  ImportProblems problems;
  const Dictionary dictionary = read_dictionary(text, "dictionary.csv", problems);
  EXPECT_FALSE(problems.has_errors());
  ASSERT_NE(dictionary.find("height"), nullptr);
  EXPECT_EQ(dictionary.find("height")->kind, ValueKind::number_comma);
  EXPECT_EQ(dictionary.find("height")->max, "230");
}

}  // namespace
}  // namespace myoivig::io::redcap
