#include "server/route_support.hpp"

#include "server/permissions.hpp"

namespace myoivig::server {

util::Expected<store::PatientRecords> visible_patient(const Call& call) {
  MYOIVIG_TRY_ASSIGN(store, call.store());
  return visible_patient(call, *store);
}

util::Expected<store::PatientRecords> visible_patient(const Call& call, store::Store& store) {
  const std::string id = call.param("patient");
  auto records = store.read_patient(id);
  if (!records && records.error().code == util::ErrorCode::not_found) {
    return util::not_found("patient '" + id + "' is not in the study or not at your site");
  }
  if (!records) return records.error();
  if (!call.user || !can_see_patient(*call.user, records->patient.record)) {
    return util::not_found("patient '" + id + "' is not in the study or not at your site");
  }
  return records;
}

util::Expected<store::PatientRecords> editable_patient(const Call& call) {
  MYOIVIG_TRY_ASSIGN(records, visible_patient(call));
  if (!can_edit_patient(*call.user, records.patient.record)) {
    return util::not_found("patient '" + call.param("patient") +
                           "' is not a patient of your site that you may edit");
  }
  return records;
}

RecordView view_for(const Call& call) {
  if (!call.user) return RecordView{false, false};
  return RecordView{arm_visible(*call.user, call.server.protocol), sees_free_text(*call.user)};
}

EditMeta edit_meta(const Call& call, FieldErrors& errors) {
  EditMeta meta;
  const auto version = call.body.find("version");
  if (version == call.body.end() || !version->is_number_integer() ||
      version->get<std::int64_t>() <= 0) {
    errors.add("version", version == call.body.end() ? nlohmann::json(nullptr) : *version,
               "the version of the record you edited is required (a positive integer, as read)");
  } else {
    meta.version = version->get<std::int64_t>();
  }
  const auto reason = call.body.find("reason");
  if (reason == call.body.end() || !reason->is_string() || reason->get<std::string>().empty()) {
    errors.add("reason", reason == call.body.end() ? nlohmann::json(nullptr) : *reason,
               "an edit of saved data needs a reason");
  } else {
    meta.reason = reason->get<std::string>();
  }
  return meta;
}

std::string creation_reason(const Call& call, const std::string& fallback) {
  const auto reason = call.body.find("reason");
  if (reason != call.body.end() && reason->is_string() && !reason->get<std::string>().empty()) {
    return reason->get<std::string>();
  }
  return fallback;
}

Reply reply_of(const util::Expected<nlohmann::json>& body, int status) {
  if (!body) return error_reply(body.error());
  return json_reply(*body, status);
}

}  // namespace myoivig::server
