// Store: where a study's records live. One interface, chosen by location (a SQLite file
// today; PostgreSQL for multi-site later), so callers never see the backend.
//
// Every write is one transaction: it succeeds whole or changes nothing. Every write also
// appends to the audit trail (who, when, what, old and new value, why), which no API can
// change or delete. Thread-safety: one Store per thread; the database itself serialises
// writers.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "domain/study_data.hpp"
#include "util/expected.hpp"

namespace myoivig::store {

// Who is writing and why; stamped on every audit row of one write.
struct AuditContext {
  std::string actor;          // e.g. "cli:alice" or a web user name; never a patient's name
  std::string reason;         // e.g. "load data/demo/seed-study"
  std::string timestamp_utc;  // ISO 8601, e.g. "2026-11-24T23:50:00Z"
};

struct AuditEntry {
  std::int64_t id = 0;
  std::string timestamp_utc;
  std::string actor;
  std::string entity;     // "patients", "visits", ... or "study"
  std::string entity_id;  // e.g. "SEED-01", "SEED-01/week 12"
  std::string field;      // "*" when a whole record was created
  std::string old_value;  // empty when created
  std::string new_value;
  std::string reason;
};

// What kind of database this is: a study, or the demo that `myoivig demo` may rebuild.
enum class StudyKind { study, demo };

struct StudyRecord {
  StudyKind kind = StudyKind::study;
  std::string protocol_id;
  std::string protocol_text;  // the protocol file the study was created with, verbatim
  std::string created_utc;
  domain::StudyInfo info;  // from the last loaded bundle's manifest
};

class Store {
 public:
  virtual ~Store() = default;

  virtual util::Expected<StudyRecord> study() = 0;

  // Every record, each entity in the order it was added.
  virtual util::Expected<domain::StudyData> read_all() = 0;

  // Adds every record of `records` (and its StudyInfo when study_id is set) in one
  // transaction, with one audit row per record. Fails with conflict when a key exists
  // already, and then nothing is written.
  virtual util::Expected<void> add(const domain::StudyData& records,
                                   const AuditContext& context) = 0;

  // Randomises a patient of a randomised study: takes the lowest free slot of the
  // stratum's concealed allocation list (the patient's site, or "all" when the list is not
  // stratified), records the Allocation and returns it, in one transaction with its audit
  // row. Fails with not_found for an unknown patient or a study without a list, conflict
  // when the patient is randomised already or the stratum has no slot left.
  virtual util::Expected<domain::Allocation> randomise(const std::string& patient_id, util::Date on,
                                                       const AuditContext& context) = 0;

  // The audit trail, oldest first; `limit` 0 means all.
  virtual util::Expected<std::vector<AuditEntry>> audit_trail(std::size_t limit) = 0;
};

}  // namespace myoivig::store
