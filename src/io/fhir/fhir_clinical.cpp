// Observation (CK, weight, height), MedicationAdministration and AdverseEvent of the Bundle.
#include <cmath>
#include <string>

#include <fmt/format.h>

#include "io/fhir/fhir_codes.hpp"
#include "io/fhir/fhir_resources.hpp"

namespace myoivig::io::fhir {
namespace {

using nlohmann::ordered_json;

constexpr double k_minutes_per_hour = 60;

ordered_json observation(const FhirContext& context, const std::string& patient_id,
                         std::string_view category, std::string_view category_display,
                         ordered_json code) {
  ordered_json resource = context.resource("Observation");
  resource["status"] = "final";
  resource["category"] =
      ordered_json::array({concept_of(k_observation_category, category, category_display)});
  resource["code"] = std::move(code);
  resource["subject"] = context.reference("Patient", patient_id);
  return resource;
}

// The visit date of an assessment as effectiveDateTime (a date is a valid FHIR dateTime).
void set_effective(const FhirContext& context, const domain::Assessment& assessment,
                   ordered_json& resource) {
  if (const domain::Visit* visit = context.visit(assessment.patient_id, assessment.week)) {
    resource["effectiveDateTime"] = visit->date.iso();
  }
}

std::string offset_text(int minutes) {
  const int magnitude = std::abs(minutes);
  return fmt::format("{}{:02}:{:02}", minutes < 0 ? '-' : '+', magnitude / 60, magnitude % 60);
}

// A date with the time of day and the sites' offset when both are known, else the date.
std::string date_time(const FhirContext& context, util::Date date,
                      const std::optional<util::TimeOfDay>& time) {
  const auto& offset = context.options().utc_offset_minutes;
  if (!time || !offset) return date.iso();
  return fmt::format("{}T{}:00{}", date.iso(), time->hh_mm(), offset_text(*offset));
}

ordered_json medication(StudyDrug drug, const std::string& product) {
  switch (drug) {
    case StudyDrug::ivig:
      return {{"coding",
               ordered_json::array({coding(k_atc, "J06BA02",
                                           "immunoglobulins, normal human, for intravascular adm."),
                                    coding(k_study_drug, "ivig", "IVIG")})},
              {"text", product.empty() ? std::string("IVIG") : product}};
    case StudyDrug::placebo:
      return {{"coding", ordered_json::array({coding(k_study_drug, "placebo", "Placebo")})},
              {"text", "Placebo (masked as " + product + ")"}};
    case StudyDrug::masked:
      return {{"coding", ordered_json::array({coding(k_study_drug, "masked",
                                                     "Masked study drug: IVIG or placebo")})},
              {"text", "Masked study drug (" + product + " or placebo)"}};
  }
  return nullptr;
}

}  // namespace

std::optional<Entry> ck_entry(const FhirContext& context, const domain::Assessment& assessment) {
  if (!assessment.ck_iu_per_l) return std::nullopt;
  ordered_json resource =
      observation(context, assessment.patient_id, "laboratory", "Laboratory",
                  concept_of(k_loinc, "2157-6",
                             "Creatine kinase [Enzymatic activity/volume] in Serum or Plasma",
                             "Creatine kinase"));
  set_effective(context, assessment, resource);
  resource["valueQuantity"] = quantity(*assessment.ck_iu_per_l, "U/L");
  if (const auto& uln = assessment.ck_uln_iu_per_l) {
    resource["interpretation"] = ordered_json::array(
        {*assessment.ck_iu_per_l > *uln ? concept_of(k_interpretation, "H", "High")
                                        : concept_of(k_interpretation, "N", "Normal")});
    resource["referenceRange"] = ordered_json::array({{{"high", quantity(*uln, "U/L")}}});
  }
  const std::string key = fmt::format("CK/{}/{}", assessment.patient_id, assessment.week);
  return Entry{context.url("Observation", key), std::move(resource)};
}

std::optional<Entry> weight_entry(const FhirContext& context,
                                  const domain::Assessment& assessment) {
  if (!assessment.weight_kg) return std::nullopt;
  ordered_json resource = observation(context, assessment.patient_id, "vital-signs", "Vital Signs",
                                      concept_of(k_loinc, "29463-7", "Body weight", "Body weight"));
  set_effective(context, assessment, resource);
  resource["valueQuantity"] = quantity(*assessment.weight_kg, "kg");
  const std::string key = fmt::format("weight/{}/{}", assessment.patient_id, assessment.week);
  return Entry{context.url("Observation", key), std::move(resource)};
}

std::optional<Entry> height_entry(const FhirContext& context, const domain::Patient& patient) {
  if (!patient.height_cm) return std::nullopt;
  ordered_json resource = observation(context, patient.id, "vital-signs", "Vital Signs",
                                      concept_of(k_loinc, "8302-2", "Body height", "Body height"));
  resource["effectiveDateTime"] = patient.enrolment_date.iso();  // recorded at enrolment
  resource["valueQuantity"] = quantity(*patient.height_cm, "cm");
  return Entry{context.url("Observation", "height/" + patient.id), std::move(resource)};
}

Entry medication_administration_entry(const FhirContext& context,
                                      const domain::Administration& given) {
  const std::string key = infusion_key(given);
  const domain::Course* course = context.course(given.patient_id, given.course_number);
  const StudyDrug drug = course ? context.study_drug(*course) : StudyDrug::ivig;
  ordered_json resource = context.resource("MedicationAdministration");
  resource["identifier"] = ordered_json::array({context.identifier("infusion", key)});
  resource["status"] = "completed";
  resource["medicationCodeableConcept"] = medication(drug, course ? course->product : "");
  resource["subject"] = context.reference("Patient", given.patient_id);
  resource["effectivePeriod"] = {{"start", date_time(context, given.date, given.start_time)},
                                 {"end", date_time(context, given.date, given.end_time)}};

  std::string text = fmt::format("Course {}, day {}", given.course_number, given.day);
  if (drug == StudyDrug::placebo) text += fmt::format(": nominal kit dose {} g", given.dose_g);
  if (given.volume_ml) text += fmt::format("; {} mL infused", *given.volume_ml);
  if (given.start_time && given.end_time) {
    text += fmt::format(" {}-{} local time", given.start_time->hh_mm(), given.end_time->hh_mm());
  }
  ordered_json dosage = {
      {"text", text},
      {"route", concept_of(k_snomed, "47625008", "Intravenous route")},
  };
  if (drug != StudyDrug::placebo) dosage["dose"] = quantity(given.dose_g, "g");
  if (given.volume_ml && given.start_time && given.end_time &&
      given.end_time->minutes() > given.start_time->minutes()) {
    const double hours =
        (given.end_time->minutes() - given.start_time->minutes()) / k_minutes_per_hour;
    dosage["rateQuantity"] = quantity(std::round(*given.volume_ml / hours * 10) / 10, "mL/h");
  }
  resource["dosage"] = dosage;
  return {context.url("MedicationAdministration", key), std::move(resource)};
}

Entry adverse_event_entry(const FhirContext& context, const domain::AdverseEvent& event,
                          int ordinal) {
  const std::string key = fmt::format("{}/{}", event.patient_id, ordinal);
  ordered_json resource = context.resource("AdverseEvent");
  resource["identifier"] = context.identifier("adverse-event", key);
  resource["actuality"] = "actual";
  resource["event"] = {{"text", event.term}};
  resource["subject"] = context.reference("Patient", event.patient_id);
  resource["date"] = event.onset_date.iso();
  resource["seriousness"] = seriousness(event.serious);
  resource["severity"] = severity(event.severity);
  resource["outcome"] = outcome(event.outcome);
  ordered_json suspects = ordered_json::array();
  for (const std::string& infusion : context.infusion_keys(event.patient_id, event.course_number)) {
    suspects.push_back(
        {{"instance", context.reference("MedicationAdministration", infusion)},
         {"causality", ordered_json::array({{{"assessment", causality(event.relatedness)}}})}});
  }
  if (!suspects.empty()) resource["suspectEntity"] = suspects;
  resource["study"] = ordered_json::array({context.reference("ResearchStudy", context.study_id())});
  return {context.url("AdverseEvent", key), std::move(resource)};
}

}  // namespace myoivig::io::fhir
