#include "io/redcap/import_plan.hpp"

#include <algorithm>
#include <unordered_map>

#include "domain/record_rules.hpp"
#include "domain/study_integrity.hpp"
#include "io/bundle_rows.hpp"
#include "io/redcap/record_text.hpp"

namespace myoivig::io::redcap {
namespace {

// Integrity problems reported at most per import: each needs a new pass over every record.
constexpr std::size_t k_max_integrity_problems = 20;

using Origins = std::vector<RecordOrigin>;

struct Planner {
  const ImportBatch& batch;
  const ImportMapping& mapping;
  ImportProblems& problems;

  [[nodiscard]] const Origins& origins(std::string_view entity) const {
    static const Origins k_none;
    const auto found = batch.origins.find(entity);
    return found == batch.origins.end() ? k_none : found->second;
  }

  // Reports `message` ("<bundle column>: <rule>") against the export column it came from.
  void report(std::string_view entity, const RecordOrigin& origin,
              const std::vector<std::string>& fields, const std::string& message) const {
    const std::size_t colon = message.find(": ");
    const std::string column = colon == std::string::npos ? "" : message.substr(0, colon);
    std::string source = column;
    std::string value;
    const std::vector<BundleColumn>& columns = bundle_columns(entity);
    for (std::size_t i = 0; i < columns.size() && i < fields.size(); ++i) {
      if (columns[i].name == column) value = fields[i];
    }
    if (origin.mapping < mapping.entities.size()) {
      source = source_column_of(mapping.entities[origin.mapping], column);
    }
    problems.error(batch.file, origin.line, source, value, std::string(entity) + "." + message);
  }
};

// Splits the batch's records of one entity into new ones and stored ones (identical:
// counted; different: reported).
template <typename Record>
void sort_out(const Planner& planner, std::string_view entity, const std::vector<Record>& read,
              const std::vector<Record>& stored, std::vector<Record>& added, Origins& added_origins,
              EntityCounts& counts) {
  const Origins& origins = planner.origins(entity);
  std::unordered_map<std::string, const Record*> by_key;
  by_key.reserve(stored.size());
  for (const Record& record : stored) by_key.emplace(record_key(record), &record);
  counts.read = read.size();
  const std::vector<BundleColumn>& columns = bundle_columns(entity);
  for (std::size_t i = 0; i < read.size(); ++i) {
    const auto found = by_key.find(record_key(read[i]));
    if (found == by_key.end()) {
      added.push_back(read[i]);
      added_origins.push_back(origins[i]);
      continue;
    }
    const std::vector<std::string> now = record_fields(read[i]);
    const std::vector<std::string> before = record_fields(*found->second);
    const auto differs = std::mismatch(now.begin(), now.end(), before.begin());
    if (differs.first == now.end()) {
      ++counts.unchanged;
      continue;
    }
    const std::size_t field = static_cast<std::size_t>(differs.first - now.begin());
    planner.report(entity, origins[i], now,
                   std::string(columns[field].name) + ": " + std::string(entity) + " '" +
                       found->first + "' is stored already with '" + *differs.second +
                       "', the import has '" + *differs.first +
                       "' (a stored record is never changed by an import: correct the source "
                       "or the database)");
  }
  counts.added = added.size();
}

template <typename Record, typename... Context>
void check_each(const Planner& planner, std::string_view entity, const std::vector<Record>& records,
                const Origins& origins, const Context&... context) {
  for (std::size_t i = 0; i < records.size(); ++i) {
    auto valid = domain::validate_record(records[i], context...);
    if (!valid)
      planner.report(entity, origins[i], record_fields(records[i]), valid.error().message);
  }
}

// Applies `action(entity, records, stored records)` to every entity's vectors.
template <typename Action>
void each_entity(domain::StudyData& a, const domain::StudyData& b, Action action) {
  action("patients", a.patients, b.patients);
  action("allocations", a.allocations, b.allocations);
  action("conditions", a.conditions, b.conditions);
  action("steroid_doses", a.steroid_doses, b.steroid_doses);
  action("courses", a.courses, b.courses);
  action("administrations", a.administrations, b.administrations);
  action("visits", a.visits, b.visits);
  action("assessments", a.assessments, b.assessments);
  action("muscle_grades", a.muscle_grades, b.muscle_grades);
  action("adverse_events", a.adverse_events, b.adverse_events);
}

void check_integrity(const Planner& planner, const domain::StudyData& added,
                     std::map<std::string, Origins, std::less<>> origins,
                     const domain::StudyData& existing, const domain::Protocol& protocol) {
  domain::StudyData working = added;
  for (std::size_t found = 0; found < k_max_integrity_problems; ++found) {
    domain::StudyData combined = existing;
    each_entity(combined, working, [](std::string_view, auto& into, const auto& from) {
      into.insert(into.end(), from.begin(), from.end());
    });
    const auto violation = domain::find_integrity_violation(combined, protocol);
    if (!violation) return;
    std::size_t stored = 0;
    each_entity(working, existing, [&](std::string_view entity, auto&, const auto& records) {
      if (entity == violation->entity) stored = records.size();
    });
    if (violation->index < stored) {
      planner.problems.error(planner.batch.file, 0, "", "",
                             "stored " + violation->entity + " record " +
                                 std::to_string(violation->index + 1) + ": " +
                                 violation->error.message);
      return;
    }
    const std::size_t index = violation->index - stored;
    Origins& entity_origins = origins[violation->entity];
    each_entity(working, existing, [&](std::string_view entity, auto& records, const auto&) {
      if (entity != violation->entity) return;
      planner.report(entity, entity_origins[index], record_fields(records[index]),
                     violation->error.message);
      records.erase(records.begin() + static_cast<std::ptrdiff_t>(index));
    });
    entity_origins.erase(entity_origins.begin() + static_cast<std::ptrdiff_t>(index));
  }
  planner.problems.error(planner.batch.file, 0, "", "",
                         "more problems across records may follow: fix these and import again");
}

void plan_info(const ImportMapping& mapping, const domain::StudyInfo& stored,
               const domain::Protocol& protocol, domain::StudyInfo& info,
               ImportProblems& problems) {
  if (!mapping.protocol.empty() && mapping.protocol != protocol.id) {
    problems.error(mapping.file, 0, "study.protocol", mapping.protocol,
                   "the database's protocol is '" + protocol.id + "'");
  }
  if (mapping.study_id.empty()) return;
  if (stored.study_id.empty()) {
    info = {mapping.study_id, protocol.id, mapping.description, mapping.synthetic};
    return;
  }
  const auto clash = [&](const std::string& key, const std::string& mine,
                         const std::string& theirs) {
    if (mine == theirs) return;
    problems.error(
        mapping.file, 0, "study." + key, mine,
        "the database's study has " + key + " '" + theirs + "' (an import never changes it)");
  };
  clash("study_id", mapping.study_id, stored.study_id);
  clash("description", mapping.description, stored.description);
  clash("synthetic", mapping.synthetic ? "true" : "false", stored.synthetic ? "true" : "false");
}

bool has_records(const domain::StudyData& d) {
  return !(d.patients.empty() && d.allocations.empty() && d.conditions.empty() &&
           d.steroid_doses.empty() && d.courses.empty() && d.administrations.empty() &&
           d.visits.empty() && d.assessments.empty() && d.muscle_grades.empty() &&
           d.adverse_events.empty());
}

}  // namespace

bool ImportPlan::empty() const {
  return to_add.info.study_id.empty() && !has_records(to_add);
}

ImportPlan plan_import(const ImportBatch& batch, const ImportMapping& mapping,
                       const domain::StudyData& existing, const domain::Protocol& protocol,
                       ImportProblems& problems) {
  ImportPlan plan;
  const Planner planner{batch, mapping, problems};
  const bool clean_before = !problems.has_errors();
  plan_info(mapping, existing.info, protocol, plan.to_add.info, problems);
  std::map<std::string, Origins, std::less<>> origins;
  domain::StudyData& added = plan.to_add;
  const domain::StudyData& read = batch.data;
  const auto sort = [&](std::string_view entity, auto& into, const auto& from_read,
                        const auto& from_store) {
    sort_out(planner, entity, from_read, from_store, into, origins[std::string(entity)],
             plan.counts[std::string(entity)]);
  };
  sort("patients", added.patients, read.patients, existing.patients);
  sort("allocations", added.allocations, read.allocations, existing.allocations);
  sort("conditions", added.conditions, read.conditions, existing.conditions);
  sort("steroid_doses", added.steroid_doses, read.steroid_doses, existing.steroid_doses);
  sort("courses", added.courses, read.courses, existing.courses);
  sort("administrations", added.administrations, read.administrations, existing.administrations);
  sort("visits", added.visits, read.visits, existing.visits);
  sort("assessments", added.assessments, read.assessments, existing.assessments);
  sort("muscle_grades", added.muscle_grades, read.muscle_grades, existing.muscle_grades);
  sort("adverse_events", added.adverse_events, read.adverse_events, existing.adverse_events);

  const std::size_t before_rules = problems.error_count();
  check_each(planner, "patients", added.patients, origins["patients"]);
  check_each(planner, "allocations", added.allocations, origins["allocations"], protocol);
  check_each(planner, "conditions", added.conditions, origins["conditions"], protocol);
  check_each(planner, "steroid_doses", added.steroid_doses, origins["steroid_doses"]);
  check_each(planner, "courses", added.courses, origins["courses"], protocol);
  check_each(planner, "administrations", added.administrations, origins["administrations"],
             protocol);
  check_each(planner, "visits", added.visits, origins["visits"], protocol);
  check_each(planner, "assessments", added.assessments, origins["assessments"], protocol);
  check_each(planner, "muscle_grades", added.muscle_grades, origins["muscle_grades"]);
  check_each(planner, "adverse_events", added.adverse_events, origins["adverse_events"]);
  // Nothing new, nothing to check across records (the stored ones were checked when stored).
  if (clean_before && problems.error_count() == before_rules && has_records(added)) {
    check_integrity(planner, added, std::move(origins), existing, protocol);
  }
  return plan;
}

}  // namespace myoivig::io::redcap
