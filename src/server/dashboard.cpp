#include "server/dashboard.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <string_view>

#include "domain/eligibility.hpp"
#include "server/query_json.hpp"
#include "server/visits_due.hpp"

namespace myoivig::server {
namespace {

using nlohmann::json;

template <typename Record>
void keep(std::vector<Record>& records, const std::set<std::string, std::less<>>& patients) {
  std::erase_if(records, [&](const Record& r) { return !patients.contains(r.patient_id); });
}

std::string month_of(util::Date date) {
  return date.iso().substr(0, 7);  // "2017-02"
}

json enrolment_json(const domain::StudyData& data) {
  std::set<std::string> months;
  std::map<std::string, std::map<std::string, int>> by_site;  // site -> month -> enrolled
  for (const domain::Patient& patient : data.patients) {
    const std::string month = month_of(patient.enrolment_date);
    months.insert(month);
    ++by_site[patient.site][month];
  }
  // Every month from the first to the last, so a chart has no gaps.
  std::vector<std::string> axis;
  if (!months.empty()) {
    int year = std::stoi(months.begin()->substr(0, 4));
    int month = std::stoi(months.begin()->substr(5, 2));
    const std::string& last = *months.rbegin();
    char text[8];
    do {
      std::snprintf(text, sizeof text, "%04d-%02d", year, month);
      axis.emplace_back(text);
      if (++month > 12) month = 1, ++year;
    } while (axis.back() < last);
  }
  json sites = json::array();
  std::vector<int> total(axis.size(), 0);
  for (const auto& [site, counts] : by_site) {
    json cumulative = json::array();
    int running = 0;
    for (std::size_t i = 0; i < axis.size(); ++i) {
      const auto found = counts.find(axis[i]);
      running += found == counts.end() ? 0 : found->second;
      cumulative.push_back(running);
      total[i] += running;
    }
    sites.push_back({{"site", site}, {"cumulative", cumulative}, {"enrolled", running}});
  }
  return {{"months", axis}, {"sites", sites}, {"total", total}};
}

json consort_json(const domain::StudyData& data, const domain::Protocol& protocol,
                  bool arm_visible) {
  std::map<domain::Verdict, int> verdicts;
  for (const auto& report : domain::evaluate_eligibility(data, protocol))
    ++verdicts[report.verdict];
  std::set<std::string_view> treated;
  for (const auto& administration : data.administrations) treated.insert(administration.patient_id);
  std::set<std::string_view> reached;
  for (const auto& visit : data.visits) {
    if (visit.week == protocol.analysis.primary_week) reached.insert(visit.patient_id);
  }
  int withdrawn = 0;
  for (const auto& patient : data.patients) withdrawn += patient.withdrawal_date ? 1 : 0;
  json consort = {{"screened", data.patients.size()},
                  {"eligible", verdicts[domain::Verdict::eligible]},
                  {"ineligible", verdicts[domain::Verdict::ineligible]},
                  {"undetermined", verdicts[domain::Verdict::undetermined]},
                  {"randomised", data.allocations.size()},
                  {"treated", treated.size()},
                  {"withdrawn", withdrawn},
                  {"primary_visit_reached", reached.size()},
                  {"primary_week", protocol.analysis.primary_week},
                  {"arms", nullptr}};
  if (arm_visible && !protocol.design.arms.empty()) {
    json arms = json::array();
    for (const domain::Arm& arm : protocol.design.arms) {
      int randomised = 0;
      int arm_treated = 0;
      int arm_reached = 0;
      for (const auto& allocation : data.allocations) {
        if (allocation.arm != arm.id) continue;
        ++randomised;
        arm_treated += treated.contains(allocation.patient_id) ? 1 : 0;
        arm_reached += reached.contains(allocation.patient_id) ? 1 : 0;
      }
      arms.push_back({{"arm", arm.id},
                      {"randomised", randomised},
                      {"treated", arm_treated},
                      {"primary_visit_reached", arm_reached}});
    }
    consort["arms"] = arms;
  }
  return consort;
}

json visits_json(const domain::StudyData& data, const domain::Protocol& protocol,
                 const DashboardView& view) {
  json due = json::array();
  json overdue = json::array();
  int due_count = 0;
  int overdue_count = 0;
  for (const DueVisit& visit : visits_due(data, protocol, view.as_of)) {
    json& list = visit.overdue ? overdue : due;
    (visit.overdue ? overdue_count : due_count)++;
    if (list.size() >= view.list_limit) continue;
    list.push_back({{"patient_id", visit.patient_id},
                    {"site", visit.site},
                    {"week", visit.week},
                    {"target", visit.target.iso()},
                    {"earliest", visit.earliest.iso()},
                    {"latest", visit.latest.iso()}});
  }
  return {{"as_of", view.as_of.iso()},
          {"due_count", due_count},
          {"overdue_count", overdue_count},
          {"due", due},
          {"overdue", overdue}};
}

bool outstanding(const store::DataQuery& query) {
  return query.status != store::QueryStatus::closed;
}

json queries_json(const std::vector<store::DataQuery>& queries, const domain::Protocol& protocol,
                  const QueryPatients& patients, const DashboardView& view) {
  std::map<store::QueryStatus, int> counts;
  json listed = json::array();
  const RecordView record_view{view.arm_visible, view.free_text};
  for (const store::DataQuery& query : queries) {
    ++counts[query.status];
    if (!outstanding(query) || listed.size() >= view.list_limit) continue;
    const auto found = patients.find(query.patient_id);
    if (found == patients.end()) {
      listed.push_back(query_json(query, view.free_text));
    } else {
      const RecordReader reader{protocol, record_view, found->second.can_edit};
      listed.push_back(query_json(query, found->second.records, reader));
    }
  }
  return {{"open", counts[store::QueryStatus::open]},
          {"answered", counts[store::QueryStatus::answered]},
          {"closed", counts[store::QueryStatus::closed]},
          {"outstanding", listed}};
}

json adverse_events_json(const domain::StudyData& data, const DashboardView& view) {
  std::vector<const domain::AdverseEvent*> events;
  std::set<std::string_view> patients;
  int serious = 0;
  for (const auto& event : data.adverse_events) {
    events.push_back(&event);
    patients.insert(event.patient_id);
    serious += event.serious ? 1 : 0;
  }
  std::stable_sort(events.begin(), events.end(),
                   [](const auto* a, const auto* b) { return a->onset_date > b->onset_date; });
  json recent = json::array();
  for (const auto* event : events) {
    if (recent.size() >= view.list_limit) break;
    recent.push_back({{"patient_id", event->patient_id},
                      {"course", event->course_number},
                      {"term", event->term},
                      {"onset_date", event->onset_date.iso()},
                      {"serious", event->serious},
                      {"severity", domain::code(event->severity)}});
  }
  return {{"total", data.adverse_events.size()},
          {"serious", serious},
          {"patients_with_event", patients.size()},
          {"recent", recent}};
}

}  // namespace

domain::StudyData records_of_site(const domain::StudyData& data,
                                  const std::optional<std::string>& site) {
  if (!site) return data;
  domain::StudyData scoped = data;
  std::set<std::string, std::less<>> patients;
  std::erase_if(scoped.patients, [&](const domain::Patient& p) { return p.site != *site; });
  for (const auto& patient : scoped.patients) patients.insert(patient.id);
  keep(scoped.allocations, patients);
  keep(scoped.conditions, patients);
  keep(scoped.steroid_doses, patients);
  keep(scoped.courses, patients);
  keep(scoped.administrations, patients);
  keep(scoped.visits, patients);
  keep(scoped.assessments, patients);
  keep(scoped.muscle_grades, patients);
  keep(scoped.adverse_events, patients);
  return scoped;
}

std::vector<std::string> outstanding_query_patients(const std::vector<store::DataQuery>& queries,
                                                    const DashboardView& view) {
  std::vector<std::string> patients;
  std::set<std::string_view> seen;
  std::size_t listed = 0;
  for (const store::DataQuery& query : queries) {
    if (!outstanding(query)) continue;
    if (listed++ >= view.list_limit) break;
    if (seen.insert(query.patient_id).second) patients.push_back(query.patient_id);
  }
  return patients;
}

json dashboard_json(const domain::StudyData& data, const domain::Protocol& protocol,
                    const std::vector<store::DataQuery>& queries, const QueryPatients& patients,
                    const DashboardView& view) {
  return {{"enrolment", enrolment_json(data)},
          {"consort", consort_json(data, protocol, view.arm_visible)},
          {"visits", visits_json(data, protocol, view)},
          {"queries", queries_json(queries, protocol, patients, view)},
          {"adverse_events", adverse_events_json(data, view)}};
}

}  // namespace myoivig::server
