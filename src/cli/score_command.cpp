// myoivig score tis|doi|haq|mmt8|classify --in FILE.json [--json] [--partial (tis only)]
// The outcome calculators of issue 5 (shared/specs/outcomes.md): ACR/EULAR Total
// Improvement Score, IMACS definition of improvement, HAQ-DI, MMT-8 totals, EULAR/ACR 2017
// classification with Bohan and Peter. Input shapes: docs/score.md.
// Exit 0 with a result; 1 when the result could not be computed from the data given (a
// TIS with a missing measure, a HAQ-DI with fewer than 6 categories, an MMT-8 total with a
// missing or not-testable group); 2 for bad usage or input, with a message naming the
// field: a VAS of 12 cm, an MMT above its maximum, a missing required measure (physician
// global or MMT for the TIS, MMT for the DOI), an unknown key, a file that is not JSON.
#include <array>
#include <iostream>
#include <memory>
#include <string>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "cli/exit_status.hpp"
#include "cli/score_text.hpp"
#include "io/core_set_json.hpp"
#include "io/instrument_json.hpp"
#include "io/json_fields.hpp"
#include "io/score_json.hpp"

namespace myoivig::cli {
namespace {

struct ScoreFlags {
  std::string input_file;
  bool json = false;
  bool partial = false;
};

constexpr std::array k_tis_required{domain::CoreMeasure::physician_global,
                                    domain::CoreMeasure::mmt};
constexpr std::array k_doi_required{domain::CoreMeasure::mmt};

void print(const nlohmann::ordered_json& document) {
  std::cout << document.dump(2) << '\n';
}

int run_tis(const ScoreFlags& flags) {
  constexpr const char* k_name = "score tis";
  auto json_document = io::read_json_file(flags.input_file);
  if (!json_document) return report_error(k_name, json_document.error());
  auto document = io::read_response_document(*json_document);
  if (!document) return report_error(k_name, document.error());
  auto required = io::require_measures(
      document->input, k_tis_required,
      "the TIS needs physician global activity and MMT at both visits (published calculator)");
  if (!required) return report_error(k_name, required.error());
  document->tis_settings.partial = flags.partial;
  auto score = domain::total_improvement_score(document->input, document->tis_settings);
  if (!score) return report_error(k_name, score.error());
  if (flags.json) {
    print(io::tis_json(*score, document->tis_settings));
  } else {
    std::cout << tis_text(*score, document->input, document->tis_settings);
  }
  return score->computable() ? k_exit_success : k_exit_findings;
}

int run_doi(const ScoreFlags& flags) {
  constexpr const char* k_name = "score doi";
  auto json_document = io::read_json_file(flags.input_file);
  if (!json_document) return report_error(k_name, json_document.error());
  auto document = io::read_response_document(*json_document);
  if (!document) return report_error(k_name, document.error());
  auto required =
      io::require_measures(document->input, k_doi_required,
                           "the DOI needs MMT at both visits (MMT must not be among the worsened)");
  if (!required) return report_error(k_name, required.error());
  const domain::DoiSettings settings;
  auto doi = domain::imacs_improvement(document->input, settings);
  if (!doi) return report_error(k_name, doi.error());
  if (flags.json) {
    print(io::doi_json(*doi, settings));
  } else {
    std::cout << doi_text(*doi, document->input, settings);
  }
  return k_exit_success;
}

int run_haq(const ScoreFlags& flags) {
  constexpr const char* k_name = "score haq";
  auto json_document = io::read_json_file(flags.input_file);
  if (!json_document) return report_error(k_name, json_document.error());
  auto answers = io::read_haq_answers(*json_document);
  if (!answers) return report_error(k_name, answers.error());
  auto result = domain::score_haq_di(*answers);
  if (!result) return report_error(k_name, result.error());
  if (flags.json) {
    print(io::haq_json(*result));
  } else {
    std::cout << haq_text(*result);
  }
  return result->computed() ? k_exit_success : k_exit_findings;
}

int run_mmt8(const ScoreFlags& flags) {
  constexpr const char* k_name = "score mmt8";
  auto json_document = io::read_json_file(flags.input_file);
  if (!json_document) return report_error(k_name, json_document.error());
  auto grades = io::read_mmt8_grades(*json_document);
  if (!grades) return report_error(k_name, grades.error());
  auto unilateral = domain::mmt8_unilateral(*grades);
  if (!unilateral) return report_error(k_name, unilateral.error());
  auto bilateral = domain::mmt8_bilateral(*grades);
  if (!bilateral) return report_error(k_name, bilateral.error());
  if (flags.json) {
    print(io::mmt8_json(*unilateral, *bilateral));
  } else {
    std::cout << mmt8_text(*unilateral, *bilateral);
  }
  return unilateral->computed() && bilateral->computed() ? k_exit_success : k_exit_findings;
}

int run_classify(const ScoreFlags& flags) {
  constexpr const char* k_name = "score classify";
  auto json_document = io::read_json_file(flags.input_file);
  if (!json_document) return report_error(k_name, json_document.error());
  auto document = io::read_classify_document(*json_document);
  if (!document) return report_error(k_name, document.error());
  auto result = domain::classify_2017(document->findings, document->rule);
  if (!result) return report_error(k_name, result.error());
  const domain::BohanPeter bohan_peter = domain::bohan_peter(document->bohan_peter);
  if (flags.json) {
    print(io::classification_json(*result, bohan_peter));
  } else {
    std::cout << classification_text(*result, bohan_peter);
  }
  return k_exit_success;
}

CLI::App* add_calculator(CLI::App& score, const std::string& name, const std::string& help,
                         ScoreFlags& flags) {
  CLI::App* command = score.add_subcommand(name, help);
  command->add_option("--in", flags.input_file, "Input JSON document (shapes: docs/score.md)")
      ->required();
  command->add_flag("--json", flags.json, "Print one JSON document");
  return command;
}

}  // namespace

void add_score_command(CLI::App& app, int& status) {
  CLI::App* score = app.add_subcommand(
      "score", "Outcome calculators: TIS, IMACS improvement, HAQ-DI, MMT-8, classification");
  score->require_subcommand(1);

  auto tis = std::make_shared<ScoreFlags>();
  CLI::App* tis_command = add_calculator(
      *score, "tis", "ACR/EULAR Total Improvement Score (adult or juvenile DM) between two visits",
      *tis);
  tis_command->add_flag("--partial", tis->partial,
                        "Score missing measures 0 and label the TIS partial (physician global "
                        "and MMT still required)");
  tis_command->callback([tis, &status] { status = run_tis(*tis); });

  auto doi = std::make_shared<ScoreFlags>();
  add_calculator(*score, "doi", "IMACS definition of improvement between two visits", *doi)
      ->callback([doi, &status] { status = run_doi(*doi); });

  auto haq = std::make_shared<ScoreFlags>();
  add_calculator(*score, "haq", "HAQ-DI from the 20 items, aids and help", *haq)
      ->callback([haq, &status] { status = run_haq(*haq); });

  auto mmt8 = std::make_shared<ScoreFlags>();
  add_calculator(*score, "mmt8", "MMT-8 unilateral (0-80) and bilateral (0-150) totals", *mmt8)
      ->callback([mmt8, &status] { status = run_mmt8(*mmt8); });

  auto classify = std::make_shared<ScoreFlags>();
  add_calculator(*score, "classify",
                 "EULAR/ACR 2017 classification (score, probability, class, subclass) and Bohan "
                 "and Peter",
                 *classify)
      ->callback([classify, &status] { status = run_classify(*classify); });
}

}  // namespace myoivig::cli
