// Writes of the web application as values, so that a server can hand many of them to one
// writer that commits them together (group commit: one durable commit for many saves).
// Store::write_batch takes each with its audit context (store::Write) and applies each in its own
// savepoint, so one refused write leaves the others of its batch untouched.
// Thread-safety: plain value types.
#pragma once

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "domain/study_data.hpp"
#include "store/account.hpp"
#include "store/course_plan.hpp"
#include "store/data_query.hpp"
#include "store/stored_record.hpp"
#include "util/date.hpp"

namespace myoivig::store {

// New records (with one audit row each); conflict when a key exists already.
// `course_plans`: the plans confirmed for courses among `records` in the course planner,
// stored in the same savepoint (one audit row each); a plan without its course is refused.
struct AddRecords {
  domain::StudyData records;
  std::vector<NewCoursePlan> course_plans = {};
};
// An edit of one record (RecordUpdate), audited field by field.
struct UpdateRecord {
  RecordUpdate update;
};
// Randomises a patient from the concealed allocation list (Store::randomise).
struct RandomisePatient {
  std::string patient_id;
  util::Date on;
};
struct AddUser {
  NewUser user;
};
struct ChangeUser {
  UserChange change;
};
struct AddSession {
  NewSession session;
};
// Ends a session; also removes every session expired at `now_utc`.
struct RemoveSession {
  std::string token_hash;
  std::string now_utc;
};
struct RecordLoginAttempt {
  LoginAttempt attempt;
};
struct RaiseQuery {
  NewQuery query;
};
struct AnswerQuery {
  std::int64_t id = 0;
  std::int64_t expected_version = 0;
  std::string answer;
};
struct CloseQuery {
  std::int64_t id = 0;
  std::int64_t expected_version = 0;
};

using WriteCommand =
    std::variant<AddRecords, UpdateRecord, RandomisePatient, AddUser, ChangeUser, AddSession,
                 RemoveSession, RecordLoginAttempt, RaiseQuery, AnswerQuery, CloseQuery>;

// What a write made: the id of a created row (a user, a query, the single adverse event
// or steroid dose of an AddRecords, the allocation slot of a randomisation) and the
// version of the record written (1 when created).
struct WriteOutcome {
  std::int64_t id = 0;
  std::int64_t version = 0;
};

}  // namespace myoivig::store
