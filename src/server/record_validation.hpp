// Record validation for the web forms: the same rules as a bundle load. A record (new, or
// an edit of a stored one) is checked against the protocol's record rules (ranges,
// required fields: domain/record_rules.hpp) and, together with the patient's other stored
// records, against the study's integrity rules (references, unique keys, dates:
// domain/study_integrity.hpp). Every problem becomes a FieldError; an assessment reports
// every out-of-range measure, not just the first.
// Thread-safety: pure functions.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/protocol.hpp"
#include "server/field_errors.hpp"
#include "store/stored_record.hpp"

namespace myoivig::server {

// Checks the records `added` (new; for a new patient `patient` is null and the first
// record is the patient) and the edit of record `replaced_id` (when set: `added` holds the
// one edited record) together with the patient's stored records. `prefixes` qualify the
// field names of each record ("assessment."; none when empty). The record rules run even
// when `errors` holds the form's type errors already (so a page gets every message at
// once); the rules across records only when everything else is valid.
void validate_records(const std::vector<store::AnyRecord>& added,
                      const std::vector<std::string>& prefixes,
                      std::optional<std::int64_t> replaced_id, const store::PatientRecords* patient,
                      const domain::Protocol& protocol, FieldErrors& errors);

// The record rules alone (no other records), e.g. for screening data not yet saved.
void validate_record_rules(const store::AnyRecord& record, const domain::Protocol& protocol,
                           FieldErrors& errors, const std::string& prefix = "");

}  // namespace myoivig::server
