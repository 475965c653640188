// The study's records as JSON for the web API, with the field names and units of the
// bundle format (docs/bundle.md: VAS in cm, HAQ-DI exact), so that a record read from the
// API can be sent back, changed, as a form (record_forms.hpp). Stored records add their
// "id" and "version". What a user may not see is left out here, once: the arm in a blinded
// study (allocation "arm": null, "blinded": true) and free text for pseudonymised readers.
// Thread-safety: pure functions.
#pragma once

#include <nlohmann/json.hpp>

#include "domain/study_data.hpp"
#include "store/stored_record.hpp"

namespace myoivig::server {

struct RecordView {
  bool arm_visible = true;
  bool free_text = true;
};

nlohmann::json to_json(const domain::Patient& patient, const RecordView& view);
nlohmann::json to_json(const domain::Allocation& allocation, const RecordView& view);
nlohmann::json to_json(const domain::Condition& condition, const RecordView& view);
nlohmann::json to_json(const domain::SteroidDose& dose, const RecordView& view);
nlohmann::json to_json(const domain::Course& course, const RecordView& view);
nlohmann::json to_json(const domain::Administration& administration, const RecordView& view);
nlohmann::json to_json(const domain::Visit& visit, const RecordView& view);
nlohmann::json to_json(const domain::Assessment& assessment, const RecordView& view);
nlohmann::json to_json(const domain::MuscleGrade& grade, const RecordView& view);
nlohmann::json to_json(const domain::AdverseEvent& event, const RecordView& view);

template <typename Record>
nlohmann::json to_json(const store::Stored<Record>& stored, const RecordView& view) {
  nlohmann::json json = to_json(stored.record, view);
  json["id"] = stored.id;
  json["version"] = stored.version;
  return json;
}

template <typename Record>
nlohmann::json to_json(const std::vector<store::Stored<Record>>& records, const RecordView& view) {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& stored : records) list.push_back(to_json(stored, view));
  return list;
}

// Any record, by its alternative.
nlohmann::json to_json(const store::AnyRecord& record, const RecordView& view);

// What the patient list says of a patient's randomisation: {"randomised": true,
// "randomised_on": "2026-11-28", "arm": "ivig"} or {"randomised": false, "randomised_on":
// null, "arm": null} (`allocation` null); no "arm" key when the view hides the arm.
nlohmann::json allocation_summary(const domain::Allocation* allocation, const RecordView& view);

}  // namespace myoivig::server
