#include "io/redcap/import_mapping.hpp"

#include <gtest/gtest.h>

namespace myoivig::io::redcap {
namespace {

const std::string k_patients =
    "[[patients]]\nform = \"enrolment\"\n[patients.columns]\npatient_id = \"record_id\"\n"
    "site = { field = \"redcap_data_access_group\", values = { jp_01 = \"JP-01\" } }\n"
    "sex = { field = \"sex\", values = { \"1\" = \"M\", \"2\" = \"F\" } }\n"
    "birth_year = \"birth_year\"\ndiagnosis = { value = \"DM\" }\n"
    "biopsy_proven = \"biopsy\"\nenrolment_date = \"enrolled\"\n";

TEST(ImportMapping, ReadsStudySourceEventsAndEntities) {
  const std::string text =
      "[study]\nstudy_id = \"X\"\nprotocol = \"SEED-IVIG-2003\"\nsynthetic = true\n"
      "[source]\nmissing_codes = [\"UNK\", \"-999\"]\n"
      "[events]\nscreening_arm_1 = -4\nweek_12_arm_1 = 12\n" +
      k_patients +
      "[[assessments]]\nform = \"assessment\"\nevents = [\"week_12_arm_1\"]\n"
      "[assessments.columns]\npatient_id = \"record_id\"\nweek = \"redcap_event_name\"\n"
      "fatigue_vas_cm = { field = \"fatigue\", unit = \"mm\" }\n";
  auto mapping = parse_mapping(text, "mapping.toml");
  ASSERT_TRUE(mapping) << mapping.error().message;
  EXPECT_EQ(mapping->study_id, "X");
  EXPECT_EQ(mapping->protocol, "SEED-IVIG-2003");
  EXPECT_TRUE(mapping->synthetic);
  EXPECT_EQ(mapping->missing_codes, (std::vector<std::string>{"UNK", "-999"}));
  EXPECT_EQ(mapping->event_weeks.at("screening_arm_1"), -4);
  ASSERT_EQ(mapping->entities.size(), 2U);
  const EntityMapping& patients = mapping->entities[0];
  EXPECT_EQ(patients.key, "patients[0]");
  EXPECT_EQ(patients.column("sex")->source.values.at("2"), "F");
  EXPECT_EQ(patients.column("diagnosis")->source.constant, "DM");
  const EntityMapping& assessments = mapping->entities[1];
  EXPECT_EQ(assessments.events, (std::vector<std::string>{"week_12_arm_1"}));
  EXPECT_TRUE(assessments.column("fatigue_vas_cm")->source.millimetres);
}

TEST(ImportMapping, RefusesAStructuralMistakeWithItsKeyPath) {
  const std::vector<std::pair<std::string, std::string>> cases{
      {"[[visits]]\nform = \"visit\"\n[visits.columns]\npatient_id = \"record_id\"\n"
       "week = \"redcap_event_name\"\ndate = \"visit_date\"\n",
       "[[patients]]: the mapping must say where patients come from"},
      {k_patients + "[study]\nstudy = \"X\"\n", "study.study: unknown setting"},
      {k_patients + "[visits]\nform = \"v\"\n", "visits: write it as [[visits]]"},
      {k_patients + "[[visits]]\nform = \"v\"\n[visits.columns]\npatient_id = \"record_id\"\n"
                    "week = \"w\"\ndate = \"d\"\nwhen = \"x\"\n",
       "visits[0].columns.when: not a column of visits (known: patient_id, week, date)"},
      {k_patients + "[[visits]]\nform = \"v\"\n[visits.columns]\npatient_id = \"record_id\"\n",
       "visits[0].columns: required column 'week' of visits is not mapped"},
      {k_patients + "[[visits]]\nform = \"v\"\n[visits.columns]\npatient_id = \"record_id\"\n"
                    "week = { field = \"w\", value = \"2\" }\ndate = \"d\"\n",
       "visits[0].columns.week: give exactly one of field"},
      {k_patients + "[[visits]]\nform = \"v\"\n[visits.columns]\npatient_id = \"record_id\"\n"
                    "week = { field = \"w\", unit = \"mm\" }\ndate = \"d\"\n",
       "visits[0].columns.week.unit: only \"mm\" is known, for a *_vas_cm column"},
      {k_patients + "[events]\nweek_2 = \"2\"\n", "events.week_2: must be a whole week number"},
      {"[[patients]]\nform = \"enrolment\"\n[patients.columns]\npatient_id = 7\n",
       "patients[0].columns.patient_id: must be an export column name"},
      {"[study\n", "mapping.toml:1: "},
  };
  for (const auto& [text, error] : cases) {
    auto mapping = parse_mapping(text, "mapping.toml");
    ASSERT_FALSE(mapping) << error;
    EXPECT_NE(mapping.error().message.find(error), std::string::npos)
        << "expected: " << error << "\ngot: " << mapping.error().message;
  }
}

TEST(ImportMapping, ChecksFormsFieldsEventsAndCodesAgainstTheProject) {
  Dictionary dictionary;
  const auto add = [&](std::string name, std::string form, FieldType type,
                       std::vector<Choice> choices = {}) {
    Field field;
    field.name = std::move(name);
    field.form = std::move(form);
    field.type = type;
    field.choices = std::move(choices);
    classify_field(field);
    dictionary.add(field);
  };
  add("record_id", "enrolment", FieldType::text);
  add("sex", "enrolment", FieldType::radio, {{"1", "Male"}, {"3", "Female"}});
  add("birth_year", "enrolment", FieldType::text);
  add("biopsy", "enrolment", FieldType::yesno);
  EventDesign events;
  events.add_event({"screening_arm_1", "", "1", 2});
  const std::string text = "[events]\nweek_12_arm_1 = 12\n" + k_patients;
  auto mapping = parse_mapping(text, "mapping.toml");
  ASSERT_TRUE(mapping) << mapping.error().message;
  ImportProblems problems;
  check_mapping(*mapping, dictionary, events, problems);
  std::vector<std::string> found;
  for (const ImportProblem& problem : problems.all()) found.push_back(problem.to_string());
  EXPECT_EQ(found,
            (std::vector<std::string>{
                "mapping.toml: column 'events.week_12_arm_1': not an event of the events file",
                "mapping.toml: column 'patients[0].columns.enrolment_date' value "
                "'enrolled': not a column of the project's export",
                "mapping.toml: column 'patients[0].columns.sex.values.2' value 'F': '2' is "
                "not a code of field 'sex'",
            }));
}

}  // namespace
}  // namespace myoivig::io::redcap
