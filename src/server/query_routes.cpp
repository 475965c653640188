// Data queries: a monitor raises one on a field of a record (POST /api/v1/queries), the
// site's investigator answers it (POST /api/v1/queries/{id}/answer), the monitor closes it
// (POST /api/v1/queries/{id}/close); each step names the version it was based on. The list
// (GET /api/v1/queries) is limited to the investigator's site. Every query comes with its
// record's label and UI address (query_json.hpp), from its patient's records.
#include <map>

#include "server/json_form.hpp"
#include "server/permissions.hpp"
#include "server/query_json.hpp"
#include "server/route_support.hpp"
#include "server/routes.hpp"

namespace myoivig::server {
namespace {

util::Expected<store::DataQuery> find_query(const Call& call, store::Store& db, std::int64_t id) {
  store::QueryFilter filter;
  filter.id = id;
  filter.site = site_scope(*call.user);
  MYOIVIG_TRY_ASSIGN(found, db.queries(filter));
  if (found.empty()) return util::not_found("no query " + std::to_string(id) + " you may see");
  return found.front();
}

// The queries as JSON, each with its record's context from its patient's records (read
// once per patient).
util::Expected<nlohmann::json> queries_json(const Call& call, store::Store& db,
                                            const std::vector<store::DataQuery>& queries) {
  std::map<std::string, store::PatientRecords, std::less<>> patients;
  nlohmann::json rows = nlohmann::json::array();
  for (const store::DataQuery& query : queries) {
    auto found = patients.find(query.patient_id);
    if (found == patients.end()) {
      MYOIVIG_TRY_ASSIGN(records, db.read_patient(query.patient_id));
      found = patients.emplace(query.patient_id, std::move(records)).first;
    }
    const RecordReader reader{call.server.protocol, view_for(call),
                              can_edit_patient(*call.user, found->second.patient.record)};
    rows.push_back(query_json(query, found->second, reader));
  }
  return rows;
}

Reply reply_with_query(const Call& call, std::int64_t id, int status) {
  auto db = call.store();
  if (!db) return error_reply(db.error());
  auto query = find_query(call, **db, id);
  if (!query) return error_reply(query.error());
  auto rows = queries_json(call, **db, {*query});
  if (!rows) return error_reply(rows.error());
  return json_reply({{"query", rows->front()}}, status);
}

Reply list(Call& call) {
  auto db = call.store();
  if (!db) return error_reply(db.error());
  store::QueryFilter filter;
  filter.site = site_scope(*call.user);
  filter.patient_id = call.query("patient");
  if (const auto status = call.query("status")) {
    auto parsed = store::parse_query_status(*status);
    if (!parsed) return error_reply(parsed.error());
    filter.status = *parsed;
  }
  auto queries = (*db)->queries(filter);
  if (!queries) return error_reply(queries.error());
  auto rows = queries_json(call, **db, *queries);
  if (!rows) return error_reply(rows.error());
  return json_reply({{"queries", *rows}});
}

// The stored column a query names, for a field given as the record's API name (VAS in cm
// are stored in mm, the MMT-8 total as mmt8_score, a condition's code as code).
std::string stored_field(store::Entity entity, std::string field) {
  static const std::map<std::string, std::string, std::less<>> k_assessment_columns{
      {"fatigue_vas_cm", "fatigue_vas_mm"},
      {"pain_vas_cm", "pain_vas_mm"},
      {"physician_activity_vas_cm", "physician_activity_vas_mm"},
      {"patient_activity_vas_cm", "patient_activity_vas_mm"},
      {"extramuscular_vas_cm", "extramuscular_vas_mm"},
      {"mmt8", "mmt8_score"}};
  if (entity == store::Entity::assessments) {
    const auto found = k_assessment_columns.find(field);
    if (found != k_assessment_columns.end()) return found->second;
  }
  if (entity == store::Entity::conditions && field == "condition") return "code";
  return field;
}

Reply raise(Call& call) {
  FieldErrors errors;
  Form form(call.body, errors);
  store::NewQuery query;
  query.patient_id = form.text("patient_id", Need::required).value_or("");
  const auto entity_name = form.text("entity", Need::required);
  query.record_id = form.whole("record_id", Need::required).value_or(0);
  const std::string field = form.text("field").value_or("");
  query.text = form.text("text", Need::required).value_or("");
  form.finish({"reason"});
  if (entity_name) {
    if (auto entity = parse_api_entity(*entity_name)) {
      query.entity = store::code(*entity);
      query.field = stored_field(*entity, field);
    } else {
      errors.add_error(entity.error(), *entity_name, "entity");
    }
  }
  if (!errors.empty()) return field_errors_reply(errors);
  auto written = call.write(store::RaiseQuery{query}, "data query");
  if (!written) return error_reply(written.error());
  return reply_with_query(call, written->id, k_created);
}

// Answer (investigator of the site) or close (monitor), with the version read.
Reply move(Call& call, bool answering) {
  auto id = call.id_param("id");
  if (!id) return error_reply(id.error());
  {
    auto db = call.store();
    if (!db) return error_reply(db.error());
    auto query = find_query(call, **db, *id);
    if (!query) return error_reply(query.error());
  }  // the read connection goes back before the write
  FieldErrors errors;
  Form form(call.body, errors);
  const auto version = form.whole("version", Need::required);
  const auto answer = answering ? form.text("answer", Need::required) : std::nullopt;
  form.finish({"reason"});
  if (!errors.empty()) return field_errors_reply(errors);
  auto written = answering
                     ? call.write(store::AnswerQuery{*id, *version, *answer}, "query answered")
                     : call.write(store::CloseQuery{*id, *version}, "query closed");
  if (!written) return error_reply(written.error());
  return reply_with_query(call, *id, k_ok);
}

}  // namespace

void add_query_routes(Router& router) {
  router.add("GET", "/api/v1/queries", Access{false, patient_readers()}, list);
  router.add("POST", "/api/v1/queries", Access{false, query_raisers()}, raise);
  router.add("POST", "/api/v1/queries/{id}/answer", Access{false, record_editors()},
             [](Call& call) { return move(call, true); });
  router.add("POST", "/api/v1/queries/{id}/close", Access{false, query_raisers()},
             [](Call& call) { return move(call, false); });
}

}  // namespace myoivig::server
