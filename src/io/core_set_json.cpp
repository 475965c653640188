#include "io/core_set_json.hpp"

#include <array>
#include <cmath>

#include "io/json_fields.hpp"

namespace myoivig::io {
namespace {

using nlohmann::json;

// HAQ-DI denominators other than 8 (6 or 7 answered categories), for values written to
// full precision.
constexpr std::array<int, 2> k_haq_other_denominators{6, 7};
constexpr double k_haq_snap_tolerance = 1e-9;

util::Expected<domain::Rational> haq_value(const json& value, const std::string& path) {
  auto exact = exact_number(value, path);
  if (exact || !value.is_number_float()) return exact;
  const double number_value = value.get<double>();
  for (int denominator : k_haq_other_denominators) {
    const double scaled = number_value * denominator;
    if (std::fabs(scaled - std::round(scaled)) < k_haq_snap_tolerance) {
      return domain::Rational::fraction(static_cast<std::int64_t>(std::round(scaled)), denominator);
    }
  }
  return util::invalid_argument(
      exact.error().message +
      " (a HAQ-DI is a multiple of 1/8, or of 1/7 or 1/6 with 7 or 6 categories answered)");
}

util::Expected<std::optional<domain::Rational>> optional_exact(const json& visit,
                                                               const std::string& path,
                                                               std::string_view key) {
  const json* value = member(visit, key);
  if (value == nullptr) return std::optional<domain::Rational>();
  MYOIVIG_TRY_ASSIGN(exact, exact_number(*value, json_path(path, key)));
  return std::optional<domain::Rational>(exact);
}

util::Expected<std::vector<domain::EnzymeValue>> read_enzymes(const json& list,
                                                              const std::string& path) {
  if (!list.is_array()) {
    return util::invalid_argument(path + ": must be a list of {\"name\", \"value\", \"uln\"}");
  }
  std::vector<domain::EnzymeValue> enzymes;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string where = json_path(path, i);
    MYOIVIG_TRY(check_object(list[i], where, {"name", "value", "uln"}));
    domain::EnzymeValue enzyme;
    for (std::string_view key : {"name", "value", "uln"}) {
      if (member(list[i], key) == nullptr) {
        return util::invalid_argument(json_path(where, key) +
                                      ": missing (an enzyme needs its "
                                      "name, value and uln in U/l)");
      }
    }
    MYOIVIG_TRY_ASSIGN(name, text(list[i]["name"], json_path(where, "name")));
    MYOIVIG_TRY_ASSIGN(value, exact_number(list[i]["value"], json_path(where, "value")));
    MYOIVIG_TRY_ASSIGN(uln, exact_number(list[i]["uln"], json_path(where, "uln")));
    enzymes.push_back({std::move(name), value, uln});
  }
  return enzymes;
}

util::Expected<domain::TisSettings> read_rules(const json& document) {
  domain::TisSettings settings;
  const json* rules = member(document, "percent_change_rules");
  if (rules == nullptr) return settings;
  const std::string path = "percent_change_rules";
  MYOIVIG_TRY(check_object(
      *rules, path,
      {"physician_global", "patient_global", "mmt", "haq", "enzymes", "extramuscular"}));
  for (const auto& [key, value] : rules->items()) {
    MYOIVIG_TRY_ASSIGN(name, text(value, json_path(path, key)));
    auto rule = domain::parse_change_rule(name);
    if (!rule) return rule.error().with_context(json_path(path, key));
    settings.set_rule(*domain::parse_core_measure(key), *rule);
  }
  return settings;
}

}  // namespace

util::Expected<domain::CoreSet> read_core_set(const json& visit, const std::string& path) {
  MYOIVIG_TRY(check_object(
      visit, path,
      {"physician_global", "patient_global", "mmt", "haq", "enzymes", "extramuscular"}));
  domain::CoreSet set;
  MYOIVIG_TRY_ASSIGN(physician, optional_exact(visit, path, "physician_global"));
  MYOIVIG_TRY_ASSIGN(patient, optional_exact(visit, path, "patient_global"));
  MYOIVIG_TRY_ASSIGN(extramuscular, optional_exact(visit, path, "extramuscular"));
  set.physician_global_cm = physician;
  set.patient_global_cm = patient;
  set.extramuscular_cm = extramuscular;
  if (const json* mmt = member(visit, "mmt")) {
    MYOIVIG_TRY_ASSIGN(points, whole_number(*mmt, json_path(path, "mmt")));
    set.mmt = points;
  }
  if (const json* haq = member(visit, "haq")) {
    MYOIVIG_TRY_ASSIGN(index, haq_value(*haq, json_path(path, "haq")));
    set.haq = index;
  }
  if (const json* enzymes = member(visit, "enzymes")) {
    MYOIVIG_TRY_ASSIGN(list, read_enzymes(*enzymes, json_path(path, "enzymes")));
    set.enzymes = std::move(list);
  }
  return set;
}

util::Expected<ResponseDocument> read_response_document(const json& document) {
  MYOIVIG_TRY(check_object(
      document, "",
      {"population", "mmt_max", "baseline", "followup", "percent_change_rules", "description"}));
  for (std::string_view key : {"population", "mmt_max", "baseline", "followup"}) {
    if (member(document, key) == nullptr) {
      return util::invalid_argument(std::string(key) +
                                    ": missing (a TIS or DOI document has "
                                    "population, mmt_max, baseline and "
                                    "followup)");
    }
  }
  ResponseDocument result;
  MYOIVIG_TRY_ASSIGN(population_text, text(document["population"], "population"));
  auto population = domain::parse_population(population_text);
  if (!population) return population.error().with_context("population");
  result.input.population = *population;
  MYOIVIG_TRY_ASSIGN(mmt_max, whole_number(document["mmt_max"], "mmt_max"));
  MYOIVIG_TRY(domain::check_mmt_maximum(mmt_max));
  result.input.mmt_max = mmt_max;
  MYOIVIG_TRY_ASSIGN(baseline, read_core_set(document["baseline"], "baseline"));
  MYOIVIG_TRY_ASSIGN(followup, read_core_set(document["followup"], "followup"));
  result.input.baseline = std::move(baseline);
  result.input.followup = std::move(followup);
  MYOIVIG_TRY(domain::validate_core_set(result.input.baseline, mmt_max, "baseline."));
  MYOIVIG_TRY(domain::validate_core_set(result.input.followup, mmt_max, "followup."));
  MYOIVIG_TRY_ASSIGN(settings, read_rules(document));
  result.tis_settings = settings;
  return result;
}

util::Expected<void> require_measures(const domain::ResponseInput& input,
                                      std::span<const domain::CoreMeasure> measures,
                                      std::string_view why) {
  for (const auto& [visit, name] :
       {std::pair{&input.baseline, "baseline"}, std::pair{&input.followup, "followup"}}) {
    for (domain::CoreMeasure measure : measures) {
      if (!domain::has(*visit, measure)) {
        return util::invalid_argument(std::string(name) + "." + std::string(domain::code(measure)) +
                                      ": missing; " + std::string(why));
      }
    }
  }
  return {};
}

}  // namespace myoivig::io
