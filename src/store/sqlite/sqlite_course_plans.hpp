// The course_plans table of the SQLite store (part of SqliteStore, migration 6): the plans
// confirmed in the web application's course planner, inserted with their course inside the
// caller's transaction (one audit row each, naming the plan's SHA-256 rather than its
// text), and read back per course. Thread-safety: one connection per thread.
#pragma once

#include <optional>
#include <span>
#include <string_view>

#include "store/course_plan.hpp"
#include "store/sqlite/sqlite_database.hpp"
#include "store/store.hpp"

namespace myoivig::store {

// Inserts `plans`, each for a course of `courses` (the records of the same write):
// invalid_argument when a plan's course is not among them, conflict when the course has a
// plan already. Runs inside the caller's transaction.
util::Expected<void> insert_course_plans(SqliteDatabase& database,
                                         std::span<const NewCoursePlan> plans,
                                         std::span<const domain::Course> courses,
                                         const AuditContext& context);

// The plan of course `course_number` of the patient, or nullopt when it has none.
util::Expected<std::optional<CoursePlan>> select_course_plan(SqliteDatabase& database,
                                                             std::string_view patient_id,
                                                             int course_number);

}  // namespace myoivig::store
