// The course_plans table (migration 6): a database of schema version 5 upgrades; a plan is
// written with its course in one write or not at all, read back verbatim with who confirmed
// it and when, audited by its SHA-256, and never changed afterwards.
#include "store/sqlite/sqlite_course_plans.hpp"

#include <gtest/gtest.h>

#include "store/sqlite/migrations.hpp"
#include "store/sqlite/web_store_test_support.hpp"

namespace myoivig::store {
namespace {

using CoursePlanStoreTest = testing::WebStoreTest;

// 56 bytes; its SHA-256 from `printf '%s' TEXT | sha256sum`.
constexpr std::string_view k_plan_json =
    R"({"plan":{"daily_dose_g":21,"days":5},"infusion_days":[]})";
constexpr std::string_view k_plan_sha256 =
    "333c39d2791ac449e60c911a31af53f16834c288f8689d643aa42cf5e5df9409";

domain::Course course(int number, const char* start) {
  domain::Course c;
  c.patient_id = "S-01";
  c.number = number;
  c.regimen = "seed";
  c.product = "PEG-IgG 5%";
  c.start_date = *util::parse_iso_date(start);
  c.dosing_weight_kg = 52.5;
  c.dose_g_per_kg_per_day = 0.4;
  return c;
}

AddRecords planned_course(int number, int plan_for) {
  AddRecords add;
  add.records.courses.push_back(course(number, "2002-05-06"));
  add.course_plans.push_back({"S-01", plan_for, std::string(k_plan_json), {"age", "diabetes"}});
  return add;
}

util::Expected<SqliteDatabase> open_file(const std::filesystem::path& path) {
  return SqliteDatabase::open(path.string(), SqliteDatabase::Mode::open_existing);
}

std::int64_t count(SqliteDatabase& database, const std::string& sql) {
  auto statement = database.prepare(sql);
  EXPECT_TRUE(statement) << statement.error().message;
  if (!statement || !*statement->step()) return -1;
  return statement->integer(0);
}

TEST_F(CoursePlanStoreTest, ADatabaseOfSchemaVersion5GainsTheTableAndKeepsItsRecords) {
  EXPECT_EQ(current_schema_version(), 6);
  m_store.reset();
  {
    // Schema 5 is schema 6 without migration 6's table (dropping it drops its triggers).
    auto database = open_file(m_dir / "study.db");
    ASSERT_TRUE(database) << database.error().message;
    ASSERT_TRUE(database->execute("DROP TABLE course_plans; PRAGMA user_version = 5"));
    EXPECT_EQ(count(*database,
                    "SELECT count(*) FROM sqlite_master WHERE tbl_name = "
                    "'course_plans'"),
              0);
  }
  auto reopened = open_store((m_dir / "study.db").string());
  ASSERT_TRUE(reopened) << reopened.error().message;
  m_store = std::move(*reopened);
  {
    auto database = open_file(m_dir / "study.db");
    ASSERT_TRUE(database);
    EXPECT_EQ(count(*database, "PRAGMA user_version"), 6);
    EXPECT_EQ(count(*database,
                    "SELECT count(*) FROM sqlite_master WHERE tbl_name = "
                    "'course_plans' AND type IN ('table', 'trigger')"),
              3);
  }
  // The course loaded at version 5 is there, without a plan; a new one gets its plan.
  ASSERT_EQ(patient().courses.size(), 1u);
  auto none = m_store->course_plan("S-01", 1);
  ASSERT_TRUE(none) << none.error().message;
  EXPECT_FALSE(*none);
  write_ok(planned_course(2, 2), context("web:ivy", "confirmed", "2026-11-28T12:00:00Z"));
  auto stored = m_store->course_plan("S-01", 2);
  ASSERT_TRUE(stored && *stored);
  EXPECT_EQ((*stored)->plan_json, k_plan_json);
}

TEST_F(CoursePlanStoreTest, APlanIsWrittenWithItsCourseAndReadBackVerbatim) {
  const std::size_t rows_before = audit_rows();
  write_ok(planned_course(2, 2), context("web:ivy", "confirmed", "2026-11-28T12:00:00.125Z"));
  ASSERT_EQ(patient().courses.size(), 2u);
  auto stored = m_store->course_plan("S-01", 2);
  ASSERT_TRUE(stored) << stored.error().message;
  ASSERT_TRUE(*stored);
  const CoursePlan& plan = **stored;
  EXPECT_EQ(plan.patient_id, "S-01");
  EXPECT_EQ(plan.course_number, 2);
  EXPECT_EQ(plan.plan_json, k_plan_json);
  EXPECT_EQ(plan.risk_factors, (std::vector<std::string>{"age", "diabetes"}));
  EXPECT_EQ(plan.confirmed_by, "web:ivy");
  EXPECT_EQ(plan.confirmed_utc, "2026-11-28T12:00:00.125Z");
  // One audit row for the course, one for its plan (named by length and digest).
  ASSERT_EQ(audit_rows(), rows_before + 2);
  auto trail = m_store->patient_audit("S-01");
  ASSERT_TRUE(trail);
  const AuditEntry& last = trail->back();
  EXPECT_EQ(last.entity, "course_plans");
  EXPECT_EQ(last.entity_id, "S-01/course 2");
  EXPECT_EQ(last.field, "*");
  EXPECT_EQ(last.actor, "web:ivy");
  EXPECT_EQ(last.reason, "confirmed");
  EXPECT_EQ(last.new_value, "risk_factors=age,diabetes; plan_json_bytes=56; plan_json_sha256=" +
                                std::string(k_plan_sha256));
}

TEST_F(CoursePlanStoreTest, APlanWithoutRiskFactorsReadsBackAnEmptyList) {
  AddRecords add = planned_course(2, 2);
  add.course_plans[0].risk_factors.clear();
  write_ok(add, context("web:ivy", "confirmed"));
  auto stored = m_store->course_plan("S-01", 2);
  ASSERT_TRUE(stored && *stored);
  EXPECT_TRUE((*stored)->risk_factors.empty());
}

TEST_F(CoursePlanStoreTest, ARefusedWriteStoresNeitherCourseNorPlan) {
  const std::size_t rows_before = audit_rows();
  const struct {
    const char* name;
    AddRecords add;
    util::ErrorCode code;
  } cases[] = {
      // Course 1 exists (loaded from a bundle): the course is refused, so is its plan.
      {"existing course", planned_course(1, 1), util::ErrorCode::conflict},
      // A plan for a course this write does not create.
      {"plan of another course", planned_course(2, 3), util::ErrorCode::invalid_argument},
  };
  for (const auto& c : cases) {
    auto outcome = m_store->write(Write{c.add, context("web:ivy", "confirmed")});
    ASSERT_FALSE(outcome) << c.name;
    EXPECT_EQ(outcome.error().code, c.code) << c.name << ": " << outcome.error().message;
  }
  AddRecords not_json = planned_course(2, 2);
  not_json.course_plans[0].plan_json = "{\"plan\": ";
  EXPECT_FALSE(m_store->write(Write{not_json, context("web:ivy", "confirmed")}));
  EXPECT_EQ(patient().courses.size(), 1u);
  EXPECT_EQ(audit_rows(), rows_before);
  for (int number : {1, 2, 3}) {
    auto stored = m_store->course_plan("S-01", number);
    ASSERT_TRUE(stored);
    EXPECT_FALSE(*stored) << "course " << number;
  }
}

TEST_F(CoursePlanStoreTest, AStoredPlanCannotBeChangedOrRemoved) {
  write_ok(planned_course(2, 2), context("web:ivy", "confirmed"));
  auto database = open_file(m_dir / "study.db");
  ASSERT_TRUE(database);
  for (const char* sql : {"UPDATE course_plans SET plan_json = '{}'", "DELETE FROM course_plans"}) {
    auto changed = database->execute(sql);
    ASSERT_FALSE(changed) << sql;
    EXPECT_NE(changed.error().message.find("a confirmed course plan cannot be changed"),
              std::string::npos)
        << changed.error().message;
  }
  auto stored = m_store->course_plan("S-01", 2);
  ASSERT_TRUE(stored && *stored);
  EXPECT_EQ((*stored)->plan_json, k_plan_json);
}

}  // namespace
}  // namespace myoivig::store
