// /api/v1/study (the protocol and study for the UI's forms) and /api/v1/dashboard.
#include <set>

#include "server/cached_read.hpp"
#include "server/dashboard.hpp"
#include "server/permissions.hpp"
#include "server/route_support.hpp"
#include "server/routes.hpp"
#include "server/study_json.hpp"

namespace myoivig::server {
namespace {

Reply study(Call& call) {
  std::set<std::string> sites;
  const domain::Protocol& protocol = call.server.protocol;
  if (protocol.design.randomisation) {
    sites.insert(protocol.design.randomisation->sites.begin(),
                 protocol.design.randomisation->sites.end());
  }
  auto db = call.store();
  if (!db) return error_reply(db.error());
  auto patients = (*db)->read_patients();
  if (!patients) return error_reply(patients.error());
  for (const auto& patient : *patients) sites.insert(patient.record.site);
  nlohmann::json body = study_json(call.server.study, protocol, sites);
  body["user"] = {
      {"name", call.user->name}, {"role", store::code(call.user->role)}, {"site", call.user->site}};
  body["arm_visible"] = arm_visible(*call.user, protocol);
  return json_reply(body);
}

Reply dashboard(Call& call) {
  DashboardView view{call.server.today(), arm_visible(*call.user, call.server.protocol),
                     sees_free_text(*call.user)};
  if (const auto as_of = call.query("as_of")) {
    auto parsed = util::parse_iso_date(*as_of);
    if (!parsed) return error_reply(parsed.error().with_context("as_of"));
    view.as_of = *parsed;
  }
  // The reply depends on the role and site (scoping, blinding, free text, and the queries'
  // links: an investigator's go to the edit forms of their site's records), the date and the
  // database state, which the cache watches.
  const std::string key = "dashboard|" + audience_key(call) + "|" + view.as_of.iso();
  return cached_read(call, key, [&](store::Store& db) {
    auto data = db.read_all();
    if (!data) return error_reply(data.error());
    store::QueryFilter filter;
    filter.site = site_scope(*call.user);
    auto queries = db.queries(filter);
    if (!queries) return error_reply(queries.error());
    // The listed queries' context needs their records' ids, which read_all does not give:
    // one read per patient among the listed queries (at most view.list_limit).
    QueryPatients patients;
    for (const std::string& patient_id : outstanding_query_patients(*queries, view)) {
      auto records = db.read_patient(patient_id);
      if (!records) return error_reply(records.error());
      const bool can_edit = can_edit_patient(*call.user, records->patient.record);
      patients.emplace(patient_id, QueryPatient{std::move(*records), can_edit});
    }
    const domain::StudyData scoped = records_of_site(*data, site_scope(*call.user));
    nlohmann::json body = dashboard_json(scoped, call.server.protocol, *queries, patients, view);
    body["site"] = filter.site ? nlohmann::json(*filter.site) : nlohmann::json(nullptr);
    return json_reply(body);
  });
}

}  // namespace

void add_study_routes(Router& router) {
  router.add("GET", "/api/v1/study", Access{}, study);
  router.add("GET", "/api/v1/dashboard", Access{false, patient_readers()}, dashboard);
}

}  // namespace myoivig::server
