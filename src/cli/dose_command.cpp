// myoivig dose --weight KG [--height CM --sex M|F] [--age Y] [--regimen ID] [--days N]
//              [--product NAME] [--weight-policy actual|ibw|adjbw|auto] [--risk LIST]
//              [--products FILE] [--json]
// Plans one IVIG course (shared/specs/dosing.md). Exit 0 for a plan, 1 for a refused plan,
// 2 for bad usage (an unknown regimen, product or risk code, an unreadable table).
//
// The product and regimen tables are data files: data/products.toml and
// data/regimens.toml under $MYOIVIG_DATA_DIR when set, otherwise under the shipped
// resources (cli/study_access.hpp: $MYOIVIG_HOME, else the source tree).
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>

#include <CLI/CLI.hpp>

#include "cli/commands.hpp"
#include "cli/dose_report.hpp"
#include "cli/exit_status.hpp"
#include "cli/study_access.hpp"
#include "domain/dose_plan.hpp"
#include "io/product_table.hpp"
#include "io/regimen_table.hpp"
#include "util/strings.hpp"

namespace myoivig::cli {
namespace {

constexpr const char* k_command = "dose";
constexpr const char* k_default_regimen = "seed";

struct DoseOptions {
  double weight_kg = 0;
  double height_cm = 0;
  std::string sex;
  int age_years = 0;
  std::string regimen = k_default_regimen;
  int days = 0;
  std::string product;
  std::string weight_policy;
  std::vector<std::string> risks;
  std::string products_file;
  bool json = false;
  // Which optional numbers were given.
  bool has_height = false;
  bool has_age = false;
  bool has_days = false;
};

std::filesystem::path data_file(const std::string& name) {
  const char* data_dir = std::getenv("MYOIVIG_DATA_DIR");
  if (data_dir != nullptr && *data_dir != '\0') return std::filesystem::path(data_dir) / name;
  return resource_path("data/" + name);
}

util::Error unknown(const std::string& flag, const std::string& value,
                    const std::vector<std::string>& known) {
  return util::invalid_argument(flag + ": unknown '" + value +
                                "' (known: " + util::join(known, ", ") + ")");
}

// The request the options describe, or a usage error.
util::Expected<domain::DoseRequest> build_request(const DoseOptions& options,
                                                  const io::ProductTable& products,
                                                  const io::RegimenPreset& preset) {
  domain::DoseRequest request;
  request.weight_kg = options.weight_kg;
  if (options.has_height) request.height_cm = options.height_cm;
  if (!options.sex.empty()) {
    std::string sex_code = options.sex;
    for (char& c : sex_code) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    auto sex = domain::parse_sex(sex_code);
    if (!sex) return sex.error().with_context("--sex");
    request.sex = *sex;
  }
  if (options.has_age) request.age_years = options.age_years;

  request.regimen = preset.regimen;
  request.course_dose_g_per_kg = preset.course_dose_g_per_kg;
  request.min_days = preset.min_days;
  request.max_days = preset.max_days;
  if (options.has_days) {
    if (options.days <= 0) {
      return util::invalid_argument("--days: must be a positive integer, got " +
                                    std::to_string(options.days));
    }
    request.regimen.days = options.days;
  }
  if (!options.weight_policy.empty()) {
    auto policy = domain::parse_weight_policy(options.weight_policy);
    if (!policy) return policy.error().with_context("--weight-policy");
    request.regimen.weight_policy = *policy;
  }
  const std::string product_name =
      options.product.empty() ? preset.regimen.product : options.product;
  const domain::Product* product = products.find(product_name);
  if (product == nullptr) return unknown("--product", product_name, products.names());
  request.product = *product;
  request.regimen.product = product->name;
  if (request.course_dose_g_per_kg) {
    request.regimen.dose_g_per_kg_per_day = *request.course_dose_g_per_kg / request.regimen.days;
  }
  for (const std::string& code : options.risks) {
    const std::string trimmed(util::trim(code));
    if (trimmed.empty()) continue;
    auto factor = domain::parse_risk_factor(trimmed);
    if (!factor) return factor.error().with_context("--risk");
    request.risk_factors.push_back(*factor);
  }
  return request;
}

int run_dose(const DoseOptions& options) {
  const std::filesystem::path products_path = options.products_file.empty()
                                                  ? data_file("products.toml")
                                                  : std::filesystem::path(options.products_file);
  auto products = io::read_product_table(products_path);
  if (!products) return report_error(k_command, products.error());
  auto regimens = io::read_regimen_table(data_file("regimens.toml"));
  if (!regimens) return report_error(k_command, regimens.error());
  const io::RegimenPreset* preset = regimens->find(options.regimen);
  if (preset == nullptr) {
    return report_error(k_command, unknown("--regimen", options.regimen, regimens->ids()));
  }
  auto request = build_request(options, *products, *preset);
  if (!request) return report_error(k_command, request.error());

  const domain::DosePlan plan = domain::plan_course(*request);
  if (options.json) {
    std::cout << dose_plan_json(plan, *preset).dump(2) << '\n';
  } else {
    std::cout << dose_plan_text(plan, *preset);
  }
  return plan.refused() ? k_exit_findings : k_exit_success;
}

}  // namespace

void add_dose_command(CLI::App& app, int& status) {
  auto options = std::make_shared<DoseOptions>();
  CLI::App* command = app.add_subcommand(
      "dose", "Plan an IVIG course: dosing weight, dose, vials, infusion rates, warnings");
  command->add_option("--weight", options->weight_kg, "Actual body weight in kg")->required();
  CLI::Option* height = command->add_option("--height", options->height_cm, "Height in cm");
  command->add_option("--sex", options->sex, "M or F (needed for IBW and AdjBW)");
  CLI::Option* age = command->add_option("--age", options->age_years, "Age in years");
  command->add_option("--regimen", options->regimen,
                      "Regimen preset from data/regimens.toml: seed, proderm, dalakas "
                      "(default seed)");
  CLI::Option* days = command->add_option("--days", options->days,
                                          "Days per course (within what the regimen allows)");
  command->add_option("--product", options->product,
                      "Product name or id from the product table (default: the regimen's)");
  command->add_option("--weight-policy", options->weight_policy,
                      "actual, ibw, adjbw or auto (default: the regimen's)");
  command
      ->add_option("--risk", options->risks,
                   "Comma-separated risk factors: age, immobilisation, hypercoagulable, "
                   "prior_thrombosis, oestrogens, cvc, hyperviscosity, cardiovascular, "
                   "dm_itself, renal_insufficiency, diabetes, age_over_65, volume_depletion, "
                   "sepsis, paraproteinaemia, nephrotoxic_drugs, severe_hypersensitivity, "
                   "iga_deficiency_with_antibodies")
      ->delimiter(',');
  command->add_option("--products", options->products_file,
                      "Product table file (default data/products.toml)");
  command->add_flag("--json", options->json, "Print one JSON document");
  command->callback([options, height, age, days, &status] {
    options->has_height = height->count() > 0;
    options->has_age = age->count() > 0;
    options->has_days = days->count() > 0;
    status = run_dose(*options);
  });
}

}  // namespace myoivig::cli
