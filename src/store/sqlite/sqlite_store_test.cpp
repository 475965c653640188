#include "store/sqlite/sqlite_store.hpp"

#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "store/open_store.hpp"
#include "store/sqlite/migrations.hpp"
#include "store/sqlite/sqlite_database.hpp"

namespace myoivig::store {
namespace {

namespace fs = std::filesystem;

class SqliteStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    m_dir = fs::temp_directory_path() /
            ("myoivig-store-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
             "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(m_dir);
    fs::create_directories(m_dir);
  }
  void TearDown() override { fs::remove_all(m_dir); }

  std::string path(const std::string& name) const { return (m_dir / name).string(); }

  static AuditContext context() { return {"test:alice", "unit test", "2026-11-24T12:00:00Z"}; }

  std::unique_ptr<Store> new_store(const std::string& name = "study.db") {
    auto store =
        create_store(path(name), {StudyKind::study, "P1", "[study]\nid = \"P1\"\n"}, context());
    EXPECT_TRUE(store) << store.error().message;
    return std::move(*store);
  }

  static domain::StudyData one_patient_with_course() {
    domain::StudyData data;
    domain::Patient patient;
    patient.id = "S-01";
    patient.site = "JP-01";
    patient.sex = domain::Sex::female;
    patient.birth_year = 1960;
    patient.diagnosis = domain::Diagnosis::dermatomyositis;
    patient.biopsy_proven = true;
    patient.enrolment_date = *util::parse_iso_date("2002-03-01");
    data.patients.push_back(patient);
    domain::Course course;
    course.patient_id = "S-01";
    course.regimen = "seed";
    course.start_date = *util::parse_iso_date("2002-03-04");
    course.dosing_weight_kg = 52.5;
    course.dose_g_per_kg_per_day = 0.4;
    data.courses.push_back(course);
    domain::Visit visit{"S-01", 0, *util::parse_iso_date("2002-03-04")};
    data.visits.push_back(visit);
    domain::Assessment assessment;
    assessment.patient_id = "S-01";
    assessment.week = 0;
    assessment.mmt_score = 64;
    assessment.fatigue_vas_mm = 55;
    data.assessments.push_back(assessment);
    return data;
  }

  fs::path m_dir;
};

TEST_F(SqliteStoreTest, CreatesAStudyWithItsProtocolAndSchemaVersion) {
  auto store = new_store();
  auto study = store->study();
  ASSERT_TRUE(study) << study.error().message;
  EXPECT_EQ(study->protocol_id, "P1");
  EXPECT_EQ(study->kind, StudyKind::study);
  EXPECT_EQ(study->protocol_text, "[study]\nid = \"P1\"\n");
  EXPECT_EQ(study->created_utc, "2026-11-24T12:00:00Z");

  auto database = SqliteDatabase::open(path("study.db"), SqliteDatabase::Mode::open_existing);
  ASSERT_TRUE(database);
  auto version = database->prepare("PRAGMA user_version");
  ASSERT_TRUE(version);
  ASSERT_TRUE(*version->step());
  EXPECT_EQ(version->integer(0), current_schema_version());
}

TEST_F(SqliteStoreTest, RefusesToCreateOverAnExistingFile) {
  new_store();
  auto again = create_store(path("study.db"), {StudyKind::study, "P1", ""}, context());
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, util::ErrorCode::conflict);
}

TEST_F(SqliteStoreTest, RecordsReadBackExactly) {
  auto store = new_store();
  const domain::StudyData data = one_patient_with_course();
  ASSERT_TRUE(store->add(data, context()));
  auto read = store->read_all();
  ASSERT_TRUE(read) << read.error().message;
  ASSERT_EQ(read->patients.size(), 1u);
  EXPECT_EQ(read->patients[0].id, "S-01");
  EXPECT_EQ(read->patients[0].sex, domain::Sex::female);
  EXPECT_EQ(read->patients[0].enrolment_date.iso(), "2002-03-01");
  EXPECT_FALSE(read->patients[0].withdrawal_date);
  ASSERT_EQ(read->courses.size(), 1u);
  EXPECT_DOUBLE_EQ(read->courses[0].dosing_weight_kg, 52.5);
  ASSERT_EQ(read->assessments.size(), 1u);
  EXPECT_EQ(read->assessments[0].mmt_score, 64);
  EXPECT_EQ(read->assessments[0].fatigue_vas_mm, 55);
  EXPECT_FALSE(read->assessments[0].adl_score);
  EXPECT_FALSE(read->assessments[0].physician_global);
}

TEST_F(SqliteStoreTest, CoreSetAndAllocationsReadBackExactly) {
  auto store = new_store();
  domain::StudyData data = one_patient_with_course();
  domain::Assessment& assessment = data.assessments[0];
  assessment.physician_activity_vas_mm = 55;
  assessment.extramuscular_vas_mm = 0;
  assessment.mmt8_score = 121;
  assessment.haq_di = domain::Rational::fraction(10, 7);  // 7 categories answered
  const util::Date on = data.patients[0].enrolment_date;
  data.allocations.push_back({"S-01", "ivig", "US-01", 3, on});
  ASSERT_TRUE(store->add(data, context()));
  auto read = store->read_all();
  ASSERT_TRUE(read) << read.error().message;
  const domain::Assessment& back = read->assessments[0];
  EXPECT_EQ(back.physician_activity_vas_mm, 55);
  EXPECT_FALSE(back.patient_activity_vas_mm);
  EXPECT_EQ(back.extramuscular_vas_mm, 0);
  EXPECT_EQ(back.mmt8_score, 121);
  EXPECT_EQ(back.haq_di, domain::Rational::fraction(10, 7));
  ASSERT_EQ(read->allocations.size(), 1u);
  EXPECT_EQ(read->allocations[0].arm, "ivig");
  EXPECT_EQ(read->allocations[0].stratum, "US-01");
  EXPECT_EQ(read->allocations[0].sequence, 3);
  EXPECT_EQ(read->allocations[0].randomised_on, on);
}

TEST_F(SqliteStoreTest, EveryCreatedRecordHasOneAuditRow) {
  auto store = new_store();
  auto before = store->audit_trail(0);
  ASSERT_TRUE(before);
  ASSERT_TRUE(store->add(one_patient_with_course(), context()));
  auto after = store->audit_trail(0);
  ASSERT_TRUE(after);
  ASSERT_EQ(after->size(), before->size() + 4);  // patient, course, visit, assessment
  const AuditEntry& patient = (*after)[before->size()];
  EXPECT_EQ(patient.entity, "patients");
  EXPECT_EQ(patient.entity_id, "S-01");
  EXPECT_EQ(patient.field, "*");
  EXPECT_EQ(patient.actor, "test:alice");
  EXPECT_EQ(patient.reason, "unit test");
  EXPECT_NE(patient.new_value.find("site=JP-01"), std::string::npos);
  EXPECT_EQ(after->back().entity_id, "S-01/week 0");
  EXPECT_NE(after->back().new_value.find("fatigue_vas_mm=55"), std::string::npos);
}

TEST_F(SqliteStoreTest, AFailedWriteChangesNothing) {
  auto store = new_store();
  ASSERT_TRUE(store->add(one_patient_with_course(), context()));
  auto audit_before = store->audit_trail(0);
  ASSERT_TRUE(audit_before);

  // A new patient followed by a duplicate course: the patient must not survive.
  domain::StudyData second = one_patient_with_course();
  second.patients[0].id = "S-02";
  second.visits.clear();
  second.assessments.clear();  // the course still names S-01 course 1, which exists
  auto added = store->add(second, context());
  ASSERT_FALSE(added);
  EXPECT_EQ(added.error().code, util::ErrorCode::conflict);
  EXPECT_NE(added.error().message.find("courses S-01/course 1"), std::string::npos)
      << added.error().message;

  auto read = store->read_all();
  ASSERT_TRUE(read);
  EXPECT_EQ(read->patients.size(), 1u);
  auto audit_after = store->audit_trail(0);
  ASSERT_TRUE(audit_after);
  EXPECT_EQ(audit_after->size(), audit_before->size());
}

TEST_F(SqliteStoreTest, DataVersionChangesOnlyWhenAnotherConnectionCommits) {
  auto writer = new_store();
  auto reader = open_store(path("study.db"));
  ASSERT_TRUE(reader) << reader.error().message;
  auto first = (*reader)->data_version();
  ASSERT_TRUE(first) << first.error().message;
  EXPECT_EQ(*(*reader)->data_version(), *first);  // nothing committed in between
  const auto writer_before = *writer->data_version();
  ASSERT_TRUE(writer->add(one_patient_with_course(), context()));
  EXPECT_NE(*(*reader)->data_version(), *first);      // the other connection committed
  EXPECT_EQ(*writer->data_version(), writer_before);  // its own commit does not count
}

TEST_F(SqliteStoreTest, ForeignKeysAreEnforced) {
  auto store = new_store();
  domain::StudyData orphan;
  orphan.visits.push_back({"NOBODY", 0, *util::parse_iso_date("2002-03-04")});
  auto added = store->add(orphan, context());
  ASSERT_FALSE(added);
  EXPECT_EQ(added.error().code, util::ErrorCode::conflict);
}

TEST_F(SqliteStoreTest, TheAuditTrailIsAppendOnly) {
  new_store();
  auto database = SqliteDatabase::open(path("study.db"), SqliteDatabase::Mode::open_existing);
  ASSERT_TRUE(database);
  auto updated = database->execute("UPDATE audit SET actor = 'mallory'");
  ASSERT_FALSE(updated);
  EXPECT_NE(updated.error().message.find("append-only"), std::string::npos);
  auto deleted = database->execute("DELETE FROM audit");
  ASSERT_FALSE(deleted);
  EXPECT_NE(deleted.error().message.find("append-only"), std::string::npos);
}

TEST_F(SqliteStoreTest, OpeningSomethingElseFailsClearly) {
  auto missing = open_store(path("missing.db"));
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code, util::ErrorCode::not_found);

  std::ofstream(path("notes.txt")) << "this is not a database, just some text\n";
  auto text = open_store(path("notes.txt"));
  ASSERT_FALSE(text);
  EXPECT_EQ(text.error().code, util::ErrorCode::corrupt) << text.error().message;

  {
    auto other = SqliteDatabase::open(path("other.db"), SqliteDatabase::Mode::create_new);
    ASSERT_TRUE(other);
    ASSERT_TRUE(other->execute("CREATE TABLE things (x INTEGER)"));
  }
  auto foreign = open_store(path("other.db"));
  ASSERT_FALSE(foreign);
  EXPECT_EQ(foreign.error().code, util::ErrorCode::corrupt);
  EXPECT_NE(foreign.error().message.find("not a myoivig study database"), std::string::npos);
}

TEST_F(SqliteStoreTest, ANewerSchemaIsRefused) {
  new_store();
  {
    auto database = SqliteDatabase::open(path("study.db"), SqliteDatabase::Mode::open_existing);
    ASSERT_TRUE(database);
    ASSERT_TRUE(
        database->execute("PRAGMA user_version = " + std::to_string(current_schema_version() + 1)));
  }
  auto opened = open_store(path("study.db"));
  ASSERT_FALSE(opened);
  EXPECT_EQ(opened.error().code, util::ErrorCode::corrupt);
  EXPECT_NE(opened.error().message.find("newer"), std::string::npos);
}

TEST_F(SqliteStoreTest, PostgresLocationsAreRefusedWithAReason) {
  auto opened = open_store("postgresql://localhost/myoivig");
  ASSERT_FALSE(opened);
  EXPECT_NE(opened.error().message.find("SQLite file path"), std::string::npos);
}

}  // namespace
}  // namespace myoivig::store
