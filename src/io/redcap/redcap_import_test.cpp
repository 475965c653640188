#include "io/redcap/redcap_import.hpp"

#include <algorithm>
#include <fstream>

#include <gtest/gtest.h>

#include "io/redcap/import_test_support.hpp"

namespace myoivig::io::redcap {
namespace {

namespace fs = std::filesystem;
using testing::k_redcap_data;
using testing::StudyDatabase;

const fs::path k_fixture = k_redcap_data / "longitudinal";
const std::vector<std::string> k_files{"dictionary.csv", "records.csv", "events.csv",
                                       "form_events.csv", "mapping.toml"};

RedcapFiles files_in(const fs::path& dir) {
  return {dir / "dictionary.csv", dir / "records.csv", dir / "events.csv", dir / "form_events.csv",
          dir / "mapping.toml"};
}

ImportReport import(StudyDatabase& db, const fs::path& dir, bool dry_run = false) {
  return run_import(read_redcap_export(files_in(dir)), db.store(), db.protocol(),
                    testing::test_context(), dry_run);
}

std::string problems_text(const ImportReport& report) {
  std::string text;
  for (const ImportProblem& problem : report.problems.all()) text += problem.to_string() + "\n";
  return text;
}

// A copy of the fixture with `from` replaced by `to` (once) in one file.
fs::path variant(const StudyDatabase& db, const std::string& file, const std::string& from,
                 const std::string& to) {
  const fs::path dir = db.dir() / ("variant-" + file);
  fs::remove_all(dir);
  fs::create_directories(dir);
  for (const std::string& name : k_files) {
    std::string text = testing::read_text(k_fixture / name);
    if (name == file) {
      const std::size_t at = text.find(from);
      EXPECT_NE(at, std::string::npos) << from;
      if (at != std::string::npos) text.replace(at, from.size(), to);
    }
    std::ofstream(dir / name, std::ios::binary) << text;
  }
  return dir;
}

TEST(RedcapImport, ImportsTheLongitudinalFixture) {
  StudyDatabase db("fixture");
  const ImportReport report = import(db, k_fixture);
  ASSERT_FALSE(report.problems.has_errors()) << problems_text(report);
  EXPECT_EQ(report.problems.warning_count(), 0U) << problems_text(report);
  EXPECT_TRUE(report.written);
  EXPECT_EQ(report.rows, 23U);
  EXPECT_EQ(report.records, 2U);
  EXPECT_EQ(report.events, 5U);
  const std::vector<std::pair<std::string, std::size_t>> expected{
      {"patients", 2},         {"conditions", 6},   {"steroid_doses", 3}, {"courses", 2},
      {"administrations", 10}, {"visits", 7},       {"assessments", 7},   {"adverse_events", 1},
      {"allocations", 0},      {"muscle_grades", 0}};
  for (const auto& [entity, count] : expected) {
    EXPECT_EQ(report.counts.at(entity).read, count) << entity;
    EXPECT_EQ(report.counts.at(entity).added, count) << entity;
  }

  const domain::StudyData data = *db.store().read_all();
  EXPECT_EQ(data.info.study_id, "REDCAP-FIXTURE");
  EXPECT_TRUE(data.info.synthetic);
  const domain::Patient& first = data.patients[0];
  EXPECT_EQ(first.id, "R-01");
  EXPECT_EQ(first.site, "JP-01");  // the data access group through the mapping's values
  EXPECT_EQ(first.sex, domain::Sex::female);
  EXPECT_EQ(first.diagnosis, domain::Diagnosis::dermatomyositis);
  EXPECT_EQ(first.biopsy_date->iso(), "2002-01-15");  // a date_dmy field, exported ISO
  EXPECT_EQ(*first.height_cm, 157.5);                 // "157,5": a comma decimal
  const domain::Patient& second = data.patients[1];
  EXPECT_FALSE(second.height_cm);  // NASK: a missing-data code
  EXPECT_EQ(second.withdrawal_reason,
            "Moved away, to another prefecture;\nfollow-up continued by the local hospital");
  const auto thrombosis = std::find_if(
      data.conditions.begin(), data.conditions.end(),
      [](const auto& c) { return c.patient_id == "R-01" && c.code == "thrombosis_history"; });
  ASSERT_NE(thrombosis, data.conditions.end());
  EXPECT_TRUE(thrombosis->present);  // a checkbox column
  EXPECT_FALSE(data.steroid_doses[1].to);
  EXPECT_EQ(data.courses[1].weight_policy, domain::WeightPolicy::ideal);
  EXPECT_EQ(data.administrations[0].end_time->hh_mm(), "14:00");  // from a datetime field
  const auto week2 =
      std::find_if(data.assessments.begin(), data.assessments.end(),
                   [](const auto& a) { return a.patient_id == "R-01" && a.week == 2; });
  ASSERT_NE(week2, data.assessments.end());
  EXPECT_FALSE(week2->ck_iu_per_l);       // UNK
  EXPECT_EQ(*week2->fatigue_vas_mm, 40);  // slider in mm
  EXPECT_EQ(*week2->pain_vas_mm, 30);     // "3.0" cm
  EXPECT_EQ(*week2->physician_global, domain::PhysicianGlobal::improved);
  const domain::AdverseEvent& event = data.adverse_events[0];
  EXPECT_EQ(event.term, "headache, \"throbbing\", after infusion");
  EXPECT_EQ(event.relatedness, domain::Relatedness::probable);
  EXPECT_EQ(event.outcome, domain::AdverseEventOutcome::recovered);
  EXPECT_FALSE(event.serious);
}

TEST(RedcapImport, ImportsAClassicProjectWithCrlfAndASurvey) {
  StudyDatabase db("classic");
  const fs::path dir = k_redcap_data / "classic";
  const ImportReport report =
      run_import(read_redcap_export(
                     {dir / "dictionary.csv", dir / "records.csv", {}, {}, dir / "mapping.toml"}),
                 db.store(), db.protocol(), testing::test_context(), false);
  ASSERT_FALSE(report.problems.has_errors()) << problems_text(report);
  ASSERT_EQ(report.problems.warning_count(), 1U);
  EXPECT_EQ(report.problems.all().front().to_string(),
            "dictionary.csv:8: column 'Text Validation Type' value 'site_code_custom': unknown "
            "validation type: the field is read as text");
  EXPECT_TRUE(report.written);
  EXPECT_EQ(report.rows, 5U);
  EXPECT_EQ(report.events, 0U);
  const domain::StudyData data = *db.store().read_all();
  ASSERT_EQ(data.patients.size(), 2U);
  EXPECT_EQ(data.patients[0].site, "JP-03");
  EXPECT_EQ(data.patients[0].enrolment_date.iso(), "2003-01-10");  // date_mdy, exported ISO
  EXPECT_EQ(data.patients[1].diagnosis, domain::Diagnosis::polymyositis);
  ASSERT_EQ(data.visits.size(), 3U);
  EXPECT_EQ(data.visits[0].week, -4);                  // a dropdown code
  EXPECT_EQ(data.visits[1].date.iso(), "2003-02-03");  // the date of a date-time
  ASSERT_EQ(data.assessments.size(), 3U);
  EXPECT_EQ(*data.assessments[0].pain_vas_mm, 50);
  EXPECT_FALSE(data.assessments[1].pain_vas_mm);  // UNK
  EXPECT_EQ(*data.assessments[2].mmt_score, 64);
}

TEST(RedcapImport, ImportingTheSameFilesTwiceChangesNothing) {
  StudyDatabase db("twice");
  ASSERT_TRUE(import(db, k_fixture).written);
  const auto before = db.snapshot();
  const ImportReport again = import(db, k_fixture);
  EXPECT_FALSE(again.problems.has_errors()) << problems_text(again);
  EXPECT_FALSE(again.written);
  EXPECT_EQ(again.counts.at("administrations").unchanged, 10U);
  EXPECT_EQ(again.counts.at("administrations").added, 0U);
  EXPECT_TRUE(db.snapshot().same_as(before));
}

TEST(RedcapImport, ADryRunWritesNothing) {
  StudyDatabase db("dry");
  const auto before = db.snapshot();
  const ImportReport report = import(db, k_fixture, true);
  EXPECT_FALSE(report.problems.has_errors()) << problems_text(report);
  EXPECT_FALSE(report.written);
  EXPECT_EQ(report.counts.at("visits").added, 7U);
  EXPECT_TRUE(db.snapshot().same_as(before));
}

TEST(RedcapImport, AChangedStoredRecordIsRefusedNamingTheRecordAndField) {
  StudyDatabase db("changed");
  ASSERT_TRUE(import(db, k_fixture).written);
  const auto before = db.snapshot();
  const fs::path changed = variant(db, "records.csv", ",85,40,380,", ",86,40,380,");
  const ImportReport report = import(db, changed);
  ASSERT_EQ(report.problems.error_count(), 1U) << problems_text(report);
  const ImportProblem& problem = report.problems.all().front();
  EXPECT_EQ(problem.file, "records.csv");
  EXPECT_EQ(problem.row, 13U);
  EXPECT_EQ(problem.column, "mmt");
  EXPECT_EQ(problem.value, "86");
  EXPECT_NE(problem.rule.find("assessments 'R-01 week 12' is stored already with '85', the "
                              "import has '86'"),
            std::string::npos)
      << problem.rule;
  EXPECT_FALSE(report.written);
  EXPECT_TRUE(db.snapshot().same_as(before));
}

struct BadFileCase {
  std::string name;
  std::string file;
  std::string from;
  std::string to;
  std::string problem;  // the first error, as printed
};

TEST(RedcapImport, BadFilesGiveAClearErrorAndLeaveTheDatabaseUnchanged) {
  const std::vector<BadFileCase> cases{
      {"ragged row", "records.csv", "1,3,2002-03-06,21,420,09:30,2002-03-06 14:00,2,",
       "1,3,2002-03-06,21,420,09:30,2002-03-06 14:00,",
       "records.csv:9: the row has 60 fields, the header has 61"},
      {"unknown field type", "dictionary.csv", "sex,enrolment,,radio,",
       "sex,enrolment,,radiobutton,",
       "dictionary.csv:3: column 'Field Type' value 'radiobutton': unknown field type: must be one "
       "of text, notes, dropdown, radio, checkbox, yesno, truefalse, calc, slider, file, "
       "descriptive, sql, got 'radiobutton'"},
      {"impossible date", "records.csv", "2002-03-18", "2003-02-30",
       "records.csv:12: column 'visit_date' value '2003-02-30': must be a real date written "
       "YYYY-MM-DD (REDCap exports every date so, whatever its display format): '2003-02-30' "
       "is not a real date (day 30 does not exist in 2003-02)"},
      {"unknown column", "records.csv", ",ck_uln,", ",ck_upper,",
       "records.csv:1: column 'ck_upper': not a field of the data dictionary, a checkbox column "
       "(<field>___<code>), <form>_complete, <form>_timestamp or a redcap_ pseudo-field: the "
       "import is refused"},
      {"code without a value", "mapping.toml", ", jp_02 = \"JP-02\"", "",
       "records.csv:17: column 'redcap_data_access_group' value 'jp_02': patients.site: has no "
       "entry in the mapping's patients[0].columns.site.values (jp_01)"},
  };
  for (const BadFileCase& c : cases) {
    StudyDatabase db("bad");
    const auto before = db.snapshot();
    const ImportReport report = import(db, variant(db, c.file, c.from, c.to));
    ASSERT_TRUE(report.problems.has_errors()) << c.name;
    EXPECT_EQ(report.problems.of(ProblemSeverity::error).front().to_string(), c.problem) << c.name;
    EXPECT_FALSE(report.written) << c.name;
    EXPECT_TRUE(db.snapshot().same_as(before)) << c.name;
  }
}

TEST(RedcapImport, RecordAndIntegrityRulesAreThoseOfABundleLoad) {
  const std::vector<BadFileCase> cases{
      {"above the instrument range", "records.csv", ",85,40,380,", ",140,40,380,",
       "records.csv:13: column 'mmt' value '140': assessments.mmt: 140 is above the maximum 130 "
       "(instruments.mmt)"},
      {"infusion not on its day", "records.csv", ",2002-03-06,21,", ",2002-03-07,21,",
       "records.csv:9: column 'inf_date' value '2002-03-07': administrations.date: 2002-03-07 is "
       "not day 3 of a course starting 2002-03-04 (expected 2002-03-06)"},
      {"another protocol", "mapping.toml", "protocol = \"SEED-IVIG-2003\"", "protocol = \"RCT\"",
       "mapping.toml: column 'study.protocol' value 'RCT': the database's protocol is "
       "'SEED-IVIG-2003'"},
  };
  for (const BadFileCase& c : cases) {
    StudyDatabase db("rules");
    const auto before = db.snapshot();
    const ImportReport report = import(db, variant(db, c.file, c.from, c.to));
    ASSERT_TRUE(report.problems.has_errors()) << c.name;
    EXPECT_EQ(report.problems.of(ProblemSeverity::error).front().to_string(), c.problem)
        << c.name << "\n"
        << problems_text(report);
    EXPECT_TRUE(db.snapshot().same_as(before)) << c.name;
  }
}

}  // namespace
}  // namespace myoivig::io::redcap
