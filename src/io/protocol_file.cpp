#include "io/protocol_file.hpp"

#include <string>

#include <toml++/toml.h>

#include "io/protocol_design.hpp"
#include "io/toml_reader.hpp"
#include "util/file.hpp"

namespace myoivig::io {
namespace {

using util::Expected;
using TableReader = TomlTableReader;

template <typename T>
Expected<T> with_key(Expected<T> result, const std::string& key) {
  if (!result) return result.error().with_context(key);
  return result;
}

Expected<std::vector<domain::Measure>> measures(TableReader& reader, std::string_view name) {
  MYOIVIG_TRY_ASSIGN(ids, reader.strings(name, false));
  std::vector<domain::Measure> list;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    MYOIVIG_TRY_ASSIGN(measure, with_key(domain::parse_measure(ids[i]),
                                         reader.key(name) + "[" + std::to_string(i) + "]"));
    list.push_back(measure);
  }
  return list;
}

Expected<void> read_study(TableReader& root, domain::Protocol& protocol) {
  MYOIVIG_TRY_ASSIGN(table, root.table("study"));
  TableReader study(*table, "study");
  MYOIVIG_TRY_ASSIGN(id, study.string("id"));
  MYOIVIG_TRY_ASSIGN(title, study.string("title"));
  MYOIVIG_TRY_ASSIGN(version, study.string("version", "1"));
  protocol.id = id;
  protocol.title = title;
  protocol.version = version;
  return study.refuse_unknown();
}

Expected<void> read_exclusions(TableReader& eligibility, domain::EligibilityRules& rules) {
  MYOIVIG_TRY_ASSIGN(items, eligibility.array("exclusions", false));
  if (!items) return {};
  for (std::size_t i = 0; i < items->size(); ++i) {
    const std::string path = "eligibility.exclusions[" + std::to_string(i) + "]";
    const toml::node& node = *items->get(i);
    if (!node.is_table()) return util::invalid_argument(path + ": must be a table");
    TableReader item(*node.as_table(), path);
    domain::Exclusion exclusion;
    MYOIVIG_TRY_ASSIGN(code, item.string("code"));
    MYOIVIG_TRY_ASSIGN(label, item.string("label", code));
    MYOIVIG_TRY_ASSIGN(within, item.optional_integer("within_weeks"));
    exclusion.code = code;
    exclusion.label = label;
    if (within) exclusion.within_weeks = static_cast<int>(*within);
    MYOIVIG_TRY(item.refuse_unknown());
    rules.exclusions.push_back(std::move(exclusion));
  }
  return {};
}

Expected<void> read_steroid_resistance(TableReader& eligibility, domain::EligibilityRules& rules) {
  MYOIVIG_TRY_ASSIGN(table, eligibility.table("steroid_resistance", false));
  if (!table) return {};
  TableReader steroid(*table, "eligibility.steroid_resistance");
  MYOIVIG_TRY_ASSIGN(dose, steroid.number("prednisolone_above_mg_per_day"));
  MYOIVIG_TRY_ASSIGN(weeks, steroid.integer("duration_above_weeks"));
  MYOIVIG_TRY_ASSIGN(points, steroid.integer("mmt_improvement_min_points", 1));
  rules.steroid_resistance =
      domain::SteroidResistanceRule{dose, static_cast<int>(weeks), static_cast<int>(points)};
  return steroid.refuse_unknown();
}

// [eligibility.bohan_peter] and [eligibility.core_set_entry] (domain/entry_rules.hpp).
Expected<void> read_entry_rules(TableReader& eligibility, domain::EligibilityRules& rules) {
  MYOIVIG_TRY_ASSIGN(bohan_table, eligibility.table("bohan_peter", false));
  if (bohan_table) {
    TableReader reader(*bohan_table, "eligibility.bohan_peter");
    MYOIVIG_TRY_ASSIGN(minimum, reader.string("minimum", "probable"));
    if (minimum != "possible" && minimum != "probable" && minimum != "definite") {
      return util::invalid_argument(
          "eligibility.bohan_peter.minimum: must be one of possible, probable, definite, got '" +
          minimum + "'");
    }
    rules.bohan_peter =
        domain::BohanPeterRule{minimum == "possible"   ? domain::BohanPeterCertainty::possible
                               : minimum == "probable" ? domain::BohanPeterCertainty::probable
                                                       : domain::BohanPeterCertainty::definite};
    MYOIVIG_TRY(reader.refuse_unknown());
  }
  MYOIVIG_TRY_ASSIGN(entry_table, eligibility.table("core_set_entry", false));
  if (!entry_table) return {};
  TableReader reader(*entry_table, "eligibility.core_set_entry");
  domain::CoreSetEntryRule entry;
  MYOIVIG_TRY_ASSIGN(week, reader.integer("week"));
  MYOIVIG_TRY_ASSIGN(below, reader.integer("mmt8_below"));
  MYOIVIG_TRY_ASSIGN(others, reader.integer("other_abnormal"));
  MYOIVIG_TRY_ASSIGN(physician, reader.integer("physician_activity_min_mm", 20));
  MYOIVIG_TRY_ASSIGN(patient, reader.integer("patient_activity_min_mm", 20));
  MYOIVIG_TRY_ASSIGN(extramuscular, reader.integer("extramuscular_min_mm", 10));
  MYOIVIG_TRY_ASSIGN(haq_text, reader.string("haq_min", "0.25"));
  auto haq = domain::Rational::parse_decimal(haq_text, 3);
  if (!haq) return haq.error().with_context("eligibility.core_set_entry.haq_min");
  MYOIVIG_TRY(reader.refuse_unknown());
  entry.week = static_cast<int>(week);
  entry.mmt8_below = static_cast<int>(below);
  entry.other_abnormal = static_cast<int>(others);
  entry.physician_activity_min_mm = static_cast<int>(physician);
  entry.patient_activity_min_mm = static_cast<int>(patient);
  entry.extramuscular_min_mm = static_cast<int>(extramuscular);
  entry.haq_min = *haq;
  rules.core_set_entry = entry;
  return {};
}

Expected<void> read_eligibility(TableReader& root, domain::EligibilityRules& rules) {
  MYOIVIG_TRY_ASSIGN(table, root.table("eligibility"));
  TableReader eligibility(*table, "eligibility");
  MYOIVIG_TRY_ASSIGN(diagnoses, eligibility.strings("diagnoses"));
  for (std::size_t i = 0; i < diagnoses.size(); ++i) {
    MYOIVIG_TRY_ASSIGN(diagnosis, with_key(domain::parse_diagnosis(diagnoses[i]),
                                           "eligibility.diagnoses[" + std::to_string(i) + "]"));
    rules.diagnoses.push_back(diagnosis);
  }
  MYOIVIG_TRY_ASSIGN(biopsy, eligibility.boolean("biopsy_required"));
  rules.biopsy_required = biopsy;
  MYOIVIG_TRY(read_steroid_resistance(eligibility, rules));
  MYOIVIG_TRY(read_entry_rules(eligibility, rules));
  MYOIVIG_TRY(read_exclusions(eligibility, rules));
  return eligibility.refuse_unknown();
}

Expected<void> read_regimen(TableReader& root, domain::Protocol& protocol) {
  MYOIVIG_TRY_ASSIGN(table, root.table("regimen"));
  TableReader reader(*table, "regimen");
  domain::Regimen& regimen = protocol.regimen;
  MYOIVIG_TRY_ASSIGN(id, reader.string("id"));
  MYOIVIG_TRY_ASSIGN(description, reader.string("description", ""));
  MYOIVIG_TRY_ASSIGN(dose, reader.number("dose_g_per_kg_per_day"));
  MYOIVIG_TRY_ASSIGN(days, reader.integer("days"));
  MYOIVIG_TRY_ASSIGN(courses, reader.integer("max_courses", 1));
  MYOIVIG_TRY_ASSIGN(interval, reader.optional_integer("interval_weeks"));
  MYOIVIG_TRY_ASSIGN(policy_text, reader.string("weight_policy", "actual"));
  MYOIVIG_TRY_ASSIGN(policy,
                     with_key(domain::parse_weight_policy(policy_text), "regimen.weight_policy"));
  MYOIVIG_TRY_ASSIGN(product, reader.string("product", ""));
  MYOIVIG_TRY_ASSIGN(tolerance, reader.number("dose_tolerance_fraction", 0.10));
  regimen.id = id;
  regimen.description = description;
  regimen.dose_g_per_kg_per_day = dose;
  regimen.days = static_cast<int>(days);
  regimen.max_courses = static_cast<int>(courses);
  if (interval) regimen.interval_weeks = static_cast<int>(*interval);
  regimen.weight_policy = policy;
  regimen.product = product;
  protocol.dose_tolerance_fraction = tolerance;
  return reader.refuse_unknown();
}

Expected<void> read_schedule(TableReader& root, domain::Protocol& protocol) {
  MYOIVIG_TRY_ASSIGN(table, root.table("schedule"));
  TableReader schedule(*table, "schedule");
  MYOIVIG_TRY_ASSIGN(assumption, schedule.string("assumption", ""));
  protocol.schedule_assumption = assumption;
  MYOIVIG_TRY_ASSIGN(visits, schedule.array("visits"));
  for (std::size_t i = 0; i < visits->size(); ++i) {
    const std::string path = "schedule.visits[" + std::to_string(i) + "]";
    const toml::node& node = *visits->get(i);
    if (!node.is_table()) return util::invalid_argument(path + ": must be a table");
    TableReader reader(*node.as_table(), path);
    domain::ScheduledVisit visit;
    MYOIVIG_TRY_ASSIGN(week, reader.integer("week"));
    MYOIVIG_TRY_ASSIGN(before, reader.integer("window_before_days", 0));
    MYOIVIG_TRY_ASSIGN(after, reader.integer("window_after_days", 0));
    MYOIVIG_TRY_ASSIGN(required, measures(reader, "required"));
    visit.week = static_cast<int>(week);
    visit.window_before_days = static_cast<int>(before);
    visit.window_after_days = static_cast<int>(after);
    visit.required = std::move(required);
    MYOIVIG_TRY(reader.refuse_unknown());
    protocol.schedule.push_back(std::move(visit));
  }
  return schedule.refuse_unknown();
}

Expected<void> read_instruments(TableReader& root, domain::Protocol& protocol) {
  MYOIVIG_TRY_ASSIGN(table, root.table("instruments"));
  for (const auto& [name, node] : *table) {
    const std::string path = "instruments." + std::string(name.str());
    MYOIVIG_TRY_ASSIGN(measure, with_key(domain::parse_measure(name.str()), path));
    if (!node.is_table()) return util::invalid_argument(path + ": must be a table");
    TableReader reader(*node.as_table(), path);
    MYOIVIG_TRY_ASSIGN(min, reader.number("min"));
    MYOIVIG_TRY_ASSIGN(max, reader.number("max"));
    MYOIVIG_TRY_ASSIGN(assumption, reader.string("assumption", ""));
    MYOIVIG_TRY(reader.refuse_unknown());
    protocol.instruments.push_back({measure, min, max, assumption});
  }
  return {};
}

Expected<std::optional<domain::ResponsePlan>> read_response(TableReader& analysis) {
  MYOIVIG_TRY_ASSIGN(table, analysis.table("response", false));
  if (!table) return std::optional<domain::ResponsePlan>();
  TableReader reader(*table, "analysis.response");
  domain::ResponsePlan response;
  MYOIVIG_TRY_ASSIGN(population_text, reader.string("population", "adult"));
  MYOIVIG_TRY_ASSIGN(population, with_key(domain::parse_population(population_text),
                                          "analysis.response.population"));
  MYOIVIG_TRY_ASSIGN(mmt_max, reader.integer("mmt_max"));
  MYOIVIG_TRY_ASSIGN(threshold, reader.integer("threshold"));
  MYOIVIG_TRY_ASSIGN(secondary, reader.array("secondary_thresholds", false));
  MYOIVIG_TRY_ASSIGN(without, reader.boolean("without_confirmed_deterioration", true));
  response.population = population;
  response.mmt_max = static_cast<int>(mmt_max);
  response.threshold = static_cast<int>(threshold);
  for (std::size_t i = 0; secondary && i < secondary->size(); ++i) {
    const auto value = secondary->get(i)->value<std::int64_t>();
    if (!value) {
      return util::invalid_argument("analysis.response.secondary_thresholds[" + std::to_string(i) +
                                    "]: must be an integer");
    }
    response.secondary_thresholds.push_back(static_cast<int>(*value));
  }
  response.without_confirmed_deterioration = without;
  MYOIVIG_TRY(reader.refuse_unknown());
  return std::optional(response);
}

Expected<std::optional<domain::SpecialInterest>> read_special_interest(TableReader& analysis) {
  MYOIVIG_TRY_ASSIGN(table, analysis.table("special_interest", false));
  if (!table) return std::optional<domain::SpecialInterest>();
  TableReader reader(*table, "analysis.special_interest");
  MYOIVIG_TRY_ASSIGN(label, reader.string("label"));
  MYOIVIG_TRY_ASSIGN(terms, reader.strings("terms"));
  MYOIVIG_TRY(reader.refuse_unknown());
  return std::optional(domain::SpecialInterest{label, terms});
}

Expected<void> read_analysis(TableReader& root, domain::AnalysisPlan& plan) {
  MYOIVIG_TRY_ASSIGN(table, root.table("analysis"));
  TableReader reader(*table, "analysis");
  MYOIVIG_TRY_ASSIGN(baseline, reader.integer("baseline_week", 0));
  MYOIVIG_TRY_ASSIGN(primary, reader.integer("primary_week"));
  MYOIVIG_TRY_ASSIGN(endpoints, measures(reader, "endpoints"));
  MYOIVIG_TRY_ASSIGN(test, reader.string("primary_test", "signrank"));
  MYOIVIG_TRY_ASSIGN(alpha, reader.number("alpha", 0.05));
  MYOIVIG_TRY_ASSIGN(conf_level, reader.number("conf_level", 0.95));
  MYOIVIG_TRY_ASSIGN(population, reader.string("population", plan.population));
  plan.baseline_week = static_cast<int>(baseline);
  plan.primary_week = static_cast<int>(primary);
  plan.endpoints = std::move(endpoints);
  plan.primary_test = test;
  plan.alpha = alpha;
  plan.conf_level = conf_level;
  plan.population = population;
  MYOIVIG_TRY_ASSIGN(response, read_response(reader));
  plan.response = response;
  MYOIVIG_TRY_ASSIGN(special_interest, read_special_interest(reader));
  plan.special_interest = std::move(special_interest);
  return reader.refuse_unknown();
}

}  // namespace

util::Expected<domain::Protocol> parse_protocol(std::string_view toml_text) {
  toml::table document;
  try {
    document = toml::parse(toml_text);
  } catch (const toml::parse_error& error) {
    return util::invalid_argument("line " + std::to_string(error.source().begin.line) + ": " +
                                  std::string(error.description()));
  }
  TableReader root(document, "");
  domain::Protocol protocol;
  MYOIVIG_TRY(read_study(root, protocol));
  MYOIVIG_TRY_ASSIGN(design, read_design(root));
  protocol.design = std::move(design);
  MYOIVIG_TRY(read_eligibility(root, protocol.eligibility));
  MYOIVIG_TRY(read_regimen(root, protocol));
  MYOIVIG_TRY(read_schedule(root, protocol));
  MYOIVIG_TRY(read_instruments(root, protocol));
  MYOIVIG_TRY(read_analysis(root, protocol.analysis));
  MYOIVIG_TRY(root.refuse_unknown());
  MYOIVIG_TRY(domain::validate(protocol));
  return protocol;
}

util::Expected<domain::Protocol> read_protocol_file(const std::filesystem::path& path) {
  MYOIVIG_TRY_ASSIGN(text, util::read_file(path));
  auto protocol = parse_protocol(text);
  if (!protocol) return protocol.error().with_context(path.string());
  return protocol;
}

}  // namespace myoivig::io
