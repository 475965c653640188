#include "store/sqlite/sqlite_course_plans.hpp"

#include <algorithm>
#include <string>

#include "store/sodium.hpp"
#include "store/sqlite/audit_appender.hpp"
#include "store/sqlite/sqlite_store.hpp"
#include "util/strings.hpp"

namespace myoivig::store {
namespace {

constexpr std::string_view k_separator = ",";  // between risk factor codes

std::vector<std::string> split(std::string_view text) {
  if (text.empty()) return {};
  return util::split(text, k_separator.front());
}

bool has_course(std::span<const domain::Course> courses, const NewCoursePlan& plan) {
  return std::any_of(courses.begin(), courses.end(), [&](const domain::Course& course) {
    return course.patient_id == plan.patient_id && course.number == plan.course_number;
  });
}

std::string course_id(const NewCoursePlan& plan) {
  return plan.patient_id + "/course " + std::to_string(plan.course_number);
}

}  // namespace

util::Expected<void> insert_course_plans(SqliteDatabase& database,
                                         std::span<const NewCoursePlan> plans,
                                         std::span<const domain::Course> courses,
                                         const AuditContext& context) {
  if (plans.empty()) return {};
  MYOIVIG_TRY_ASSIGN(statement,
                     database.prepare("INSERT INTO course_plans (patient_id, course, plan_json, "
                                      "risk_factors, confirmed_by, confirmed_utc) "
                                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
  MYOIVIG_TRY_ASSIGN(audit, AuditAppender::prepare(database, context));
  for (const NewCoursePlan& plan : plans) {
    const std::string id = course_id(plan);
    if (!has_course(courses, plan)) {
      return util::invalid_argument("course_plans " + id +
                                    ": a plan is stored only with the course it was confirmed "
                                    "for, and this write creates no such course");
    }
    const std::string risk_factors = util::join(plan.risk_factors, k_separator);
    statement.bind(1, std::string_view(plan.patient_id));
    statement.bind(2, std::int64_t{plan.course_number});
    statement.bind(3, std::string_view(plan.plan_json));
    statement.bind(4, std::string_view(risk_factors));
    statement.bind(5, std::string_view(context.actor));
    statement.bind(6, std::string_view(context.timestamp_utc));
    auto inserted = statement.run();
    if (!inserted) return inserted.error().with_context("course_plans " + id);
    RecordText text;
    text.add("risk_factors", risk_factors);
    text.add("plan_json_bytes", std::optional<std::int64_t>(plan.plan_json.size()));
    // The audit row names the plan by its digest: which plan was confirmed, without
    // repeating kilobytes of JSON.
    text.add("plan_json_sha256", sha256_hex(plan.plan_json));
    MYOIVIG_TRY(audit.created("course_plans", id, text.text()));
  }
  return {};
}

util::Expected<std::optional<CoursePlan>> select_course_plan(SqliteDatabase& database,
                                                             std::string_view patient_id,
                                                             int course_number) {
  MYOIVIG_TRY_ASSIGN(statement, database.prepare("SELECT plan_json, risk_factors, confirmed_by, "
                                                 "confirmed_utc FROM course_plans "
                                                 "WHERE patient_id = ?1 AND course = ?2"));
  statement.bind(1, patient_id);
  statement.bind(2, std::int64_t{course_number});
  MYOIVIG_TRY_ASSIGN(has_row, statement.step());
  if (!has_row) return std::optional<CoursePlan>();
  return std::optional<CoursePlan>(CoursePlan{std::string(patient_id), course_number,
                                              statement.text(0), split(statement.text_view(1)),
                                              statement.text(2), statement.text(3)});
}

util::Expected<std::optional<CoursePlan>> SqliteStore::course_plan(std::string_view patient_id,
                                                                   int course_number) {
  return select_course_plan(m_database, patient_id, course_number);
}

}  // namespace myoivig::store
