#include "io/redcap/redcap_records.hpp"

#include <gtest/gtest.h>

namespace myoivig::io::redcap {
namespace {

Field field(std::string name, std::string form, FieldType type, std::string validation = "",
            std::vector<Choice> choices = {}) {
  Field f;
  f.name = std::move(name);
  f.form = std::move(form);
  f.type = type;
  f.validation = std::move(validation);
  f.choices = std::move(choices);
  classify_field(f);
  return f;
}

// A small longitudinal project: enrolment at screening, a repeating "ae" form, visits.
struct Project {
  Dictionary dictionary;
  EventDesign events;
  Project() {
    dictionary.add(field("record_id", "enrolment", FieldType::text));
    dictionary.add(
        field("sex", "enrolment", FieldType::radio, "", {{"1", "Male"}, {"2", "Female"}}));
    dictionary.add(field("notes", "enrolment", FieldType::notes));
    dictionary.add(field("excl", "enrolment", FieldType::checkbox, "", {{"a", "A"}, {"b", "B"}}));
    dictionary.add(field("ae_term", "ae", FieldType::text));
    dictionary.add(field("visit_date", "visit", FieldType::text, "date_ymd"));
    dictionary.add(field("weight", "visit", FieldType::text, "number_comma_decimal"));
    events.add_event({"screening_arm_1", "Screening", "1", 2});
    events.add_event({"week_2_arm_1", "Week 2", "1", 3});
    events.designate("screening_arm_1", "enrolment");
    events.designate("screening_arm_1", "ae");
    events.designate("screening_arm_1", "visit");
    events.designate("week_2_arm_1", "visit");
    events.designate("week_2_arm_1", "ae");
  }
};

const std::string k_header =
    "record_id,redcap_event_name,redcap_repeat_instrument,redcap_repeat_instance,"
    "redcap_data_access_group,sex,notes,excl___a,excl___b,enrolment_complete,ae_term,ae_complete,"
    "visit_date,weight,visit_complete\r\n";

TEST(RedcapRecords, ReadsRowsWithBomCrlfQuotedLineBreaksAndMissingCodes) {
  const Project project;
  const std::string text =
      "\xEF\xBB\xBF" + k_header +
      "R-01,screening_arm_1,,,jp_01,2,\"first line\r\nsecond, \"\"quoted\"\" line\",1,0,2,,,"
      "2002-02-01,\"52,5\",2\r\n"
      "R-01,screening_arm_1,ae,1,jp_01,,,0,0,,headache,1,,,\r\n"
      "R-01,week_2_arm_1,,,jp_01,,,0,0,,,,2002-02-15,UNK,1\r\n";
  ImportProblems problems;
  const SourceTable table =
      read_records(text, "records.csv", project.dictionary, project.events, {"UNK"}, problems);
  ASSERT_FALSE(problems.has_errors()) << problems.all().front().to_string();
  ASSERT_EQ(table.rows.size(), 3U);
  EXPECT_TRUE(table.longitudinal);
  const SourceRow& first = table.rows[0];
  EXPECT_EQ(first.line, 2U);
  EXPECT_EQ(first.record, "R-01");
  EXPECT_EQ(first.data_access_group, "jp_01");
  EXPECT_EQ(first.value(*table.column("notes")), "first line\r\nsecond, \"quoted\" line");
  EXPECT_EQ(first.value(*table.column("weight")), "52.5");      // comma decimal
  EXPECT_EQ(first.raw_value(*table.column("weight")), "52,5");  // raw kept
  EXPECT_EQ(table.rows[1].line, 4U);  // the quoted line break moved it down one line
  EXPECT_EQ(table.rows[1].repeat_instrument, "ae");
  EXPECT_EQ(table.rows[1].repeat_instance, 1);
  EXPECT_EQ(table.repeating_forms.count("ae"), 1U);
  const SourceRow& third = table.rows[2];
  EXPECT_EQ(third.value(*table.column("weight")), "");  // missing-data code reads as missing
  EXPECT_EQ(third.raw_value(*table.column("weight")), "UNK");
}

struct BadRecordsCase {
  std::string name;
  std::string text;
  std::size_t row;
  std::string column;
  std::string rule;
};

TEST(RedcapRecords, ReportsEveryBadRowWithRowColumnValueAndRule) {
  const Project project;
  const std::string good = "R-01,screening_arm_1,,,jp_01,2,,0,0,2,,,2002-02-01,,2\n";
  const std::vector<BadRecordsCase> cases{
      {"unknown column", "record_id,redcap_event_name,sexe\nR-01,screening_arm_1,1\n", 1, "sexe",
       "not a field of the data dictionary"},
      {"checkbox by its own name", "record_id,redcap_event_name,excl\n", 1, "excl",
       "one column per choice"},
      {"unknown checkbox code", "record_id,redcap_event_name,excl___c\n", 1, "excl___c",
       "'c' is not a choice of checkbox field 'excl'"},
      {"record id not first", "redcap_event_name,record_id\n", 1, "redcap_event_name",
       "first column must be the record id"},
      {"ragged row", k_header + good + "R-02,screening_arm_1,,,jp_01,1\n", 3, "", "has 6 fields"},
      {"impossible date", k_header + "R-01,screening_arm_1,,,jp_01,2,,0,0,2,,,2003-02-30,,2\n", 2,
       "visit_date", "must be a real date"},
      {"unknown code", k_header + "R-01,screening_arm_1,,,jp_01,3,,0,0,2,,,,,\n", 2, "sex",
       "not a code of the field's choices"},
      {"unknown event", k_header + "R-01,week_3_arm_1,,,jp_01,,,0,0,,,,,,\n", 2,
       "redcap_event_name", "not an event of the events file"},
      {"form not in event", k_header + "R-01,week_2_arm_1,,,jp_01,1,,0,0,,,,,,\n", 2, "sex",
       "not collected at event 'week_2_arm_1'"},
      {"other form on a repeat row",
       k_header + "R-01,screening_arm_1,ae,1,jp_01,,,0,0,,x,,,\"1,5\",\n", 2, "weight",
       "carries only that form's fields"},
      {"instance missing", k_header + "R-01,screening_arm_1,ae,,jp_01,,,0,0,,x,,,,\n", 2,
       "redcap_repeat_instance", "needs its instance"},
      {"duplicate row", k_header + good + good, 3, "", "second row for the same event"},
      {"two groups", k_header + good + "R-01,week_2_arm_1,,,jp_02,,,0,0,,,,2002-02-15,,\n", 3,
       "redcap_data_access_group", "one group per record"},
      {"empty record id", k_header + ",screening_arm_1,,,jp_01,,,0,0,,,,,,\n", 2, "record_id",
       "must not be empty"},
      {"bad form status", k_header + "R-01,screening_arm_1,,,jp_01,2,,0,0,4,,,,,\n", 2,
       "enrolment_complete", "form status"},
      {"unclosed quote", k_header + "R-01,\"screening_arm_1\n", 0, "", "not closed"},
  };
  for (const BadRecordsCase& c : cases) {
    ImportProblems problems;
    read_records(c.text, "records.csv", project.dictionary, project.events, {}, problems);
    ASSERT_TRUE(problems.has_errors()) << c.name;
    const ImportProblem first = problems.of(ProblemSeverity::error).front();
    EXPECT_EQ(first.file, "records.csv") << c.name;
    EXPECT_EQ(first.row, c.row) << c.name << ": " << first.to_string();
    EXPECT_EQ(first.column, c.column) << c.name << ": " << first.to_string();
    EXPECT_NE(first.rule.find(c.rule), std::string::npos) << c.name << ": " << first.to_string();
  }
}

TEST(RedcapRecords, CollectsAllProblemsRatherThanStoppingAtTheFirst) {
  const Project project;
  const std::string text = k_header + "R-01,screening_arm_1,,,jp_01,3,,0,0,2,,,2003-02-30,,2\n" +
                           "R-02,screening_arm_1,,,jp_01\n" +
                           "R-03,screening_arm_1,,,jp_02,1,,0,0,2,,,2002-13-01,\"1.5\",2\n";
  ImportProblems problems;
  read_records(text, "records.csv", project.dictionary, project.events, {}, problems);
  const auto errors = problems.of(ProblemSeverity::error);
  ASSERT_EQ(errors.size(), 5U);
  EXPECT_EQ(errors[0].to_string(),
            "records.csv:2: column 'sex' value '3': is not a code of the field's choices (1, 2)");
  EXPECT_EQ(errors[1].column, "visit_date");
  EXPECT_EQ(errors[2].row, 3U);
  EXPECT_EQ(errors[3].value, "2002-13-01");
  EXPECT_EQ(errors[4].value, "1.5");
}

TEST(RedcapRecords, LongitudinalExportNeedsTheEventsFile) {
  const Project project;
  ImportProblems problems;
  read_records(k_header, "records.csv", project.dictionary, EventDesign{}, {}, problems);
  ASSERT_TRUE(problems.has_errors());
  EXPECT_NE(problems.all().front().rule.find("--events"), std::string::npos);
}

}  // namespace
}  // namespace myoivig::io::redcap
