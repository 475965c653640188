// write_bundle is read_bundle's inverse: the demo bundle, a synthetic study and records
// with awkward text and numbers come back field for field; the files have the format's
// headers; an occupied folder is refused and left alone.
#include "io/bundle_writer.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include <gtest/gtest.h>
#include <unistd.h>

#include "domain/record_fields_for_tests.hpp"
#include "domain/synthetic_study.hpp"
#include "io/bundle_reader.hpp"
#include "io/bundle_rows.hpp"
#include "io/protocol_file.hpp"

namespace myoivig::io {
namespace {

namespace fs = std::filesystem;
using namespace myoivig::domain;

const fs::path k_source = fs::path(MYOIVIG_SOURCE_DIR);

// A fresh folder under the system temporary directory, removed when destroyed.
class Scratch {
 public:
  explicit Scratch(const std::string& name)
      : m_path(fs::temp_directory_path() /
               ("myoivig-writer-" + name + "-" + std::to_string(::getpid()))) {
    fs::remove_all(m_path);
    fs::create_directories(m_path);
  }
  ~Scratch() { fs::remove_all(m_path); }
  Scratch(const Scratch&) = delete;
  Scratch& operator=(const Scratch&) = delete;
  [[nodiscard]] const fs::path& path() const { return m_path; }

 private:
  fs::path m_path;
};

std::string read_text(const fs::path& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

using domain::testing::first_difference;

template <typename Record>
void expect_same(const std::vector<Record>& read, const std::vector<Record>& written,
                 const char* entity) {
  ASSERT_EQ(read.size(), written.size()) << entity;
  EXPECT_EQ(first_difference(read, written), -1) << entity << ": first differing record";
}

void expect_same(const StudyData& read, const StudyData& written) {
  EXPECT_EQ(read.info.study_id, written.info.study_id);
  EXPECT_EQ(read.info.protocol_id, written.info.protocol_id);
  EXPECT_EQ(read.info.description, written.info.description);
  EXPECT_EQ(read.info.synthetic, written.info.synthetic);
  expect_same(read.patients, written.patients, "patients");
  expect_same(read.allocations, written.allocations, "allocations");
  expect_same(read.conditions, written.conditions, "conditions");
  expect_same(read.steroid_doses, written.steroid_doses, "steroid_doses");
  expect_same(read.courses, written.courses, "courses");
  expect_same(read.administrations, written.administrations, "administrations");
  expect_same(read.visits, written.visits, "visits");
  expect_same(read.assessments, written.assessments, "assessments");
  expect_same(read.muscle_grades, written.muscle_grades, "muscle_grades");
  expect_same(read.adverse_events, written.adverse_events, "adverse_events");
}

// Writes `data` to `<scratch>/bundle`, reads it back and compares.
void expect_round_trip(const StudyData& data, const Scratch& scratch) {
  const fs::path out = scratch.path() / "bundle";
  auto written = write_bundle(data, out);
  ASSERT_TRUE(written) << written.error().message;
  EXPECT_FALSE(fs::exists(scratch.path() / "bundle.partial"));
  auto read = read_bundle(out);
  ASSERT_TRUE(read) << read.error().message;
  expect_same(read->data, data);
}

TEST(BundleWriter, TheTrialFixtureWithAllocationsAndCoreSetComesBackUnchanged) {
  Scratch scratch("trial");
  auto trial = read_bundle(k_source / "tests/data/trial-bundle");
  ASSERT_TRUE(trial) << trial.error().message;
  ASSERT_EQ(trial->data.allocations.size(), 4u);
  ASSERT_TRUE(trial->data.assessments[0].haq_di.has_value());
  expect_round_trip(trial->data, scratch);
}

TEST(BundleWriter, TheDemoBundleComesBackUnchanged) {
  Scratch scratch("demo");
  auto demo = read_bundle(k_source / "data/demo/seed-study");
  ASSERT_TRUE(demo) << demo.error().message;
  expect_round_trip(demo->data, scratch);
  // Counts per file; muscle_grades and allocations have no records, so no file.
  auto again = write_bundle(demo->data, scratch.path() / "second");
  ASSERT_TRUE(again) << again.error().message;
  const BundleCounts expected{{"patients", 12},    {"conditions", 84},      {"steroid_doses", 34},
                              {"courses", 15},     {"administrations", 75}, {"visits", 64},
                              {"assessments", 64}, {"muscle_grades", 0},    {"adverse_events", 2},
                              {"allocations", 0}};
  EXPECT_EQ(*again, expected);
  EXPECT_FALSE(fs::exists(scratch.path() / "second/muscle_grades.csv"));
  EXPECT_EQ(read_text(scratch.path() / "second/manifest.csv"),
            "key,value\nstudy_id,SEED-IVIG-DEMO\nprotocol,SEED-IVIG-2003\ndescription,"
            "SYNTHETIC reconstruction of Hara et al. 2003 (Mod Rheumatol 13:319-325): 12 "
            "invented patients whose analysed baseline and week-12 values reproduce the "
            "published abstract; no real patient data\nsynthetic,true\n");
  // Each file's header is the format's column list, in its order.
  for (const char* stem : {"patients", "conditions", "steroid_doses", "courses", "administrations",
                           "visits", "assessments", "adverse_events"}) {
    std::string header;
    for (const BundleColumn& column : bundle_columns(stem)) {
      header += (header.empty() ? "" : ",") + std::string(column.name);
    }
    const std::string text = read_text(scratch.path() / "second" / (std::string(stem) + ".csv"));
    EXPECT_EQ(text.substr(0, text.find('\n')), header) << stem;
  }
  const std::string courses = read_text(scratch.path() / "second/courses.csv");
  EXPECT_EQ(courses.substr(0, courses.find("SEED-03")),
            "patient_id,course,regimen,product,start_date,dosing_weight_kg,weight_policy,"
            "dose_g_per_kg_per_day,blinded\nSEED-01,1,seed,PEG-IgG 5%,2001-03-12,64.3,actual,0.4,"
            "false\nSEED-02,1,seed,PEG-IgG 5%,2001-05-21,51.6,actual,0.4,false\n");
}

TEST(BundleWriter, ASyntheticStudyComesBackUnchangedAndChecksClean) {
  Scratch scratch("synthetic");
  auto protocol = read_protocol_file(k_source / "protocols/seed-ivig.toml");
  ASSERT_TRUE(protocol) << protocol.error().message;
  auto data = generate_synthetic_study({400, 3, 0}, *protocol);
  ASSERT_TRUE(data) << data.error().message;
  expect_round_trip(*data, scratch);
  auto read = read_bundle(scratch.path() / "bundle");
  ASSERT_TRUE(read);
  auto checked = check_bundle(*read, StudyData{}, *protocol);
  EXPECT_TRUE(checked) << checked.error().message;
}

TEST(BundleWriter, AwkwardTextAndNumbersComeBackExactly) {
  Scratch scratch("awkward");
  StudyData data;
  data.info = {"AWK", "SEED-IVIG-2003", "line one\nline \"two\", with a comma", false};
  const util::Date day = *util::parse_iso_date("2004-02-29");
  data.patients.push_back({"P-1", "S,1", Sex::female, 1950, Diagnosis::dermatomyositis, true,
                           std::nullopt, 157.5, day, day.plus_days(30),
                           "moved away; \"no\" follow-up,\nsecond line"});
  data.patients.push_back({"P_2", "S2", Sex::male, 1960, Diagnosis::polymyositis, false, day,
                           std::nullopt, day, std::nullopt, ""});
  data.conditions.push_back({"P-1", "prior_ivig", true, day.plus_days(-100), "a, b"});
  data.steroid_doses.push_back({"P-1", 0.1 + 0.2, day, std::nullopt});  // 0.30000000000000004
  data.courses.push_back({"P-1", 1, "seed", "", day, 1.0 / 3.0, WeightPolicy::adjusted, 0.4});
  data.administrations.push_back({"P-1", 1, 1, day, 1e-3, std::nullopt,
                                  util::TimeOfDay::from_minutes(0),
                                  util::TimeOfDay::from_minutes(23 * 60 + 59)});
  data.visits.push_back({"P-1", 0, day});
  data.assessments.push_back({"P-1", 0, 0, std::nullopt, 100000, 1, 0, 100, PhysicianGlobal::worse,
                              250.0, std::nullopt, std::nullopt, std::nullopt, std::nullopt,
                              std::nullopt});
  data.assessments.push_back({"P_2", 0, std::nullopt, 5, std::nullopt, std::nullopt, 5,
                              std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt,
                              std::nullopt, std::nullopt, std::nullopt});
  data.muscle_grades.push_back(
      {"P-1", 0, "deltoid", Side::axial, GradeStatus::not_testable, std::nullopt});
  data.muscle_grades.push_back({"P-1", 0, "deltoid", Side::left, GradeStatus::tested, 4});
  data.adverse_events.push_back({"P-1", 1, "rash, \"mild\"", day, std::nullopt, true,
                                 Severity::severe, Relatedness::not_related,
                                 AdverseEventOutcome::sequelae});
  expect_round_trip(data, scratch);
  // VAS in cm with one decimal: 5 mm is 0.5, 100 mm is 10.0.
  const std::string assessments = read_text(scratch.path() / "bundle/assessments.csv");
  EXPECT_NE(assessments.find("P-1,0,0,,100000,1,0.0,10.0,worse,250,,,,,\n"), std::string::npos)
      << assessments;
  EXPECT_NE(assessments.find("P_2,0,,5,,,0.5,,,,,,,,\n"), std::string::npos) << assessments;
}

TEST(BundleWriter, RefusesAnOccupiedFolderAndLeavesItAlone) {
  Scratch scratch("occupied");
  StudyData data;
  data.info = {"X", "SEED-IVIG-2003", "", true};
  const fs::path occupied = scratch.path() / "occupied";
  fs::create_directories(occupied);
  std::ofstream(occupied / "notes.txt") << "mine";
  auto refused = write_bundle(data, occupied);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, util::ErrorCode::conflict);
  EXPECT_NE(refused.error().message.find("already exists and is not empty"), std::string::npos);
  EXPECT_EQ(read_text(occupied / "notes.txt"), "mine");
  EXPECT_FALSE(fs::exists(scratch.path() / "occupied.partial"));

  fs::create_directories(scratch.path() / "left.partial");
  auto leftover = write_bundle(data, scratch.path() / "left");
  ASSERT_FALSE(leftover);
  EXPECT_EQ(leftover.error().code, util::ErrorCode::conflict);
  EXPECT_FALSE(fs::exists(scratch.path() / "left"));

  fs::create_directories(scratch.path() / "empty");  // an empty folder is fine
  auto written = write_bundle(data, scratch.path() / "empty");
  ASSERT_TRUE(written) << written.error().message;
  EXPECT_EQ(read_text(scratch.path() / "empty/manifest.csv"),
            "key,value\nstudy_id,X\nprotocol,SEED-IVIG-2003\nsynthetic,true\n");
  EXPECT_EQ(read_text(scratch.path() / "empty/patients.csv"),
            "patient_id,site,sex,birth_year,diagnosis,biopsy_proven,biopsy_date,height_cm,"
            "enrolment_date,withdrawal_date,withdrawal_reason\n");
}

}  // namespace
}  // namespace myoivig::io
