#include "server/record_writes.hpp"

#include "server/record_forms.hpp"
#include "server/record_validation.hpp"
#include "server/route_support.hpp"

namespace myoivig::server {
namespace {

template <typename Record>
std::optional<FoundRecord> find_in(const std::vector<store::Stored<Record>>& records,
                                   std::int64_t id) {
  for (const auto& stored : records) {
    if (stored.id == id) return FoundRecord{stored.record, stored.version};
  }
  return std::nullopt;
}

template <typename Record>
nlohmann::json match_in(const std::vector<store::Stored<Record>>& records, const Record& record,
                        std::int64_t id, const RecordView& view) {
  const nlohmann::json wanted = to_json(record, RecordView{});
  for (auto it = records.rbegin(); it != records.rend(); ++it) {
    if (id > 0 ? it->id == id : to_json(it->record, RecordView{}) == wanted) {
      return to_json(*it, view);
    }
  }
  return nullptr;
}

}  // namespace

std::optional<FoundRecord> find_record(const store::PatientRecords& r, store::Entity entity,
                                       std::int64_t id) {
  switch (entity) {
    case store::Entity::patients:
      if (r.patient.id != id) return std::nullopt;
      return FoundRecord{r.patient.record, r.patient.version};
    case store::Entity::allocations:
      if (!r.allocation || r.allocation->id != id) return std::nullopt;
      return FoundRecord{r.allocation->record, r.allocation->version};
    case store::Entity::conditions:
      return find_in(r.conditions, id);
    case store::Entity::steroid_doses:
      return find_in(r.steroid_doses, id);
    case store::Entity::courses:
      return find_in(r.courses, id);
    case store::Entity::administrations:
      return find_in(r.administrations, id);
    case store::Entity::visits:
      return find_in(r.visits, id);
    case store::Entity::assessments:
      return find_in(r.assessments, id);
    case store::Entity::muscle_grades:
      return find_in(r.muscle_grades, id);
    case store::Entity::adverse_events:
      break;
  }
  return find_in(r.adverse_events, id);
}

nlohmann::json stored_record_json(const store::PatientRecords& r, const store::AnyRecord& record,
                                  std::int64_t id, const Call& call) {
  const RecordView view = view_for(call);
  return std::visit(
      [&](const auto& typed) -> nlohmann::json {
        using Record = std::decay_t<decltype(typed)>;
        if constexpr (std::is_same_v<Record, domain::Patient>) {
          return to_json(r.patient, view);
        } else if constexpr (std::is_same_v<Record, domain::Allocation>) {
          return r.allocation ? to_json(*r.allocation, view) : nlohmann::json(nullptr);
        } else if constexpr (std::is_same_v<Record, domain::Condition>) {
          return match_in(r.conditions, typed, id, view);
        } else if constexpr (std::is_same_v<Record, domain::SteroidDose>) {
          return match_in(r.steroid_doses, typed, id, view);
        } else if constexpr (std::is_same_v<Record, domain::Course>) {
          return match_in(r.courses, typed, id, view);
        } else if constexpr (std::is_same_v<Record, domain::Administration>) {
          return match_in(r.administrations, typed, id, view);
        } else if constexpr (std::is_same_v<Record, domain::Visit>) {
          return match_in(r.visits, typed, id, view);
        } else if constexpr (std::is_same_v<Record, domain::Assessment>) {
          return match_in(r.assessments, typed, id, view);
        } else if constexpr (std::is_same_v<Record, domain::MuscleGrade>) {
          return match_in(r.muscle_grades, typed, id, view);
        } else {
          return match_in(r.adverse_events, typed, id, view);
        }
      },
      record);
}

Reply create_records(Call& call, const store::PatientRecords& patient,
                     std::vector<store::AnyRecord> records, FieldErrors& errors,
                     const std::vector<std::string>& prefixes) {
  validate_records(records, prefixes, std::nullopt, &patient, call.server.protocol, errors);
  if (!errors.empty()) return field_errors_reply(errors);
  domain::StudyData data;
  for (const store::AnyRecord& record : records) {
    std::visit(
        [&](const auto& typed) {
          using Record = std::decay_t<decltype(typed)>;
          if constexpr (std::is_same_v<Record, domain::Condition>) data.conditions.push_back(typed);
          if constexpr (std::is_same_v<Record, domain::SteroidDose>) {
            data.steroid_doses.push_back(typed);
          }
          if constexpr (std::is_same_v<Record, domain::Course>) data.courses.push_back(typed);
          if constexpr (std::is_same_v<Record, domain::Administration>) {
            data.administrations.push_back(typed);
          }
          if constexpr (std::is_same_v<Record, domain::Visit>) data.visits.push_back(typed);
          if constexpr (std::is_same_v<Record, domain::Assessment>) {
            data.assessments.push_back(typed);
          }
          if constexpr (std::is_same_v<Record, domain::MuscleGrade>) {
            data.muscle_grades.push_back(typed);
          }
          if constexpr (std::is_same_v<Record, domain::AdverseEvent>) {
            data.adverse_events.push_back(typed);
          }
        },
        record);
  }
  auto written = call.write(store::AddRecords{std::move(data)},
                            creation_reason(call, "entered in the web application"));
  if (!written) return error_reply(written.error());
  auto db = call.store();
  if (!db) return error_reply(db.error());
  auto after = (*db)->read_patient(patient.patient.record.id);
  if (!after) return error_reply(after.error());
  nlohmann::json created = nlohmann::json::array();
  for (const store::AnyRecord& record : records) {
    const bool by_id = records.size() == 1 && written->id > 0;
    created.push_back(stored_record_json(*after, record, by_id ? written->id : 0, call));
  }
  return json_reply({{"records", created}}, k_created);
}

Reply edit_record(Call& call, store::Entity entity) {
  auto patient = editable_patient(call);
  if (!patient) return error_reply(patient.error());
  auto id = entity == store::Entity::patients ? util::Expected<std::int64_t>(patient->patient.id)
                                              : call.id_param("id");
  if (!id) return error_reply(id.error());
  const auto found = find_record(*patient, entity, *id);
  if (!found) {
    return error_reply(k_not_found, "not_found",
                       "patient " + patient->patient.record.id + " has no " +
                           std::string(store::code(entity)) + " record " + std::to_string(*id));
  }
  FieldErrors errors;
  const EditMeta meta = edit_meta(call, errors);
  const std::string& patient_id = patient->patient.record.id;
  store::AnyRecord record =
      read_record(entity, merged_with(found->record, call.body), patient_id, errors);
  const auto* edited_patient = std::get_if<domain::Patient>(&record);
  if (edited_patient && edited_patient->site != patient->patient.record.site) {
    errors.add("site", edited_patient->site,
               "stays " + patient->patient.record.site +
                   ": a patient is not moved to another site in the web application");
  }
  validate_records({record}, {}, *id, &*patient, call.server.protocol, errors);
  if (!errors.empty()) return field_errors_reply(errors);
  auto written = call.write(store::UpdateRecord{{*id, meta.version, record}}, meta.reason);
  if (!written) return error_reply(written.error());
  nlohmann::json stored = to_json(record, view_for(call));
  stored["id"] = *id;
  stored["version"] = written->version;
  return json_reply({{"record", stored}});
}

}  // namespace myoivig::server
