// myoivig export sdtm|adam --db FILE --out DIR [--format xpt|csv] [--json]: writes the
// study's CDISC SDTM domains (DM, SV, EX, CM, AE, LB, VS, QS, TA, TE, TV) or ADaM datasets
// (ADSL, ADEFF, ADAE) into DIR as SAS transport v5 files (default) or CSV, with define.xml
// (io/cdisc/cdisc_export.hpp). Prints one line per dataset written (rows, variables, file);
// --json prints one document {command, standard, format, study_id, protocol, synthetic, out,
// datasets: [{name, rows, variables, file}], empty, define, rows}. Exit 0 when written;
// exit 2 for a bad option, an unreadable database, a value XPT cannot hold (the dataset and
// variable named, nothing written) or a file that cannot be written.
#include <iostream>
#include <memory>
#include <string>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli/exit_status.hpp"
#include "cli/export_subcommands.hpp"
#include "cli/study_access.hpp"
#include "io/cdisc/cdisc_export.hpp"

namespace myoivig::cli {
namespace {

using io::cdisc::Standard;

struct ExportOptions {
  std::string database;
  std::string out;
  std::string format = "xpt";
  bool json = false;
};

std::string standard_name(Standard standard) {
  return standard == Standard::sdtm ? "SDTM" : "ADaM";
}

void print_json(const std::string& command, const ExportOptions& options,
                const io::cdisc::CdiscExport& exported,
                const std::vector<io::cdisc::WrittenFile>& written) {
  nlohmann::ordered_json datasets = nlohmann::ordered_json::array();
  std::size_t rows = 0;
  std::string define;
  for (const io::cdisc::WrittenFile& file : written) {
    if (file.dataset.empty()) {
      define = file.path.string();
      continue;
    }
    rows += file.rows;
    datasets.push_back({{"name", file.dataset},
                        {"rows", file.rows},
                        {"variables", file.variables},
                        {"file", file.path.string()}});
  }
  std::cout << nlohmann::ordered_json{{"command", command},
                                      {"standard", standard_name(exported.standard)},
                                      {"format", options.format},
                                      {"study_id", exported.study_id},
                                      {"protocol", exported.protocol_id},
                                      {"synthetic", exported.synthetic},
                                      {"out", options.out},
                                      {"datasets", datasets},
                                      {"empty", exported.empty},
                                      {"define", define},
                                      {"rows", rows}}
                   .dump(2)
            << '\n';
}

void print_text(const ExportOptions& options, const io::cdisc::CdiscExport& exported,
                const std::vector<io::cdisc::WrittenFile>& written) {
  std::cout << fmt::format("{} export of {} (protocol {}) as {} into {}\n",
                           standard_name(exported.standard), exported.study_id,
                           exported.protocol_id,
                           options.format == "xpt" ? "SAS transport (XPT v5)" : "CSV", options.out);
  if (exported.synthetic) std::cout << "SYNTHETIC data: no real patient is behind any record\n";
  std::cout << fmt::format("\n{:<8} {:>9} {:>9}  {}\n", "dataset", "rows", "variables", "file");
  for (const io::cdisc::WrittenFile& file : written) {
    if (file.dataset.empty()) continue;
    std::cout << fmt::format("{:<8} {:>9} {:>9}  {}\n", file.dataset, file.rows, file.variables,
                             file.path.string());
  }
  std::cout << fmt::format("\ndefine.xml (Define-XML 2.0): {}\n", written.back().path.string());
  if (!exported.empty.empty()) {
    std::string names;
    for (const std::string& name : exported.empty) names += (names.empty() ? "" : ", ") + name;
    std::cout << "Not written (no records): " << names << '\n';
  }
}

int run_export(const ExportOptions& options, Standard standard) {
  const std::string command = standard == Standard::sdtm ? "export sdtm" : "export adam";
  auto study = open_study(options.database);
  if (!study) return report_error(command, study.error());
  auto data = study->store->read_all();
  if (!data) return report_error(command, data.error());
  auto exported = standard == Standard::sdtm ? io::cdisc::build_sdtm(*data, study->protocol)
                                             : io::cdisc::build_adam(*data, study->protocol);
  if (!exported) return report_error(command, exported.error());
  io::cdisc::WriteSettings settings;
  settings.format =
      options.format == "csv" ? io::cdisc::ExportFormat::csv : io::cdisc::ExportFormat::xpt;
  auto written = io::cdisc::write_cdisc(*exported, options.out, settings);
  if (!written) return report_error(command, written.error());
  if (options.json) {
    print_json(command, options, *exported, *written);
  } else {
    print_text(options, *exported, *written);
  }
  return k_exit_success;
}

void add_subcommand(CLI::App& export_app, int& status, Standard standard,
                    const std::string& description) {
  auto options = std::make_shared<ExportOptions>();
  CLI::App* command =
      export_app.add_subcommand(standard == Standard::sdtm ? "sdtm" : "adam", description);
  command->add_option("--db", options->database, "Study database")->required();
  command
      ->add_option("--out", options->out,
                   "Folder to write into (created when missing; files of the same names are "
                   "replaced)")
      ->required();
  command
      ->add_option("--format", options->format,
                   "xpt: SAS transport version 5 (default); csv: one CSV file per dataset")
      ->check(CLI::IsMember({"xpt", "csv"}));
  command->add_flag("--json", options->json, "Print one JSON document");
  command->callback([options, &status, standard] { status = run_export(*options, standard); });
}

}  // namespace

void add_export_cdisc_subcommands(CLI::App& export_app, int& status) {
  add_subcommand(export_app, status, Standard::sdtm,
                 "CDISC SDTM domains (DM SV EX CM AE LB VS QS TA TE TV) with define.xml");
  add_subcommand(export_app, status, Standard::adam,
                 "CDISC ADaM datasets (ADSL, ADEFF efficacy, ADAE) with define.xml, from the "
                 "protocol's analysis");
}

}  // namespace myoivig::cli
