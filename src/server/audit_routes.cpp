// GET /api/v1/patients/{patient}/audit: the audit trail of the patient's records (creation
// and every edit: field, old and new value, who, when, why), oldest first; with ?entity=E
// &id=N, the history of that one record. For viewers from whom the arm is hidden, the
// allocation's rows show "(blinded)" instead of their values. Entities go by their API
// names (query_json.hpp: "infusions").
#include "server/permissions.hpp"
#include "server/query_json.hpp"
#include "server/record_writes.hpp"
#include "server/route_support.hpp"
#include "server/routes.hpp"
#include "util/strings.hpp"

namespace myoivig::server {
namespace {

const std::vector<store::Role>& audit_readers() {
  static const std::vector<store::Role> roles{store::Role::investigator, store::Role::monitor};
  return roles;
}

nlohmann::json entry_json(const store::AuditEntry& entry, bool arm_visible) {
  const bool hidden = !arm_visible && entry.entity == "allocations";
  return {{"id", entry.id},
          {"at", entry.timestamp_utc},
          {"actor", entry.actor},
          {"entity", api_entity_name(entry.entity)},
          {"record", entry.entity_id},
          {"field", entry.field},
          {"old_value", hidden && !entry.old_value.empty() ? "(blinded)" : entry.old_value},
          {"new_value", hidden ? "(blinded)" : entry.new_value},
          {"reason", entry.reason}};
}

Reply audit(Call& call) {
  auto records = visible_patient(call);
  if (!records) return error_reply(records.error());
  auto db = call.store();
  if (!db) return error_reply(db.error());
  const auto entity_text = call.query("entity");
  const auto id_text = call.query("id");
  util::Expected<std::vector<store::AuditEntry>> entries = std::vector<store::AuditEntry>{};
  if (entity_text || id_text) {
    auto entity = parse_api_entity(entity_text.value_or(""));
    if (!entity) return error_reply(entity.error());
    auto id = util::parse_integer(id_text.value_or(""));
    if (!id) return error_reply(id.error().with_context("id"));
    // Only a record of this patient: another patient's is not found here.
    if (!find_record(*records, *entity, *id)) {
      return error_reply(k_not_found, "not_found",
                         "patient " + records->patient.record.id + " has no " + *entity_text +
                             " record " + *id_text);
    }
    entries = (*db)->record_history(*entity, *id);
  } else {
    entries = (*db)->patient_audit(records->patient.record.id);
  }
  if (!entries) return error_reply(entries.error());
  const bool arm = arm_visible(*call.user, call.server.protocol);
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& entry : *entries) rows.push_back(entry_json(entry, arm));
  return json_reply({{"patient_id", records->patient.record.id}, {"entries", rows}});
}

}  // namespace

void add_audit_routes(Router& router) {
  router.add("GET", "/api/v1/patients/{patient}/audit", Access{false, audit_readers()}, audit);
}

}  // namespace myoivig::server
