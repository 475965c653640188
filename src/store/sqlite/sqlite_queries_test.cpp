// Data queries and the group-commit batch in the SQLite store.
#include <gtest/gtest.h>

#include "store/sqlite/web_store_test_support.hpp"

namespace myoivig::store {
namespace {

using testing::WebStoreTest;
using SqliteQueriesTest = WebStoreTest;

TEST_F(SqliteQueriesTest, AQueryIsRaisedAnsweredAndClosedWithItsVersion) {
  ASSERT_TRUE(m_store->add(one_patient("T-01", "US-01"), context("test:alice", "load")));
  const std::int64_t assessment = patient().assessments[0].id;
  const std::int64_t id =
      write_ok(RaiseQuery{{"S-01", "assessments", assessment, "mmt", "Please confirm MMT 64"}},
               context("web:mona", "query"))
          .id;
  write_ok(RaiseQuery{{"T-01", "visits", patient("T-01").visits[0].id, "", "Date?"}},
           context("web:mona", "query"));

  QueryFilter open_at_site;
  open_at_site.site = "JP-01";
  open_at_site.status = QueryStatus::open;
  auto listed = m_store->queries(open_at_site);
  ASSERT_TRUE(listed);
  ASSERT_EQ(listed->size(), 1u);
  EXPECT_EQ(listed->front().id, id);
  EXPECT_EQ(listed->front().raised_by, "web:mona");
  EXPECT_EQ(listed->front().field, "mmt");

  EXPECT_EQ(write_ok(AnswerQuery{id, 1, "Confirmed from the source"}, context("web:ivy", "answer"))
                .version,
            2);
  auto stale = m_store->write(Write{CloseQuery{id, 1}, context("web:mona", "close")});
  ASSERT_FALSE(stale);
  EXPECT_EQ(stale.error().code, util::ErrorCode::conflict);
  write_ok(CloseQuery{id, 2}, context("web:mona", "close"));

  QueryFilter by_id;
  by_id.id = id;
  auto closed = m_store->queries(by_id);
  ASSERT_TRUE(closed);
  ASSERT_EQ(closed->size(), 1u);
  EXPECT_EQ(closed->front().status, QueryStatus::closed);
  EXPECT_EQ(closed->front().answer, "Confirmed from the source");
  EXPECT_EQ(closed->front().answered_by, "web:ivy");
  EXPECT_EQ(closed->front().closed_by, "web:mona");
  EXPECT_EQ(closed->front().version, 3);

  auto audit = m_store->patient_audit("S-01");
  ASSERT_TRUE(audit);
  std::size_t query_rows = 0;
  for (const AuditEntry& row : *audit) query_rows += row.entity == "queries" ? 1 : 0;
  EXPECT_EQ(query_rows, 4u);  // raised, answered (status, answer), closed
}

TEST_F(SqliteQueriesTest, AQueryMustNameARecordOfThePatientAndOneOfItsFields) {
  const std::int64_t assessment = patient().assessments[0].id;
  const struct {
    NewQuery query;
    util::ErrorCode code;
  } cases[] = {
      {{"S-01", "assessments", 9999, "", "?"}, util::ErrorCode::not_found},
      {{"S-01", "assessments", assessment, "colour", "?"}, util::ErrorCode::invalid_argument},
      {{"S-01", "lab_results", assessment, "", "?"}, util::ErrorCode::invalid_argument},
      {{"S-01", "assessments", assessment, "", ""}, util::ErrorCode::invalid_argument},
  };
  for (const auto& c : cases) {
    auto refused = m_store->write(Write{RaiseQuery{c.query}, context("web:mona", "query")});
    ASSERT_FALSE(refused) << c.query.entity << " " << c.query.field;
    EXPECT_EQ(refused.error().code, c.code) << refused.error().message;
  }
}

TEST_F(SqliteQueriesTest, ABatchCommitsTheGoodWritesAndRefusesTheBadOneAlone) {
  const Stored<domain::Assessment> opened = patient().assessments[0];
  domain::Assessment first = opened.record;
  first.mmt_score = 65;
  domain::StudyData duplicate = one_patient("S-01", "JP-01");  // exists: refused
  domain::StudyData fresh = one_patient("S-02", "JP-01");
  const std::vector<Write> writes{
      {UpdateRecord{{opened.id, 1, first}}, context("web:bob", "fix")},
      {AddRecords{duplicate}, context("web:bob", "enrol")},
      {AddRecords{fresh}, context("web:bob", "enrol")},
  };
  const auto outcomes = m_store->write_batch(writes);
  ASSERT_EQ(outcomes.size(), 3u);
  EXPECT_TRUE(outcomes[0]);
  ASSERT_FALSE(outcomes[1]);
  EXPECT_EQ(outcomes[1].error().code, util::ErrorCode::conflict);
  ASSERT_TRUE(outcomes[2]);
  EXPECT_EQ(outcomes[2]->id, patient("S-02").adverse_events[0].id);
  EXPECT_EQ(patient().assessments[0].record.mmt_score, 65);
  auto all = m_store->read_patients();
  ASSERT_TRUE(all);
  EXPECT_EQ(all->size(), 2u);
}

}  // namespace
}  // namespace myoivig::store
