// The FHIR resources of the study Bundle (io/fhir/fhir_bundle.hpp), for io/fhir only:
// FhirContext (the study id that names every resource, lookups by patient and course, what
// masked study drug may show) and one builder per resource (fhir_subjects.cpp: ResearchStudy,
// Patient, ResearchSubject; fhir_clinical.cpp: Observation, MedicationAdministration,
// AdverseEvent).
// Thread-safety: FhirContext is immutable after construction and points into the StudyData
// and Protocol it was built from, which must outlive it.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <nlohmann/json.hpp>

#include "domain/protocol.hpp"
#include "domain/study_data.hpp"
#include "io/fhir/fhir_bundle.hpp"

namespace myoivig::io::fhir {

struct Entry {
  std::string full_url;  // urn:uuid:...
  nlohmann::ordered_json resource;
};

enum class StudyDrug { ivig, placebo, masked };

class FhirContext {
 public:
  FhirContext(const domain::StudyData& data, const domain::Protocol& protocol,
              const FhirOptions& options);

  [[nodiscard]] const domain::StudyData& data() const { return *m_data; }
  [[nodiscard]] const domain::Protocol& protocol() const { return *m_protocol; }
  [[nodiscard]] const FhirOptions& options() const { return m_options; }
  [[nodiscard]] const std::string& study_id() const { return m_study_id; }
  [[nodiscard]] bool randomised() const;
  // The arm may be shown: a single-arm or open-label study, or `unblinded`.
  [[nodiscard]] bool arm_shown() const { return m_arm_shown; }

  // urn:uuid of the resource `type` with `key` (name: "<study id>/<type>/<key>").
  [[nodiscard]] std::string url(std::string_view type, std::string_view key) const;
  // {"reference": url(type, key)}.
  [[nodiscard]] nlohmann::ordered_json reference(std::string_view type, std::string_view key) const;
  // A new resource of `type`, with meta.security HTEST when the data are synthetic.
  [[nodiscard]] nlohmann::ordered_json resource(std::string_view type) const;
  // An identifier of the study's namespace: {"system": "urn:myoivig:<study id>:<kind>",
  // "value": value}.
  [[nodiscard]] nlohmann::ordered_json identifier(std::string_view kind,
                                                  std::string_view value) const;

  [[nodiscard]] const domain::Allocation* allocation(std::string_view patient_id) const;
  [[nodiscard]] const domain::Course* course(std::string_view patient_id, int number) const;
  [[nodiscard]] const domain::Visit* visit(std::string_view patient_id, int week) const;
  // The infusion keys ("<patient>/<course>/<day>") of a course, by day.
  [[nodiscard]] std::vector<std::string> infusion_keys(std::string_view patient_id,
                                                       int course) const;
  [[nodiscard]] StudyDrug study_drug(const domain::Course& course) const;

 private:
  struct PatientIndex {
    const domain::Allocation* allocation = nullptr;
    std::map<int, const domain::Course*> courses;
    std::map<int, std::vector<int>> infusion_days;  // course -> days
    std::map<int, const domain::Visit*> visits;
  };

  const domain::StudyData* m_data;
  const domain::Protocol* m_protocol;
  FhirOptions m_options;
  std::string m_study_id;
  bool m_arm_shown = true;
  std::unordered_map<std::string_view, PatientIndex> m_patients;
};

std::string infusion_key(const domain::Administration& given);

// fhir_subjects.cpp
Entry research_study_entry(const FhirContext& context);
Entry patient_entry(const FhirContext& context, const domain::Patient& patient);
Entry research_subject_entry(const FhirContext& context, const domain::Patient& patient);

// fhir_clinical.cpp
std::optional<Entry> ck_entry(const FhirContext& context, const domain::Assessment& assessment);
std::optional<Entry> weight_entry(const FhirContext& context, const domain::Assessment& assessment);
std::optional<Entry> height_entry(const FhirContext& context, const domain::Patient& patient);
Entry medication_administration_entry(const FhirContext& context,
                                      const domain::Administration& given);
// `ordinal`: the event's position among the patient's events (1, 2, ...), its key.
Entry adverse_event_entry(const FhirContext& context, const domain::AdverseEvent& event,
                          int ordinal);

}  // namespace myoivig::io::fhir
