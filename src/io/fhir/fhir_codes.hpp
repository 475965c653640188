// The code systems, codes and units the FHIR export uses, in one place: LOINC, UCUM, SNOMED
// CT, ATC and the FHIR R4 (4.0.1) code systems for adverse events, with the mapping of
// myoivig's adverse event codes onto them. Thread-safety: constants and pure functions.
#pragma once

#include <string_view>

#include <nlohmann/json.hpp>

#include "domain/adverse_event.hpp"

namespace myoivig::io::fhir {

inline constexpr std::string_view k_loinc = "http://loinc.org";
inline constexpr std::string_view k_ucum = "http://unitsofmeasure.org";
inline constexpr std::string_view k_snomed = "http://snomed.info/sct";
inline constexpr std::string_view k_atc = "http://www.whocc.no/atc";
inline constexpr std::string_view k_observation_category =
    "http://terminology.hl7.org/CodeSystem/observation-category";
inline constexpr std::string_view k_interpretation =
    "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation";
inline constexpr std::string_view k_act_reason =
    "http://terminology.hl7.org/CodeSystem/v3-ActReason";
inline constexpr std::string_view k_seriousness =
    "http://terminology.hl7.org/CodeSystem/adverse-event-seriousness";
inline constexpr std::string_view k_severity =
    "http://terminology.hl7.org/CodeSystem/adverse-event-severity";
inline constexpr std::string_view k_outcome =
    "http://terminology.hl7.org/CodeSystem/adverse-event-outcome";
inline constexpr std::string_view k_causality =
    "http://terminology.hl7.org/CodeSystem/adverse-event-causality-assess";
inline constexpr std::string_view k_purpose =
    "http://terminology.hl7.org/CodeSystem/research-study-prim-purp-type";
// myoivig's own code system for what an infusion held: ivig, placebo, masked.
inline constexpr std::string_view k_study_drug = "urn:myoivig:fhir:study-drug";

// {"system": ..., "code": ..., "display": ...}
nlohmann::ordered_json coding(std::string_view system, std::string_view code,
                              std::string_view display);
// {"coding": [coding(...)]}, with "text" when given.
nlohmann::ordered_json concept_of(std::string_view system, std::string_view code,
                                  std::string_view display, std::string_view text = {});
// A UCUM Quantity: {"value", "unit", "system": UCUM, "code"}; an integer value stays an
// integer in the JSON (1293 and 39 g, not 1293.0 and 39.0).
nlohmann::ordered_json quantity(double value, std::string_view ucum_code);
nlohmann::ordered_json quantity(int value, std::string_view ucum_code);

// AdverseEvent.seriousness: Serious | Non-serious.
nlohmann::ordered_json seriousness(bool serious);
// AdverseEvent.severity: mild | moderate | severe.
nlohmann::ordered_json severity(domain::Severity value);
// AdverseEvent.outcome: recovered -> resolved, recovering -> recovering, not_recovered ->
// ongoing, sequelae -> resolvedWithSequelae, fatal -> fatal, unknown -> unknown.
nlohmann::ordered_json outcome(domain::AdverseEventOutcome value);
// suspectEntity.causality.assessment (WHO-UMC): definite -> Certain, probable ->
// Probably-Likely, possible -> Possible, unlikely -> Unlikely; not_related has no WHO-UMC
// code and is given as text "Not related".
nlohmann::ordered_json causality(domain::Relatedness value);

}  // namespace myoivig::io::fhir
