#include "cli/import_report.hpp"

#include <sstream>

namespace myoivig::cli {
namespace {

using io::redcap::ImportProblem;
using io::redcap::ImportReport;
using io::redcap::ProblemSeverity;

nlohmann::ordered_json problem_json(const ImportProblem& problem) {
  return {{"severity", problem.severity == ProblemSeverity::error ? "error" : "warning"},
          {"file", problem.file},
          {"row", problem.row},
          {"column", problem.column},
          {"value", problem.value},
          {"rule", problem.rule}};
}

void list(std::ostringstream& out, const ImportReport& report, ProblemSeverity severity,
          std::size_t total, const char* title) {
  if (total == 0) return;
  out << title << " (" << total << "):\n";
  for (const ImportProblem& problem : report.problems.of(severity)) {
    out << "  " << problem.to_string() << '\n';
  }
  const std::size_t kept = report.problems.of(severity).size();
  if (kept < total) out << "  ... and " << total - kept << " more\n";
}

}  // namespace

nlohmann::ordered_json import_report_json(const ImportReport& report, const std::string& database) {
  nlohmann::ordered_json entities = nlohmann::ordered_json::object();
  for (std::string_view name : io::redcap::mapped_entities()) {
    const std::string entity(name);
    const io::redcap::EntityCounts& counts = report.counts.at(entity);
    entities[entity] = {
        {"read", counts.read}, {"added", counts.added}, {"unchanged", counts.unchanged}};
  }
  nlohmann::ordered_json problems = nlohmann::ordered_json::array();
  for (const ImportProblem& problem : report.problems.all())
    problems.push_back(problem_json(problem));
  const std::size_t listed = report.problems.all().size();
  const std::size_t total = report.problems.error_count() + report.problems.warning_count();
  return {{"source", report.source},
          {"db", database},
          {"dry_run", report.dry_run},
          {"written", report.written},
          {"read",
           {{"rows", report.rows},
            {"records", report.records},
            {"fields", report.fields},
            {"events", report.events}}},
          {"entities", entities},
          {"errors", report.problems.error_count()},
          {"warnings", report.problems.warning_count()},
          {"problems", problems},
          {"problems_not_listed", total - listed}};
}

std::string import_report_text(const ImportReport& report, const std::string& database) {
  std::ostringstream out;
  const char* source = report.source == "odm" ? "ODM" : "REDCap";
  out << "Import from " << source << " into " << database << (report.dry_run ? " (dry run)" : "")
      << ":\n";
  out << "  read " << report.rows << " rows, " << report.records << " records";
  if (report.fields > 0) out << ", " << report.fields << " fields";
  if (report.events > 0) out << ", " << report.events << " events";
  out << '\n';
  bool any = false;
  for (std::string_view entity : io::redcap::mapped_entities()) {
    const io::redcap::EntityCounts& counts = report.counts.at(std::string(entity));
    if (counts.read == 0) continue;
    any = true;
    out << "  " << entity << ": " << counts.read << " read, " << counts.added << " new, "
        << counts.unchanged << " stored already\n";
  }
  if (!any) out << "  no records\n";
  list(out, report, ProblemSeverity::warning, report.problems.warning_count(), "Warnings");
  list(out, report, ProblemSeverity::error, report.problems.error_count(), "Problems");
  if (report.problems.has_errors()) {
    out << "Nothing was imported: the database is unchanged.\n";
  } else if (report.written) {
    out << "Imported in one transaction.\n";
  } else if (report.dry_run) {
    out << "Dry run: no problem found, nothing written.\n";
  } else {
    out << "Nothing new: the database already holds every record.\n";
  }
  return out.str();
}

}  // namespace myoivig::cli
