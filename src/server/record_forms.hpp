// Record forms: a study record read from a submitted JSON object (the fields and units of
// record_json.hpp), every field checked for its type, every problem a FieldError, unknown
// fields refused. The patient comes from the URL: a body naming another patient is an
// error. These read types only; the protocol's rules are record_validation.hpp's job.
// Thread-safety: pure functions.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "domain/study_data.hpp"
#include "server/field_errors.hpp"
#include "store/stored_record.hpp"

namespace myoivig::server {

// A new patient: the id is in the body ("patient_id").
domain::Patient read_patient(const nlohmann::json& body, FieldErrors& errors,
                             const std::string& prefix = "");

// Any record of `entity` for `patient_id` (for a patient, `patient_id` is the stored one).
// Allocations are not read from forms (randomisation makes them): invalid.
store::AnyRecord read_record(store::Entity entity, const nlohmann::json& body,
                             const std::string& patient_id, FieldErrors& errors,
                             const std::string& prefix = "");

template <typename Record>
Record read_record_as(store::Entity entity, const nlohmann::json& body,
                      const std::string& patient_id, FieldErrors& errors,
                      const std::string& prefix = "") {
  store::AnyRecord record = read_record(entity, body, patient_id, errors, prefix);
  if (auto* typed = std::get_if<Record>(&record)) return std::move(*typed);
  return Record{};
}

// `stored` as JSON with `patch` merged in (RFC 7396: a member changes the field, null
// clears it, an absent one keeps it); "id", "version" and "reason" of the patch are left
// out.
nlohmann::json merged_with(const store::AnyRecord& stored, const nlohmann::json& patch);

}  // namespace myoivig::server
