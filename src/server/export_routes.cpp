// GET /api/v1/export/{file}: one file of the study bundle (docs/bundle.md), e.g.
// patients.csv or assessments.csv, for statisticians: every site, pseudonymised (free text
// such as withdrawal reasons and condition notes replaced by "(withheld)"). The files are
// those `myoivig load` reads, so an export loads into another study database.
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "io/bundle_writer.hpp"
#include "server/permissions.hpp"
#include "server/route_support.hpp"
#include "server/routes.hpp"
#include "server/session_token.hpp"

namespace myoivig::server {
namespace {

constexpr const char* k_withheld = "(withheld)";
constexpr std::size_t k_folder_suffix_length = 16;

const std::vector<store::Role>& exporters() {
  static const std::vector<store::Role> roles{store::Role::statistician};
  return roles;
}

void withhold_free_text(domain::StudyData& data) {
  for (auto& patient : data.patients) {
    if (!patient.withdrawal_reason.empty()) patient.withdrawal_reason = k_withheld;
  }
  for (auto& condition : data.conditions) {
    if (!condition.note.empty()) condition.note = k_withheld;
  }
}

util::Expected<std::string> exported_file(domain::StudyData data, const std::string& file) {
  const std::filesystem::path folder =
      std::filesystem::temp_directory_path() /
      ("myoivig-export-" + random_token().substr(0, k_folder_suffix_length));
  auto written = io::write_bundle(data, folder);
  std::string text;
  bool found = false;
  if (written) {
    std::ifstream in(folder / file, std::ios::binary);
    found = in.is_open();
    std::ostringstream content;
    if (found) content << in.rdbuf();
    text = content.str();
  }
  std::error_code ignored;
  std::filesystem::remove_all(folder, ignored);
  if (!written) return written.error();
  if (!found) return util::not_found("the study has no records for " + file);
  return text;
}

Reply export_file(Call& call) {
  const std::string file = call.param("file");
  static const std::set<std::string> k_files{
      "manifest.csv",      "patients.csv",      "allocations.csv",     "conditions.csv",
      "steroid_doses.csv", "courses.csv",       "administrations.csv", "visits.csv",
      "assessments.csv",   "muscle_grades.csv", "adverse_events.csv"};
  if (!k_files.contains(file)) {
    return error_reply(k_not_found, "not_found", file + " is not a file of the study bundle");
  }
  auto db = call.store();
  if (!db) return error_reply(db.error());
  auto data = (*db)->read_all();
  if (!data) return error_reply(data.error());
  withhold_free_text(*data);
  auto text = exported_file(std::move(*data), file);
  if (!text) return error_reply(text.error());
  Reply reply{k_ok, std::move(*text), "text/csv; charset=utf-8", {}};
  reply.headers.emplace_back("Content-Disposition", "attachment; filename=\"" + file + "\"");
  return reply;
}

}  // namespace

void add_export_routes(Router& router) {
  router.add("GET", "/api/v1/export/{file}", Access{false, exporters()}, export_file);
}

}  // namespace myoivig::server
