#include "io/odm/odm_import.hpp"

#include <algorithm>

#include <gtest/gtest.h>

#include "io/redcap/import_test_support.hpp"

namespace myoivig::io::odm {
namespace {

namespace fs = std::filesystem;
using redcap::ImportProblem;
using redcap::ImportReport;
using redcap::ProblemSeverity;
using redcap::testing::k_odm_data;
using redcap::testing::StudyDatabase;

ImportReport import_text(StudyDatabase& db, const std::string& text, const std::string& mapping) {
  auto parsed = redcap::read_mapping_file(k_odm_data / mapping);
  EXPECT_TRUE(parsed) << parsed.error().message;
  return redcap::run_import(read_odm_text(text, "study.xml", *parsed), db.store(), db.protocol(),
                            redcap::testing::test_context(), false);
}

std::string problems_text(const ImportReport& report) {
  std::string text;
  for (const ImportProblem& problem : report.problems.all()) text += problem.to_string() + "\n";
  return text;
}

template <typename Record, typename Match>
const Record& find(const std::vector<Record>& records, Match match) {
  const auto found = std::find_if(records.begin(), records.end(), match);
  EXPECT_NE(found, records.end());
  return *found;
}

TEST(OdmImport, ReadsARedcapProjectXmlWithEventsRepeatsCheckboxesAndGroups) {
  StudyDatabase db("odm-redcap");
  const std::string text = redcap::testing::read_text(k_odm_data / "redcap_project.xml");
  const ImportReport report = import_text(db, text, "redcap_mapping.toml");
  ASSERT_FALSE(report.problems.has_errors()) << problems_text(report);
  EXPECT_EQ(report.problems.warning_count(), 0U) << problems_text(report);
  EXPECT_TRUE(report.written);
  EXPECT_EQ(report.records, 2U);
  EXPECT_EQ(report.events, 4U);
  const std::vector<std::pair<std::string, std::size_t>> expected{
      {"patients", 2}, {"conditions", 4},  {"courses", 2},       {"administrations", 10},
      {"visits", 5},   {"assessments", 5}, {"adverse_events", 2}};
  for (const auto& [entity, count] : expected) {
    EXPECT_EQ(report.counts.at(entity).added, count) << entity;
  }
  const domain::StudyData data = *db.store().read_all();
  EXPECT_EQ(data.info.study_id, "ODM-REDCAP-FIXTURE");
  const auto& first = find(data.patients, [](const auto& p) { return p.id == "O-01"; });
  EXPECT_EQ(first.site, "JP-01");  // ItemData redcap_data_access_group
  EXPECT_EQ(first.diagnosis, domain::Diagnosis::dermatomyositis);
  EXPECT_EQ(first.enrolment_date.iso(), "2002-02-01");
  const auto& malignancy = find(data.conditions, [](const auto& c) {
    return c.patient_id == "O-01" && c.code == "malignancy";
  });
  EXPECT_TRUE(malignancy.present);                        // an expanded checkbox item
  EXPECT_EQ(data.courses[0].dose_g_per_kg_per_day, 0.4);  // "0,4": a comma decimal
  const auto& day5 = find(data.administrations,
                          [](const auto& a) { return a.patient_id == "O-01" && a.day == 5; });
  EXPECT_EQ(day5.date.iso(), "2002-03-08");
  EXPECT_EQ(day5.end_time->hh_mm(), "14:00");
  const auto& week2 =
      find(data.assessments, [](const auto& a) { return a.patient_id == "O-01" && a.week == 2; });
  EXPECT_FALSE(week2.ck_iu_per_l);  // NASK
  EXPECT_EQ(*week2.fatigue_vas_mm, 40);
  EXPECT_EQ(data.adverse_events[1].term, "headache");  // repeating event, instance 2

  const auto before = db.snapshot();
  const ImportReport again = import_text(db, text, "redcap_mapping.toml");
  EXPECT_FALSE(again.problems.has_errors()) << problems_text(again);
  EXPECT_FALSE(again.written);
  EXPECT_EQ(again.counts.at("administrations").unchanged, 10U);
  EXPECT_TRUE(db.snapshot().same_as(before));
}

TEST(OdmImport, ReadsAnOpenClinicaExtractWithARepeatingItemGroupAndSites) {
  StudyDatabase db("odm-openclinica");
  const ImportReport report = import_text(
      db, redcap::testing::read_text(k_odm_data / "openclinica.xml"), "openclinica_mapping.toml");
  ASSERT_FALSE(report.problems.has_errors()) << problems_text(report);
  EXPECT_TRUE(report.written);
  const domain::StudyData data = *db.store().read_all();
  ASSERT_EQ(data.patients.size(), 2U);
  EXPECT_EQ(data.patients[0].id, "OC-01");  // OpenClinica:StudySubjectID
  EXPECT_EQ(data.patients[0].site, "JP-01");
  EXPECT_EQ(data.patients[1].site, "JP-02");  // the site's ClinicalData StudyOID
  EXPECT_EQ(data.patients[1].diagnosis, domain::Diagnosis::polymyositis);
  ASSERT_EQ(data.administrations.size(), 2U);
  EXPECT_EQ(data.administrations[1].day, 2);
  EXPECT_EQ(data.administrations[1].start_time->hh_mm(), "09:45");  // an ODM time HH:MM:SS
  EXPECT_EQ(data.visits.size(), 3U);
  const auto& week12 = find(data.assessments, [](const auto& a) { return a.week == 12; });
  EXPECT_EQ(*week12.physician_global, domain::PhysicianGlobal::improved);
  EXPECT_EQ(*week12.weight_kg, 53.1);
}

struct BadOdmCase {
  std::string name;
  std::string from;
  std::string to;
  std::string problem;  // the first error, as printed
};

TEST(OdmImport, BadFilesGiveAClearErrorAndLeaveTheDatabaseUnchanged) {
  const std::string good = redcap::testing::read_text(k_odm_data / "redcap_project.xml");
  const std::vector<BadOdmCase> cases{
      {"truncated", "</ClinicalData>\n</ODM>", "</ClinicalData>",
       "study.xml: line 594: not well-formed XML: no element found"},
      {"not ODM", "<ODM xmlns=", "<Document xmlns=",
       "study.xml: line 2: the root element is 'Document', not ODM (a CDISC ODM 1.3 file)"},
      {"unknown item", "ItemOID=\"mmt\" Value=\"70\"", "ItemOID=\"mmt_total\" Value=\"70\"",
       "study.xml:326: column 'mmt_total' value '70': ItemOID has no ItemDef in a form of the "
       "metadata: not a field of the data dictionary, a checkbox column (<field>___<code>), "
       "<form>_complete, <form>_timestamp or a redcap_ pseudo-field: the import is refused"},
      {"impossible date", "Value=\"2002-03-18\"", "Value=\"2003-02-30\"",
       "study.xml:422: column 'visit_date' value '2003-02-30': must be a real date written "
       "YYYY-MM-DD (REDCap exports every date so, whatever its display format): '2003-02-30' "
       "is not a real date (day 30 does not exist in 2003-02)"},
      {"unknown event", "StudyEventOID=\"Event.week_2_arm_1\" StudyEventRepeatKey",
       "StudyEventOID=\"Event.week_3_arm_1\" StudyEventRepeatKey",
       "study.xml:419: column 'StudyEventOID' value 'Event.week_3_arm_1': no StudyEventDef has "
       "this OID"},
  };
  for (const BadOdmCase& c : cases) {
    StudyDatabase db("odm-bad");
    std::string text = good;
    const std::size_t at = text.find(c.from);
    ASSERT_NE(at, std::string::npos) << c.name;
    text.replace(at, c.from.size(), c.to);
    const auto before = db.snapshot();
    const ImportReport report = import_text(db, text, "redcap_mapping.toml");
    ASSERT_TRUE(report.problems.has_errors()) << c.name;
    EXPECT_EQ(report.problems.of(ProblemSeverity::error).front().to_string(), c.problem) << c.name;
    EXPECT_FALSE(report.written);
    EXPECT_TRUE(db.snapshot().same_as(before)) << c.name;
  }
}

}  // namespace
}  // namespace myoivig::io::odm
