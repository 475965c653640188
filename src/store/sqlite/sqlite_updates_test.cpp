// Edits with optimistic concurrency, the per-patient read, the allocations read and record
// history.
#include <iterator>

#include <gtest/gtest.h>

#include "store/sqlite/web_store_test_support.hpp"

namespace myoivig::store {
namespace {

using testing::WebStoreTest;
using SqliteUpdatesTest = WebStoreTest;

TEST_F(SqliteUpdatesTest, ReadsOnePatientsRecordsWithIdsAndVersions) {
  const PatientRecords records = patient();
  EXPECT_EQ(records.patient.record.site, "JP-01");
  EXPECT_EQ(records.patient.version, 1);
  ASSERT_EQ(records.assessments.size(), 1u);
  EXPECT_EQ(records.assessments[0].record.mmt_score, 64);
  EXPECT_GT(records.assessments[0].id, 0);
  ASSERT_EQ(records.adverse_events.size(), 1u);
  EXPECT_EQ(records.adverse_events[0].record.term, "headache");
  EXPECT_EQ(records.courses.size(), 1u);
  EXPECT_FALSE(records.allocation);
  auto unknown = m_store->read_patient("S-99");
  ASSERT_FALSE(unknown);
  EXPECT_EQ(unknown.error().code, util::ErrorCode::not_found);
  auto all = m_store->read_patients();
  ASSERT_TRUE(all);
  ASSERT_EQ(all->size(), 1u);
  EXPECT_EQ(all->front().record.id, "S-01");
}

TEST_F(SqliteUpdatesTest, ReadsEveryAllocationWithItsIdInTheOrderMade) {
  auto none = m_store->read_allocations();
  ASSERT_TRUE(none) << none.error().message;
  EXPECT_TRUE(none->empty());
  // S-02 is randomised before S-01; S-03 never.
  domain::StudyData more = one_patient("S-02", "JP-02");
  more.allocations.push_back({"S-02", "placebo", "JP-02", 1, date("2002-04-02")});
  ASSERT_TRUE(m_store->add(more, context("test:alice", "load")));
  ASSERT_TRUE(m_store->add(one_patient("S-03", "JP-01"), context("test:alice", "load")));
  domain::StudyData first;
  first.allocations.push_back({"S-01", "ivig", "JP-01", 2, date("2002-04-09")});
  ASSERT_TRUE(m_store->add(first, context("test:alice", "load")));
  auto all = m_store->read_allocations();
  ASSERT_TRUE(all) << all.error().message;
  ASSERT_EQ(all->size(), 2u);
  const struct {
    const char* patient;
    const char* arm;
    const char* stratum;
    int sequence;
    const char* on;
  } expected[] = {{"S-02", "placebo", "JP-02", 1, "2002-04-02"},
                  {"S-01", "ivig", "JP-01", 2, "2002-04-09"}};
  for (std::size_t i = 0; i < std::size(expected); ++i) {
    const Stored<domain::Allocation>& got = (*all)[i];
    EXPECT_EQ(got.record.patient_id, expected[i].patient);
    EXPECT_EQ(got.record.arm, expected[i].arm);
    EXPECT_EQ(got.record.stratum, expected[i].stratum);
    EXPECT_EQ(got.record.sequence, expected[i].sequence);
    EXPECT_EQ(got.record.randomised_on.iso(), expected[i].on);
    EXPECT_EQ(got.version, 1);
    const PatientRecords records = patient(expected[i].patient);
    ASSERT_TRUE(records.allocation);
    EXPECT_EQ(got.id, records.allocation->id);  // the id the patient's read gives
  }
  EXPECT_FALSE(patient("S-03").allocation);
}

TEST_F(SqliteUpdatesTest, AnEditChangesTheFieldsBumpsTheVersionAndAuditsEachField) {
  const Stored<domain::Assessment> before = patient().assessments[0];
  domain::Assessment edited = before.record;
  edited.mmt_score = 70;
  edited.fatigue_vas_mm.reset();
  edited.weight_kg = 51.5;
  const std::size_t rows_before = audit_rows();
  const WriteOutcome outcome =
      write_ok(UpdateRecord{{before.id, 1, edited}}, context("web:bob", "transcription error"));
  EXPECT_EQ(outcome.id, before.id);
  EXPECT_EQ(outcome.version, 2);

  const Stored<domain::Assessment> after = patient().assessments[0];
  EXPECT_EQ(after.version, 2);
  EXPECT_EQ(after.record.mmt_score, 70);
  EXPECT_FALSE(after.record.fatigue_vas_mm);
  EXPECT_EQ(after.record.weight_kg, 51.5);

  auto trail = m_store->audit_trail(0);
  ASSERT_TRUE(trail);
  ASSERT_EQ(trail->size(), rows_before + 3);
  const struct {
    const char* field;
    const char* old_value;
    const char* new_value;
  } expected[] = {{"mmt", "64", "70"}, {"fatigue_vas_mm", "55", ""}, {"weight_kg", "", "51.5"}};
  for (std::size_t i = 0; i < 3; ++i) {
    const AuditEntry& row = (*trail)[rows_before + i];
    EXPECT_EQ(row.entity, "assessments");
    EXPECT_EQ(row.entity_id, "S-01/week 0");
    EXPECT_EQ(row.field, expected[i].field);
    EXPECT_EQ(row.old_value, expected[i].old_value);
    EXPECT_EQ(row.new_value, expected[i].new_value);
    EXPECT_EQ(row.actor, "web:bob");
    EXPECT_EQ(row.reason, "transcription error");
  }
}

TEST_F(SqliteUpdatesTest, AStaleEditIsRefusedNamingWhoChangedTheRecordAndNothingIsSaved) {
  const Stored<domain::Assessment> opened = patient().assessments[0];
  domain::Assessment first = opened.record;
  first.mmt_score = 66;
  write_ok(UpdateRecord{{opened.id, 1, first}},
           context("web:bob", "correction", "2026-11-24T13:00:00Z"));
  const std::size_t rows = audit_rows();

  domain::Assessment second = opened.record;  // based on version 1, like bob's
  second.mmt_score = 99;
  auto refused = m_store->write(
      Write{UpdateRecord{{opened.id, 1, second}}, context("web:carol", "correction")});
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, util::ErrorCode::conflict);
  EXPECT_EQ(refused.error().message,
            "assessments S-01/week 0 was changed by web:bob at 2026-11-24T13:00:00Z since you "
            "opened it (it is now version 2, your edit was based on version 1): reload it and "
            "make your change again; nothing was saved");
  EXPECT_EQ(patient().assessments[0].record.mmt_score, 66);
  EXPECT_EQ(audit_rows(), rows);
}

TEST_F(SqliteUpdatesTest, RefusesKeyChangesMissingReasonsUnknownIdsAndAllocations) {
  const Stored<domain::Assessment> opened = patient().assessments[0];
  domain::Assessment moved = opened.record;
  moved.week = 4;
  const auto expect_refused = [&](const RecordUpdate& update, const std::string& reason,
                                  util::ErrorCode code, const std::string& message) {
    auto refused = m_store->write(Write{UpdateRecord{update}, context("web:bob", reason)});
    ASSERT_FALSE(refused) << message;
    EXPECT_EQ(refused.error().code, code);
    EXPECT_EQ(refused.error().message, message);
  };
  expect_refused({opened.id, 1, moved}, "why", util::ErrorCode::invalid_argument,
                 "week: '0' identifies the record and cannot be changed to '4'");
  expect_refused({opened.id, 1, opened.record}, "", util::ErrorCode::invalid_argument,
                 "reason: an edit of saved data needs a reason");
  expect_refused({9999, 1, opened.record}, "why", util::ErrorCode::not_found,
                 "assessments: no record with id 9999");
  expect_refused({1, 1, domain::Allocation{"S-01", "ivig", "all", 1, date("2002-03-01")}}, "why",
                 util::ErrorCode::invalid_argument,
                 "allocations: a randomisation cannot be edited");
}

TEST_F(SqliteUpdatesTest, AnEditThatChangesNothingWritesNothing) {
  const Stored<domain::Assessment> opened = patient().assessments[0];
  const std::size_t rows = audit_rows();
  const WriteOutcome outcome =
      write_ok(UpdateRecord{{opened.id, 1, opened.record}}, context("web:bob", "looked"));
  EXPECT_EQ(outcome.version, 1);
  EXPECT_EQ(patient().assessments[0].version, 1);
  EXPECT_EQ(audit_rows(), rows);
}

TEST_F(SqliteUpdatesTest, AnEditBreakingAReferenceIsRefusedWhole) {
  const Stored<domain::AdverseEvent> opened = patient().adverse_events[0];
  domain::AdverseEvent edited = opened.record;
  edited.course_number = 2;  // S-01 has no course 2
  edited.term = "migraine";
  auto refused =
      m_store->write(Write{UpdateRecord{{opened.id, 1, edited}}, context("web:bob", "recode")});
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, util::ErrorCode::conflict);
  EXPECT_EQ(patient().adverse_events[0].record.term, "headache");
  EXPECT_EQ(patient().adverse_events[0].version, 1);
}

TEST_F(SqliteUpdatesTest, TheHistoryOfAnAdverseEventFollowsItThroughAChangeOfTerm) {
  const Stored<domain::AdverseEvent> opened = patient().adverse_events[0];
  domain::AdverseEvent edited = opened.record;
  edited.term = "migraine";
  write_ok(UpdateRecord{{opened.id, 1, edited}}, context("web:bob", "recoded"));
  edited.severity = domain::Severity::moderate;
  write_ok(UpdateRecord{{opened.id, 2, edited}}, context("web:bob", "graded"));

  auto history = m_store->record_history(Entity::adverse_events, opened.id);
  ASSERT_TRUE(history) << history.error().message;
  ASSERT_EQ(history->size(), 3u);
  EXPECT_EQ((*history)[0].entity_id, "S-01/course 1/headache");
  EXPECT_EQ((*history)[0].field, "*");
  EXPECT_EQ((*history)[1].entity_id, "S-01/adverse event " + std::to_string(opened.id));
  EXPECT_EQ((*history)[1].field, "term");
  EXPECT_EQ((*history)[1].old_value, "headache");
  EXPECT_EQ((*history)[1].new_value, "migraine");
  EXPECT_EQ((*history)[2].field, "severity");
  EXPECT_EQ((*history)[2].reason, "graded");

  auto assessment = m_store->record_history(Entity::assessments, patient().assessments[0].id);
  ASSERT_TRUE(assessment);
  ASSERT_EQ(assessment->size(), 1u);
  EXPECT_EQ((*assessment)[0].new_value, "mmt=64; fatigue_vas_mm=55");

  auto all = m_store->patient_audit("S-01");
  ASSERT_TRUE(all);
  EXPECT_EQ(all->size(), 7u);  // patient, course, visit, assessment, event, two edits
  auto missing = m_store->record_history(Entity::visits, 9999);
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code, util::ErrorCode::not_found);
}

}  // namespace
}  // namespace myoivig::store
