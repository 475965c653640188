// myoivig export xlsx|csv|fhir: the study for investigators and hospitals.
//   export xlsx --db FILE --out FILE.xlsx [--unblinded] [--json]: the investigator listings
//     (patients, courses, infusions, visits, assessments, adverse events, queries) in one
//     workbook with an About sheet (io/xlsx/listing_workbook.hpp);
//   export csv --db FILE --out DIR [--unblinded] [--json]: the same listings as CSV files with
//     README.txt (io/listing/listing_csv.hpp);
//   export fhir --db FILE --out FILE.json [--unblinded] [--utc-offset +HH:MM] [--json]: an HL7
//     FHIR R4 Bundle of type collection (io/fhir/fhir_bundle.hpp).
// In a blinded randomised study the arm (and what masked study drug held) is left out unless
// --unblinded is given. Prints what was written; --json prints one document (docs/export.md).
// Exit 0 when written; 2 for a bad option, an unreadable database, a value the format cannot
// hold (named) or a file that cannot be written.
#include <ctime>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli/exit_status.hpp"
#include "cli/export_subcommands.hpp"
#include "cli/study_access.hpp"
#include "io/fhir/fhir_bundle.hpp"
#include "io/listing/investigator_listings.hpp"
#include "io/listing/listing_csv.hpp"
#include "io/xlsx/listing_workbook.hpp"

namespace myoivig::cli {
namespace {

using nlohmann::ordered_json;

constexpr const char* k_software = "myoivig 0.1.0";

struct ListingOptions {
  std::string database;
  std::string out;
  bool unblinded = false;
  bool json = false;
  std::string utc_offset;  // fhir only
};

std::string now_utc(std::time_t now) {
  std::tm utc{};
  gmtime_r(&now, &utc);
  char stamp[32];
  std::strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return stamp;
}

std::string_view arm_code(io::listing::ArmVisibility arm) {
  switch (arm) {
    case io::listing::ArmVisibility::not_randomised:
      return "not_applicable";
    case io::listing::ArmVisibility::shown:
      return "shown";
    case io::listing::ArmVisibility::withheld:
      return "withheld";
  }
  return "";
}

ordered_json summary(const std::string& command, const ListingOptions& options,
                     const io::listing::InvestigatorListings& listings,
                     const std::string& exported_utc) {
  return {{"command", command},
          {"study_id", listings.study_id},
          {"protocol", listings.protocol_id},
          {"synthetic", listings.synthetic},
          {"arm", arm_code(listings.arm)},
          {"out", options.out},
          {"exported_utc", exported_utc}};
}

void print_header(const std::string& what, const io::listing::InvestigatorListings& listings,
                  const std::string& out) {
  std::cout << fmt::format("{} of {} (protocol {}) written to {}\n", what, listings.study_id,
                           listings.protocol_id, out);
  if (listings.synthetic) std::cout << "SYNTHETIC data: no real patient is behind any record\n";
  if (listings.arm == io::listing::ArmVisibility::withheld) {
    std::cout << "Arm withheld (blinded study; --unblinded shows it)\n";
  } else if (listings.arm == io::listing::ArmVisibility::shown) {
    std::cout << "Arm shown\n";
  }
}

// The study's listings, or the exit status of a failure (reported).
struct Loaded {
  OpenStudy study;
  domain::StudyData data;
  std::vector<store::DataQuery> queries;
};

util::Expected<Loaded> load(const std::string& database) {
  MYOIVIG_TRY_ASSIGN(study, open_study(database));
  MYOIVIG_TRY_ASSIGN(data, study.store->read_all());
  MYOIVIG_TRY_ASSIGN(queries, study.store->queries(store::QueryFilter{}));
  return Loaded{std::move(study), std::move(data), std::move(queries)};
}

int run_xlsx(const ListingOptions& options) {
  const std::string command = "export xlsx";
  auto loaded = load(options.database);
  if (!loaded) return report_error(command, loaded.error());
  auto listings = io::listing::build_investigator_listings(loaded->data, loaded->study.protocol,
                                                           loaded->queries, {options.unblinded});
  if (!listings) return report_error(command, listings.error());
  const std::time_t now = std::time(nullptr);
  const std::string exported = now_utc(now);
  auto sheets =
      io::xlsx::write_listing_workbook(*listings, options.out, {exported, now, k_software});
  if (!sheets) return report_error(command, sheets.error());
  if (options.json) {
    ordered_json out = summary(command, options, *listings, exported);
    ordered_json list = ordered_json::array();
    std::size_t rows = 0;
    for (const io::xlsx::WorkbookSheet& sheet : *sheets) {
      list.push_back({{"name", sheet.name}, {"rows", sheet.rows}, {"columns", sheet.columns}});
      rows += sheet.rows;
    }
    out["sheets"] = list;
    out["rows"] = rows;
    std::cout << out.dump(2) << '\n';
    return k_exit_success;
  }
  print_header("Investigator listings (XLSX)", *listings, options.out);
  std::cout << fmt::format("\n{:<16} {:>9} {:>8}\n", "sheet", "rows", "columns");
  for (const io::xlsx::WorkbookSheet& sheet : *sheets) {
    std::cout << fmt::format("{:<16} {:>9} {:>8}\n", sheet.name, sheet.rows, sheet.columns);
  }
  return k_exit_success;
}

int run_csv(const ListingOptions& options) {
  const std::string command = "export csv";
  auto loaded = load(options.database);
  if (!loaded) return report_error(command, loaded.error());
  auto listings = io::listing::build_investigator_listings(loaded->data, loaded->study.protocol,
                                                           loaded->queries, {options.unblinded});
  if (!listings) return report_error(command, listings.error());
  const std::string exported = now_utc(std::time(nullptr));
  auto files = io::listing::write_listing_csv(*listings, options.out, exported);
  if (!files) return report_error(command, files.error());
  if (options.json) {
    ordered_json out = summary(command, options, *listings, exported);
    ordered_json list = ordered_json::array();
    std::size_t rows = 0;
    for (const io::listing::CsvFile& file : *files) {
      if (file.listing.empty()) {
        out["readme"] = file.path.string();
        continue;
      }
      list.push_back({{"name", file.listing},
                      {"file", file.path.string()},
                      {"rows", file.rows},
                      {"columns", file.columns}});
      rows += file.rows;
    }
    out["files"] = list;
    out["rows"] = rows;
    std::cout << out.dump(2) << '\n';
    return k_exit_success;
  }
  print_header("Investigator listings (CSV)", *listings, options.out);
  std::cout << fmt::format("\n{:<16} {:>9} {:>8}  {}\n", "listing", "rows", "columns", "file");
  for (const io::listing::CsvFile& file : *files) {
    if (file.listing.empty()) {
      std::cout << fmt::format("\nColumns described in {}\n", file.path.string());
      continue;
    }
    std::cout << fmt::format("{:<16} {:>9} {:>8}  {}\n", file.listing, file.rows, file.columns,
                             file.path.string());
  }
  return k_exit_success;
}

int run_fhir(const ListingOptions& options) {
  const std::string command = "export fhir";
  auto loaded = load(options.database);
  if (!loaded) return report_error(command, loaded.error());
  io::fhir::FhirOptions settings;
  settings.unblinded = options.unblinded;
  if (!options.utc_offset.empty()) {
    auto offset = io::fhir::parse_utc_offset(options.utc_offset);
    if (!offset) return report_error(command, offset.error().with_context("--utc-offset"));
    settings.utc_offset_minutes = *offset;
  }
  auto bundle = io::fhir::write_fhir_bundle(loaded->data, loaded->study.protocol, settings,
                                            std::filesystem::path(options.out));
  if (!bundle) return report_error(command, bundle.error());
  if (options.json) {
    ordered_json counts = ordered_json::object();
    for (const auto& [type, count] : bundle->counts) counts[type] = count;
    std::cout << ordered_json{{"command", command},
                              {"study_id", bundle->study_id},
                              {"protocol", loaded->study.protocol.id},
                              {"synthetic", loaded->data.info.synthetic},
                              {"arm", bundle->arm},
                              {"out", options.out},
                              {"fhir_version", "4.0.1"},
                              {"entries", bundle->entries},
                              {"resources", counts}}
                     .dump(2)
              << '\n';
    return k_exit_success;
  }
  std::cout << fmt::format("FHIR R4 Bundle (collection) of {} (protocol {}) written to {}\n",
                           bundle->study_id, loaded->study.protocol.id, options.out);
  if (loaded->data.info.synthetic) std::cout << "SYNTHETIC data: every resource is tagged HTEST\n";
  if (bundle->arm == "withheld")
    std::cout << "Arm withheld (blinded study; --unblinded shows it)\n";
  std::cout << fmt::format("\n{:<26} {:>9}\n", "resource", "count");
  for (const auto& [type, count] : bundle->counts) {
    std::cout << fmt::format("{:<26} {:>9}\n", type, count);
  }
  std::cout << fmt::format("{:<26} {:>9}\n", "entries", bundle->entries);
  return k_exit_success;
}

CLI::App* add_common(CLI::App& export_app, const char* name, const char* description,
                     const char* out_help, const std::shared_ptr<ListingOptions>& options) {
  CLI::App* command = export_app.add_subcommand(name, description);
  command->add_option("--db", options->database, "Study database")->required();
  command->add_option("--out", options->out, out_help)->required();
  command->add_flag("--unblinded", options->unblinded,
                    "Show the arm of a blinded randomised study (and whether masked study drug "
                    "was placebo); without it the arm is withheld");
  command->add_flag("--json", options->json, "Print one JSON document");
  return command;
}

}  // namespace

void add_export_listing_subcommands(CLI::App& export_app, int& status) {
  auto xlsx = std::make_shared<ListingOptions>();
  add_common(export_app, "xlsx",
             "Investigator listings (patients, courses, infusions, visits, assessments, adverse "
             "events, queries) in one Excel workbook",
             "Workbook file to write (.xlsx; replaced when it exists)", xlsx)
      ->callback([xlsx, &status] { status = run_xlsx(*xlsx); });
  auto csv = std::make_shared<ListingOptions>();
  add_common(
      export_app, "csv", "The investigator listings as CSV files (one per listing) with README.txt",
      "Folder to write into (created when missing; files of the same names are replaced)", csv)
      ->callback([csv, &status] { status = run_csv(*csv); });
  auto fhir = std::make_shared<ListingOptions>();
  CLI::App* fhir_command =
      add_common(export_app, "fhir",
                 "An HL7 FHIR R4 Bundle (JSON): Patient, ResearchStudy, ResearchSubject, "
                 "Observation (CK, weight, height), MedicationAdministration, AdverseEvent",
                 "Bundle file to write (.json; replaced when it exists)", fhir);
  fhir_command->add_option("--utc-offset", fhir->utc_offset,
                           "Offset of the sites' local time from UTC (e.g. +09:00): infusion "
                           "periods then carry times of day; without it only dates");
  fhir_command->callback([fhir, &status] { status = run_fhir(*fhir); });
}

}  // namespace myoivig::cli
