// myoivig import redcap --dictionary F --records F [--events F] [--form-events F]
//                       --mapping F --db F [--dry-run] [--json]
// myoivig import odm FILE --mapping F --db F [--dry-run] [--json]
//
// Imports a REDCap project export (data dictionary + flat raw records CSV, and the events
// and instrument-event files of a longitudinal project) or a CDISC ODM 1.3 file (REDCap
// project XML, OpenClinica extracts) into a study, through a mapping file (docs/import.md).
// All or nothing: every problem found is reported (file, row, column, value, rule) and then
// nothing is written; records stored already and identical are skipped, so importing the
// same files twice changes nothing. Exit 0 when imported (or a clean dry run), 2 when a
// problem refused the import or an option or file is bad.
#include <iostream>
#include <memory>

#include <CLI/CLI.hpp>
#include <unistd.h>

#include "cli/commands.hpp"
#include "cli/exit_status.hpp"
#include "cli/import_report.hpp"
#include "cli/study_access.hpp"
#include "io/odm/odm_import.hpp"
#include "io/redcap/redcap_import.hpp"
#include "util/progress.hpp"

namespace myoivig::cli {
namespace {

struct ImportOptions {
  std::string dictionary;
  std::string records;
  std::string events;
  std::string form_events;
  std::string odm_file;
  std::string mapping;
  std::string database;
  bool dry_run = false;
  bool json = false;
};

// Reads the export with a progress bar on a terminal, then plans and (unless a dry run)
// writes it; prints the report.
template <typename Read>
int run_import(const char* command, const ImportOptions& options, const std::string& what,
               Read read) {
  auto study = open_study(options.database);
  if (!study) return report_error(command, study.error());
  io::redcap::ImportInput input;
  {
    util::ProgressBar bar(std::cerr, command, !options.json && ::isatty(STDERR_FILENO) == 1);
    input = read([&bar](std::size_t done, std::size_t total) { bar.update(done, total); });
  }
  const io::redcap::ImportReport report =
      io::redcap::run_import(std::move(input), *study->store, study->protocol,
                             cli_audit_context(std::string(command) + " " + what), options.dry_run);
  if (options.json) {
    std::cout << import_report_json(report, options.database).dump(2) << '\n';
  } else {
    std::cout << import_report_text(report, options.database);
  }
  return report.problems.has_errors() ? k_exit_usage : k_exit_success;
}

int run_redcap(const ImportOptions& options) {
  const io::redcap::RedcapFiles files{options.dictionary, options.records, options.events,
                                      options.form_events, options.mapping};
  return run_import("import redcap", options, options.records,
                    [&](const io::redcap::ReadProgress& progress) {
                      return io::redcap::read_redcap_export(files, progress);
                    });
}

int run_odm(const ImportOptions& options) {
  return run_import("import odm", options, options.odm_file,
                    [&](const io::redcap::ReadProgress& progress) {
                      return io::odm::read_odm_export(options.odm_file, options.mapping, progress);
                    });
}

void add_common_options(CLI::App* command, ImportOptions& options) {
  command
      ->add_option("--mapping", options.mapping,
                   "Mapping file (TOML) from the export's fields and events to myoivig "
                   "(docs/import.md)")
      ->required();
  command->add_option("--db", options.database, "Study database (from `myoivig init`)")->required();
  command->add_flag("--dry-run", options.dry_run,
                    "Read and check everything, report, but write nothing");
  command->add_flag("--json", options.json, "Print one JSON document");
}

}  // namespace

void add_import_command(CLI::App& app, int& status) {
  auto options = std::make_shared<ImportOptions>();
  CLI::App* import = app.add_subcommand(
      "import", "Import study data from REDCap or CDISC ODM, all or nothing (docs/import.md)");
  import->require_subcommand(1);

  CLI::App* redcap = import->add_subcommand(
      "redcap", "Import a REDCap export: data dictionary + flat raw records CSV (+ events files)");
  redcap->add_option("--dictionary", options->dictionary, "Data dictionary CSV")->required();
  redcap->add_option("--records", options->records, "Flat raw records export CSV")->required();
  redcap->add_option("--events", options->events,
                     "Events CSV (arms and events; required for a longitudinal project)");
  redcap->add_option("--form-events", options->form_events, "Instrument-event mapping CSV");
  add_common_options(redcap, *options);
  redcap->callback([options, &status] { status = run_redcap(*options); });

  CLI::App* odm = import->add_subcommand(
      "odm", "Import a CDISC ODM 1.3 XML file (REDCap project XML, OpenClinica extract)");
  odm->add_option("file", options->odm_file, "ODM XML file")->required();
  add_common_options(odm, *options);
  odm->callback([options, &status] { status = run_odm(*options); });
}

}  // namespace myoivig::cli
