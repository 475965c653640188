// Stored records: a domain record with the id and version the store keeps for it. The id
// (SQLite's rowid) names the record in the web API and in data queries; the version counts
// its edits, so that an edit based on an older version is refused (optimistic concurrency:
// no lost update). PatientRecords is one patient's records, read in one go.
// Thread-safety: plain value types; the functions are pure.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <variant>
#include <vector>

#include "domain/study_data.hpp"
#include "util/expected.hpp"

namespace myoivig::store {

// The record kinds, named as the bundle names their files and the audit trail its entities.
enum class Entity {
  patients,
  allocations,
  conditions,
  steroid_doses,
  courses,
  administrations,
  visits,
  assessments,
  muscle_grades,
  adverse_events,
};
std::string_view code(Entity entity);  // "patients", "allocations", ...
util::Expected<Entity> parse_entity(std::string_view text);

template <typename T>
struct Stored {
  T record;
  std::int64_t id = 0;
  std::int64_t version = 1;
};

struct PatientRecords {
  Stored<domain::Patient> patient;
  std::optional<Stored<domain::Allocation>> allocation;
  std::vector<Stored<domain::Condition>> conditions;
  std::vector<Stored<domain::SteroidDose>> steroid_doses;
  std::vector<Stored<domain::Course>> courses;
  std::vector<Stored<domain::Administration>> administrations;
  std::vector<Stored<domain::Visit>> visits;
  std::vector<Stored<domain::Assessment>> assessments;
  std::vector<Stored<domain::MuscleGrade>> muscle_grades;
  std::vector<Stored<domain::AdverseEvent>> adverse_events;

  // The plain records, as the domain rules read them (info left empty).
  [[nodiscard]] domain::StudyData data() const;
};

// Any one record; the alternative's index is its Entity.
using AnyRecord =
    std::variant<domain::Patient, domain::Allocation, domain::Condition, domain::SteroidDose,
                 domain::Course, domain::Administration, domain::Visit, domain::Assessment,
                 domain::MuscleGrade, domain::AdverseEvent>;

inline Entity entity_of(const AnyRecord& record) {
  return static_cast<Entity>(record.index());
}

// An edit: the record `id` takes the values of `record` (its key fields must stay the
// same), if it is still at `expected_version`.
struct RecordUpdate {
  std::int64_t id = 0;
  std::int64_t expected_version = 0;
  AnyRecord record;
};

}  // namespace myoivig::store
