// The study as an HL7 FHIR R4 (4.0.1) Bundle of type "collection" in JSON: one ResearchStudy;
// per patient a pseudonymous Patient (study id, gender, birth year: never a name) and a
// ResearchSubject (with the assigned arm in a single-arm or open-label study, or when asked
// for with `unblinded`); Observations of creatine kinase (LOINC 2157-6, U/L, referenceRange
// high = the ULN), body weight (29463-7, kg) and height (8302-2, cm); a
// MedicationAdministration per infusion (dose in g, route intravenous SNOMED 47625008, mean
// rate in mL/h; masked study drug is "masked", or "placebo"/IVIG when unblinded); an
// AdverseEvent per event with seriousness, severity and outcome from the FHIR value sets and
// the infusions of its course as suspectEntity. docs/export.md lists every element.
//
// Every fullUrl is urn:uuid: with a name-based UUID (io/fhir/name_uuid.hpp) of the study id
// and the record's key, and the Bundle has no timestamp, so two exports of the same data are
// byte-identical. Resources of synthetic data carry the security tag HTEST.
// The Bundle is streamed (one entry per line), so a large study never sits in memory as JSON.
// Thread-safety: no shared state; write_fhir_bundle writes to the caller's stream or a file.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/protocol.hpp"
#include "domain/study_data.hpp"
#include "util/expected.hpp"

namespace myoivig::io::fhir {

struct FhirOptions {
  bool unblinded = false;  // a blinded randomised study: show arms and placebo
  // The sites' offset from UTC in minutes; when set, infusion periods carry times of day
  // (FHIR needs a time zone with a time), otherwise only dates.
  std::optional<int> utc_offset_minutes;
};

// "+09:00", "-05:30", "+00:00" or "Z" as minutes; invalid_argument otherwise.
util::Expected<int> parse_utc_offset(std::string_view text);

struct FhirSummary {
  std::string study_id;
  std::string arm;  // "not_applicable" (single arm), "shown" or "withheld"
  std::size_t entries = 0;
  // Resources per type in the order written: ResearchStudy, Patient, ResearchSubject,
  // Observation, MedicationAdministration, AdverseEvent.
  std::vector<std::pair<std::string, std::size_t>> counts;
};

// Writes the Bundle to `out`. Fails when the protocol does not validate.
util::Expected<FhirSummary> write_fhir_bundle(const domain::StudyData& data,
                                              const domain::Protocol& protocol,
                                              const FhirOptions& options, std::ostream& out);

// Writes the Bundle to `path` (through "<path>.partial", renamed into place when complete).
// Fails as above, or with io_error naming the path.
util::Expected<FhirSummary> write_fhir_bundle(const domain::StudyData& data,
                                              const domain::Protocol& protocol,
                                              const FhirOptions& options,
                                              const std::filesystem::path& path);

}  // namespace myoivig::io::fhir
