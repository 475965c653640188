#include "io/redcap/import_run.hpp"

namespace myoivig::io::redcap {

ImportReport run_import(ImportInput input, store::Store& store, const domain::Protocol& protocol,
                        const store::AuditContext& context, bool dry_run) {
  ImportReport report;
  report.source = input.source;
  report.rows = input.batch.rows;
  report.records = input.batch.records;
  report.fields = input.fields;
  report.events = input.events;
  report.dry_run = dry_run;
  report.problems = std::move(input.problems);
  for (std::string_view entity : mapped_entities()) report.counts[std::string(entity)] = {};
  auto existing = store.read_all();
  if (!existing) {
    report.problems.error("database", 0, "", "", existing.error().message);
    return report;
  }
  ImportPlan plan = plan_import(input.batch, input.mapping, *existing, protocol, report.problems);
  for (const auto& [entity, counts] : plan.counts) report.counts[entity] = counts;
  if (report.problems.has_errors() || dry_run || plan.empty()) return report;
  auto added = store.add(plan.to_add, context);
  if (!added) {
    report.problems.error("database", 0, "", "", added.error().message);
    return report;
  }
  report.written = true;
  return report;
}

}  // namespace myoivig::io::redcap
