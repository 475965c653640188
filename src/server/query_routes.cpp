// Data queries: a monitor raises one on a field of a record (POST /api/v1/queries), the
// site's investigator answers it (POST /api/v1/queries/{id}/answer), the monitor closes it
// (POST /api/v1/queries/{id}/close); each step names the version it was based on. The list
// (GET /api/v1/queries) is limited to the investigator's site.
#include "server/json_form.hpp"
#include "server/permissions.hpp"
#include "server/query_json.hpp"
#include "server/route_support.hpp"
#include "server/routes.hpp"

namespace myoivig::server {
namespace {

util::Expected<store::DataQuery> find_query(const Call& call, std::int64_t id) {
  MYOIVIG_TRY_ASSIGN(db, call.store());
  store::QueryFilter filter;
  filter.id = id;
  filter.site = site_scope(*call.user);
  MYOIVIG_TRY_ASSIGN(found, db->queries(filter));
  if (found.empty()) return util::not_found("no query " + std::to_string(id) + " you may see");
  return found.front();
}

Reply reply_with_query(const Call& call, std::int64_t id, int status) {
  auto query = find_query(call, id);
  if (!query) return error_reply(query.error());
  return json_reply({{"query", query_json(*query, sees_free_text(*call.user))}}, status);
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
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& query : *queries) rows.push_back(query_json(query, sees_free_text(*call.user)));
  return json_reply({{"queries", rows}});
}

Reply raise(Call& call) {
  FieldErrors errors;
  Form form(call.body, errors);
  store::NewQuery query;
  query.patient_id = form.text("patient_id", Need::required).value_or("");
  query.entity = form.text("entity", Need::required).value_or("");
  query.record_id = form.whole("record_id", Need::required).value_or(0);
  query.field = form.text("field").value_or("");
  query.text = form.text("text", Need::required).value_or("");
  form.finish({"reason"});
  if (!errors.empty()) return field_errors_reply(errors);
  auto written = call.write(store::RaiseQuery{query}, "data query");
  if (!written) return error_reply(written.error());
  return reply_with_query(call, written->id, k_created);
}

// Answer (investigator of the site) or close (monitor), with the version read.
Reply move(Call& call, bool answering) {
  auto id = call.id_param("id");
  if (!id) return error_reply(id.error());
  auto query = find_query(call, *id);
  if (!query) return error_reply(query.error());
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
