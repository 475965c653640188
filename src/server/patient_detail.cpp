#include "server/patient_detail.hpp"

#include <algorithm>
#include <map>

#include "domain/data_check.hpp"
#include "domain/eligibility.hpp"
#include "server/eligibility_json.hpp"
#include "server/outcome_series.hpp"
#include "server/query_json.hpp"
#include "server/visits_due.hpp"

namespace myoivig::server {
namespace {

using nlohmann::json;

struct TimelineEvent {
  util::Date date;
  std::string kind;
  std::string label;
  store::Entity entity = store::Entity::patients;
  std::int64_t id = 0;
};

std::string number_text(double value) {
  return domain::format_number(value);
}

json timeline_json(const store::PatientRecords& r, const RecordReader& reader) {
  const RecordView& view = reader.view;
  std::vector<TimelineEvent> events;
  const domain::Patient& p = r.patient.record;
  events.push_back({p.enrolment_date, "enrolment", "Enrolled at " + p.site, store::Entity::patients,
                    r.patient.id});
  if (r.allocation) {
    const std::string arm = view.arm_visible ? " to " + r.allocation->record.arm : " (blinded)";
    events.push_back({r.allocation->record.randomised_on, "randomisation", "Randomised" + arm,
                      store::Entity::allocations, r.allocation->id});
  }
  for (const auto& d : r.steroid_doses) {
    events.push_back({d.record.from, "steroid",
                      "Prednisolone " + number_text(d.record.prednisolone_mg_per_day) + " mg/day",
                      store::Entity::steroid_doses, d.id});
  }
  for (const auto& c : r.courses) {
    events.push_back({c.record.start_date, "course",
                      "Course " + std::to_string(c.record.number) + " starts (" +
                          number_text(c.record.dose_g_per_kg_per_day) + " g/kg/day, " +
                          number_text(c.record.dosing_weight_kg) + " kg)",
                      store::Entity::courses, c.id});
  }
  for (const auto& a : r.administrations) {
    events.push_back({a.record.date, "infusion",
                      "Course " + std::to_string(a.record.course_number) + " day " +
                          std::to_string(a.record.day) + ": " + number_text(a.record.dose_g) + " g",
                      store::Entity::administrations, a.id});
  }
  for (const auto& v : r.visits) {
    events.push_back({v.record.date, "visit", "Visit week " + std::to_string(v.record.week),
                      store::Entity::visits, v.id});
  }
  for (const auto& e : r.adverse_events) {
    events.push_back({e.record.onset_date, "adverse_event",
                      "Adverse event: " + e.record.term + " (" +
                          std::string(domain::code(e.record.severity)) +
                          (e.record.serious ? ", serious)" : ")"),
                      store::Entity::adverse_events, e.id});
  }
  if (p.withdrawal_date) {
    events.push_back(
        {*p.withdrawal_date, "withdrawal", "Withdrawn", store::Entity::patients, r.patient.id});
  }
  std::stable_sort(events.begin(), events.end(),
                   [](const auto& a, const auto& b) { return a.date < b.date; });
  json timeline = json::array();
  for (const TimelineEvent& e : events) {
    timeline.push_back({{"date", e.date.iso()},
                        {"kind", e.kind},
                        {"label", e.label},
                        {"entity", api_entity(e.entity)},
                        {"id", e.id},
                        {"link", record_context(r, e.entity, e.id, reader).link}});
  }
  return timeline;
}

json courses_json(const store::PatientRecords& r, const RecordView& view) {
  json courses = json::array();
  for (const auto& course : r.courses) {
    json entry = to_json(course, view);
    json infusions = json::array();
    for (const auto& a : r.administrations) {
      if (a.record.course_number == course.record.number) infusions.push_back(to_json(a, view));
    }
    entry["infusions"] = infusions;
    courses.push_back(entry);
  }
  return courses;
}

json findings_json(const store::PatientRecords& r, const domain::Protocol& protocol,
                   util::Date as_of) {
  json findings = json::array();
  for (const domain::Finding& f : domain::check_study(r.data(), protocol, as_of)) {
    findings.push_back({{"entity", api_entity_name(f.entity)},
                        {"record", f.record},
                        {"field", f.field},
                        {"value", f.value},
                        {"rule", f.rule}});
  }
  return findings;
}

json due_json(const store::PatientRecords& r, const domain::Protocol& protocol, util::Date as_of) {
  json due = json::array();
  for (const DueVisit& visit : visits_due(r.data(), protocol, as_of)) {
    due.push_back({{"week", visit.week},
                   {"target", visit.target.iso()},
                   {"earliest", visit.earliest.iso()},
                   {"latest", visit.latest.iso()},
                   {"overdue", visit.overdue}});
  }
  return due;
}

std::string status_of(const store::PatientRecords& r) {
  if (r.patient.record.withdrawal_date) return "withdrawn";
  if (!r.administrations.empty()) return "treated";
  if (r.allocation) return "randomised";
  return "enrolled";
}

}  // namespace

json patient_detail_json(const PatientPage& page) {
  const store::PatientRecords& r = page.records;
  const domain::StudyData data = r.data();
  const RecordReader reader{page.protocol, page.view, page.can_edit};
  json queries = json::array();
  for (const auto& query : page.queries) queries.push_back(query_json(query, r, reader));
  return {{"patient", to_json(r.patient, page.view)},
          {"status", status_of(r)},
          {"can_edit", page.can_edit},
          {"allocation", r.allocation ? to_json(*r.allocation, page.view) : json(nullptr)},
          {"conditions", to_json(r.conditions, page.view)},
          {"steroid_doses", to_json(r.steroid_doses, page.view)},
          {"courses", courses_json(r, page.view)},
          {"visits", to_json(r.visits, page.view)},
          {"assessments", to_json(r.assessments, page.view)},
          {"muscle_grades", to_json(r.muscle_grades, page.view)},
          {"adverse_events", to_json(r.adverse_events, page.view)},
          {"timeline", timeline_json(r, reader)},
          {"series", outcome_series_json(r, page.protocol)},
          {"eligibility",
           eligibility_json(domain::evaluate_eligibility(r.patient.record, data, page.protocol))},
          {"findings", findings_json(r, page.protocol, page.as_of)},
          {"visits_due", due_json(r, page.protocol, page.as_of)},
          {"queries", queries},
          {"as_of", page.as_of.iso()}};
}

}  // namespace myoivig::server
