#include "server/query_json.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <utility>

#include "domain/entry_rules.hpp"
#include "domain/measure.hpp"
#include "domain/mmt8.hpp"
#include "domain/rule_outcome.hpp"
#include "util/enum_names.hpp"

namespace myoivig::server {
namespace {

using nlohmann::json;

constexpr util::EnumNames<store::Entity, 10> k_api_entities{{
    {store::Entity::patients, "patients"},
    {store::Entity::allocations, "allocations"},
    {store::Entity::conditions, "conditions"},
    {store::Entity::steroid_doses, "steroid_doses"},
    {store::Entity::courses, "courses"},
    {store::Entity::administrations, "infusions"},
    {store::Entity::visits, "visits"},
    {store::Entity::assessments, "assessments"},
    {store::Entity::muscle_grades, "muscle_grades"},
    {store::Entity::adverse_events, "adverse_events"},
}};

// The assessments' stored columns that hold a measure (VAS in mm, MMT-8 as mmt8_score).
constexpr std::array<std::pair<std::string_view, domain::Measure>, 11> k_measure_columns{{
    {"mmt", domain::Measure::mmt},
    {"adl", domain::Measure::adl},
    {"ck_iu_per_l", domain::Measure::ck},
    {"fatigue_vas_mm", domain::Measure::vas_fatigue},
    {"pain_vas_mm", domain::Measure::vas_pain},
    {"weight_kg", domain::Measure::weight},
    {"mmt8_score", domain::Measure::mmt8},
    {"physician_activity_vas_mm", domain::Measure::physician_activity},
    {"patient_activity_vas_mm", domain::Measure::patient_activity},
    {"extramuscular_vas_mm", domain::Measure::extramuscular_activity},
    {"haq_di", domain::Measure::haq},
}};

std::string words(std::string_view code) {
  std::string text(code);
  std::replace(text.begin(), text.end(), '_', ' ');
  return text;
}

// "CK", "Fatigue VAS" for an assessment's measure columns, else the column in words.
std::string field_label(std::string_view entity, std::string_view field) {
  if (entity == "assessments") {
    for (const auto& [column, measure] : k_measure_columns) {
      if (column == field) return std::string(domain::info(measure).label);
    }
  }
  if (entity == "conditions" && field == "code") return "condition";
  return words(field);
}

// The pseudonym as a URL path segment (RFC 3986 unreserved characters kept).
std::string path_segment(std::string_view text) {
  static constexpr char k_hex[] = "0123456789ABCDEF";
  std::string out;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (std::isalnum(byte) || c == '-' || c == '.' || c == '_' || c == '~') {
      out += c;
    } else {
      out += '%';
      out += k_hex[byte >> 4];
      out += k_hex[byte & 0xF];
    }
  }
  return out;
}

template <typename Record>
const store::Stored<Record>* find(const std::vector<store::Stored<Record>>& records,
                                  std::int64_t id) {
  const auto found = std::find_if(records.begin(), records.end(),
                                  [id](const auto& stored) { return stored.id == id; });
  return found == records.end() ? nullptr : &*found;
}

const store::Stored<domain::Visit>* visit_of_week(const store::PatientRecords& r, int week) {
  const auto found = std::find_if(r.visits.begin(), r.visits.end(),
                                  [week](const auto& v) { return v.record.week == week; });
  return found == r.visits.end() ? nullptr : &*found;
}

std::string dated(const std::string& text, util::Date date) {
  return text + " (" + date.iso() + ")";
}

std::string condition_label(const domain::Condition& c, const RecordReader& reader) {
  std::string name = words(c.code);
  for (const domain::Exclusion& exclusion : reader.protocol.eligibility.exclusions) {
    if (exclusion.code == c.code) name = exclusion.label;
  }
  bool criterion = false;
  for (const domain::BohanPeterCriterion& known : domain::bohan_peter_criteria()) {
    if (known.code != c.code) continue;
    criterion = true;
    name = "Bohan and Peter: " + std::string(known.label);
  }
  std::string label =
      "Screening: " + name + ": " +
      (criterion ? (c.present ? "met" : "not met") : (c.present ? "present" : "absent"));
  if (c.date) label += " (" + c.date->iso() + ")";
  if (reader.view.free_text && !c.note.empty()) label += "; note: " + c.note;
  return label;
}

// "week 4 (2026-10-01)", the date that of the visit of that week when it is recorded.
std::string week_label(const store::PatientRecords& r, int week) {
  const auto* visit = visit_of_week(r, week);
  const std::string text = "week " + std::to_string(week);
  return visit ? dated(text, visit->record.date) : text;
}

std::string grade_label(const store::PatientRecords& r, const domain::MuscleGrade& g) {
  std::string group = g.muscle_group;
  if (auto parsed = domain::parse_mmt8_group(g.muscle_group)) group = domain::label(*parsed);
  const std::string side = g.side == domain::Side::right  ? " right"
                           : g.side == domain::Side::left ? " left"
                                                          : "";
  return "MMT-8 " + group + side + ", visit " + week_label(r, g.week);
}

// The label and the record's page for a reader who may edit (`edit_link`) or not.
struct Found {
  std::string label;
  std::string edit_link;  // empty: the reader's link only
  std::string read_link;
};

std::optional<Found> describe(const store::PatientRecords& r, store::Entity entity, std::int64_t id,
                              const RecordReader& reader, const std::string& base) {
  const auto on_visit_page = [&](int week, std::string label) -> Found {
    const auto* visit = visit_of_week(r, week);
    return {std::move(label), visit ? base + "/visits/" + std::to_string(visit->id) : "",
            base + "#visits"};
  };
  switch (entity) {
    case store::Entity::patients: {
      if (r.patient.id != id) return std::nullopt;
      const domain::Patient& p = r.patient.record;
      std::string label = "Patient " + p.id;
      if (p.withdrawal_date) {
        label += " (withdrawn " + p.withdrawal_date->iso();
        if (reader.view.free_text && !p.withdrawal_reason.empty()) {
          label += ": " + p.withdrawal_reason;
        }
        label += ")";
      } else {
        label += " (enrolled " + p.enrolment_date.iso() + ")";
      }
      return Found{label, "", base};
    }
    case store::Entity::allocations:
      if (!r.allocation || r.allocation->id != id) return std::nullopt;
      return Found{dated("Randomisation", r.allocation->record.randomised_on), "", base};
    case store::Entity::conditions: {
      const auto* c = find(r.conditions, id);
      if (!c) return std::nullopt;
      return Found{condition_label(c->record, reader), "", base + "#screening"};
    }
    case store::Entity::steroid_doses: {
      const auto* d = find(r.steroid_doses, id);
      if (!d) return std::nullopt;
      std::string label = "Prednisolone " +
                          domain::format_number(d->record.prednisolone_mg_per_day) +
                          " mg/day from " + d->record.from.iso();
      if (d->record.to) label += " to " + d->record.to->iso();
      return Found{label, "", base + "#screening"};
    }
    case store::Entity::courses: {
      const auto* c = find(r.courses, id);
      if (!c) return std::nullopt;
      const std::string number = std::to_string(c->record.number);
      return Found{"Course " + number + " (from " + c->record.start_date.iso() + ")", "",
                   base + "/courses/" + number};
    }
    case store::Entity::administrations: {
      const auto* a = find(r.administrations, id);
      if (!a) return std::nullopt;
      const std::string number = std::to_string(a->record.course_number);
      return Found{dated("Course " + number + " day " + std::to_string(a->record.day) + " infusion",
                         a->record.date),
                   "", base + "/courses/" + number};
    }
    case store::Entity::visits: {
      const auto* v = find(r.visits, id);
      if (!v) return std::nullopt;
      return on_visit_page(v->record.week, "Visit " + week_label(r, v->record.week));
    }
    case store::Entity::assessments: {
      const auto* a = find(r.assessments, id);
      if (!a) return std::nullopt;
      return on_visit_page(a->record.week, "Assessment at visit " + week_label(r, a->record.week));
    }
    case store::Entity::muscle_grades: {
      const auto* g = find(r.muscle_grades, id);
      if (!g) return std::nullopt;
      return on_visit_page(g->record.week, grade_label(r, g->record));
    }
    case store::Entity::adverse_events: {
      const auto* e = find(r.adverse_events, id);
      if (!e) return std::nullopt;
      return Found{dated("Adverse event: " + e->record.term, e->record.onset_date),
                   base + "/adverse-events/" + std::to_string(id), base + "#adverse-events"};
    }
  }
  return std::nullopt;
}

json base_json(const store::DataQuery& query, bool free_text) {
  const auto text = [&](const std::string& value) {
    return free_text || value.empty() ? json(value) : json(nullptr);
  };
  const auto optional = [](const std::string& value) {
    return value.empty() ? json(nullptr) : json(value);
  };
  const std::string entity = api_entity_name(query.entity);
  return {{"id", query.id},
          {"patient_id", query.patient_id},
          {"site", query.site},
          {"entity", entity},
          {"record_id", query.record_id},
          {"record_label", entity + " record " + std::to_string(query.record_id)},
          {"link", "/patients/" + path_segment(query.patient_id)},
          {"field", optional(query.field)},
          {"field_label",
           query.field.empty() ? json(nullptr) : json(field_label(query.entity, query.field))},
          {"text", text(query.text)},
          {"status", store::code(query.status)},
          {"raised_by", query.raised_by},
          {"raised_utc", query.raised_utc},
          {"answer", query.answer.empty() ? json(nullptr) : text(query.answer)},
          {"answered_by", optional(query.answered_by)},
          {"answered_utc", optional(query.answered_utc)},
          {"closed_by", optional(query.closed_by)},
          {"closed_utc", optional(query.closed_utc)},
          {"version", query.version}};
}

}  // namespace

std::string_view api_entity(store::Entity entity) {
  return util::name_of(k_api_entities, entity);
}

std::string api_entity_name(std::string_view stored) {
  auto entity = store::parse_entity(stored);
  return entity ? std::string(api_entity(*entity)) : std::string(stored);
}

util::Expected<store::Entity> parse_api_entity(std::string_view text) {
  auto entity = util::value_of(k_api_entities, text);
  if (!entity) return entity.error().with_context("entity");
  return entity;
}

RecordContext record_context(const store::PatientRecords& records, store::Entity entity,
                             std::int64_t id, const RecordReader& reader) {
  const std::string base = "/patients/" + path_segment(records.patient.record.id);
  const std::optional<Found> found = describe(records, entity, id, reader, base);
  if (!found) return {std::string(api_entity(entity)) + " record " + std::to_string(id), base};
  const bool editable = reader.can_edit && !found->edit_link.empty();
  return {found->label, editable ? found->edit_link : found->read_link};
}

json query_json(const store::DataQuery& query, bool free_text) {
  return base_json(query, free_text);
}

json query_json(const store::DataQuery& query, const store::PatientRecords& records,
                const RecordReader& reader) {
  json out = base_json(query, reader.view.free_text);
  if (auto entity = store::parse_entity(query.entity)) {
    RecordContext context = record_context(records, *entity, query.record_id, reader);
    out["record_label"] = std::move(context.label);
    out["link"] = std::move(context.link);
  }
  return out;
}

}  // namespace myoivig::server
