#include "server/record_validation.hpp"

#include "domain/record_rules.hpp"
#include "domain/study_integrity.hpp"
#include "server/record_json.hpp"

namespace myoivig::server {
namespace {

constexpr int k_max_assessment_errors = 20;

// Clears the assessment's measure named as the record rules name it; false when the name
// is not one of the optional measures.
bool clear_measure(domain::Assessment& a, const std::string& field) {
  if (field == "mmt")
    a.mmt_score.reset();
  else if (field == "adl")
    a.adl_score.reset();
  else if (field == "ck_iu_per_l")
    a.ck_iu_per_l.reset();
  else if (field == "ck_uln_iu_per_l")
    a.ck_uln_iu_per_l.reset();
  else if (field == "fatigue_vas_cm")
    a.fatigue_vas_mm.reset();
  else if (field == "pain_vas_cm")
    a.pain_vas_mm.reset();
  else if (field == "physician_global")
    a.physician_global.reset();
  else if (field == "weight_kg")
    a.weight_kg.reset();
  else if (field == "physician_activity_vas_cm")
    a.physician_activity_vas_mm.reset();
  else if (field == "patient_activity_vas_cm")
    a.patient_activity_vas_mm.reset();
  else if (field == "extramuscular_vas_cm")
    a.extramuscular_vas_mm.reset();
  else if (field == "mmt8")
    a.mmt8_score.reset();
  else if (field == "haq_di")
    a.haq_di.reset();
  else
    return false;
  return true;
}

nlohmann::json submitted(const store::AnyRecord& record, const std::string& field) {
  const nlohmann::json json = to_json(record, RecordView{});
  const auto found = json.find(field);
  return found == json.end() ? nlohmann::json(nullptr) : *found;
}

template <typename Record>
util::Expected<void> rules(const Record& record, const domain::Protocol& protocol) {
  if constexpr (requires { domain::validate_record(record, protocol); }) {
    return domain::validate_record(record, protocol);
  } else {
    return domain::validate_record(record);
  }
}

template <typename Record>
void push(std::vector<Record>& records, const store::AnyRecord& record) {
  records.push_back(std::get<Record>(record));
}

// Adds `record` to `data` (or puts it in place of the stored record `replaced_id`) and
// returns its entity and index there.
std::size_t place(domain::StudyData& data, const store::PatientRecords* patient,
                  const store::AnyRecord& record, std::optional<std::int64_t> replaced_id) {
  const auto put = [&](auto& records, const auto& stored) -> std::size_t {
    using Record = std::decay_t<decltype(records.front())>;
    if (replaced_id) {
      for (std::size_t i = 0; i < stored.size(); ++i) {
        if (stored[i].id == *replaced_id) {
          records[i] = std::get<Record>(record);
          return i;
        }
      }
    }
    push(records, record);
    return records.size() - 1;
  };
  static const store::PatientRecords k_none;
  const store::PatientRecords& s = patient ? *patient : k_none;
  switch (store::entity_of(record)) {
    case store::Entity::patients:
      if (!data.patients.empty()) {
        data.patients[0] = std::get<domain::Patient>(record);
        return 0;
      }
      push(data.patients, record);
      return 0;
    case store::Entity::allocations:
      push(data.allocations, record);
      return data.allocations.size() - 1;
    case store::Entity::conditions:
      return put(data.conditions, s.conditions);
    case store::Entity::steroid_doses:
      return put(data.steroid_doses, s.steroid_doses);
    case store::Entity::courses:
      return put(data.courses, s.courses);
    case store::Entity::administrations:
      return put(data.administrations, s.administrations);
    case store::Entity::visits:
      return put(data.visits, s.visits);
    case store::Entity::assessments:
      return put(data.assessments, s.assessments);
    case store::Entity::muscle_grades:
      return put(data.muscle_grades, s.muscle_grades);
    case store::Entity::adverse_events:
      break;
  }
  return put(data.adverse_events, s.adverse_events);
}

}  // namespace

void validate_record_rules(const store::AnyRecord& record, const domain::Protocol& protocol,
                           FieldErrors& errors, const std::string& prefix) {
  if (const auto* assessment = std::get_if<domain::Assessment>(&record)) {
    // Report every measure out of range: clear each one found and check again.
    domain::Assessment remaining = *assessment;
    for (int round = 0; round < k_max_assessment_errors; ++round) {
      auto valid = domain::validate_record(remaining, protocol);
      if (valid) return;
      const std::string field = field_of(valid.error().message);
      if (!errors.has(prefix + field)) {
        errors.add_error(valid.error(), submitted(record, field), "", prefix);
      }
      if (!clear_measure(remaining, field)) return;
    }
    return;
  }
  auto valid = std::visit([&](const auto& typed) { return rules(typed, protocol); }, record);
  if (!valid) {
    const std::string field = field_of(valid.error().message);
    if (!errors.has(prefix + field)) {
      errors.add_error(valid.error(), submitted(record, field), "", prefix);
    }
  }
}

void validate_records(const std::vector<store::AnyRecord>& added,
                      const std::vector<std::string>& prefixes,
                      std::optional<std::int64_t> replaced_id, const store::PatientRecords* patient,
                      const domain::Protocol& protocol, FieldErrors& errors) {
  const auto prefix = [&](std::size_t i) { return i < prefixes.size() ? prefixes[i] : ""; };
  for (std::size_t i = 0; i < added.size(); ++i) {
    validate_record_rules(added[i], protocol, errors, prefix(i));
  }
  if (!errors.empty()) return;
  domain::StudyData data = patient ? patient->data() : domain::StudyData{};
  std::vector<std::pair<std::string, std::size_t>> placed;
  for (const store::AnyRecord& record : added) {
    const std::size_t index = place(data, patient, record, replaced_id);
    placed.emplace_back(std::string(store::code(store::entity_of(record))), index);
  }
  const auto violation = domain::find_integrity_violation(data, protocol);
  if (!violation) return;
  for (std::size_t i = 0; i < placed.size(); ++i) {
    if (placed[i].first == violation->entity && placed[i].second == violation->index) {
      const std::string field = field_of(violation->error.message);
      errors.add_error(violation->error, submitted(added[i], field), "", prefix(i));
      return;
    }
  }
  // A stored record breaks a rule (the rules changed since it was saved): say which.
  errors.add("", nullptr,
             "stored " + violation->entity + " record " + std::to_string(violation->index + 1) +
                 " of the patient: " + violation->error.message);
}

}  // namespace myoivig::server
