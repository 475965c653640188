#include "io/score_json.hpp"

#include <optional>
#include <vector>

namespace myoivig::io {
namespace {

using nlohmann::ordered_json;

ordered_json number(const domain::Rational& value) {
  if (value.is_integer()) return value.numerator();
  return value.to_double();
}

ordered_json number(const std::optional<domain::Rational>& value) {
  if (!value) return nullptr;
  return number(*value);
}

ordered_json measure_names(const std::vector<domain::CoreMeasure>& measures) {
  ordered_json names = ordered_json::array();
  for (domain::CoreMeasure measure : measures) names.push_back(domain::code(measure));
  return names;
}

ordered_json enzyme_name(const std::string& name) {
  if (name.empty()) return nullptr;
  return name;
}

ordered_json total_json(const domain::Mmt8Total& total) {
  return ordered_json{
      {"total", total.total ? ordered_json(*total.total) : nullptr},
      {"maximum", total.maximum},
      {"computed", total.computed()},
      {"missing", total.missing},
      {"not_testable", total.not_testable},
  };
}

}  // namespace

ordered_json tis_json(const domain::TotalImprovementScore& score,
                      const domain::TisSettings& settings) {
  ordered_json points = ordered_json::object();
  ordered_json percent = ordered_json::object();
  ordered_json rules = ordered_json::object();
  ordered_json notes = ordered_json::object();
  for (const domain::TisMeasure& measure : score.measures) {
    const std::string key(domain::code(measure.measure));
    points[key] = number(measure.points);
    percent[key] = number(measure.percent_change);
    rules[key] = domain::code(settings.rule(measure.measure));
    if (!measure.note.empty()) notes[key] = measure.note;
  }
  const auto thresholds = domain::tis_thresholds(score.population);
  return ordered_json{
      {"tis", number(score.tis)},
      {"category", score.category ? ordered_json(domain::code(*score.category)) : nullptr},
      {"points", points},
      {"percent_change", percent},
      {"computable", score.computable()},
      {"missing", measure_names(score.missing)},
      {"partial", score.partial},
      {"population", domain::code(score.population)},
      {"thresholds",
       {{"minimal", thresholds[0]}, {"moderate", thresholds[1]}, {"major", thresholds[2]}}},
      {"enzyme", enzyme_name(score.enzyme)},
      {"percent_change_rules", rules},
      {"notes", notes},
  };
}

ordered_json doi_json(const domain::DefinitionOfImprovement& doi,
                      const domain::DoiSettings& settings) {
  ordered_json percent = ordered_json::object();
  for (const domain::DoiMeasure& measure : doi.measures) {
    percent[std::string(domain::code(measure.measure))] = number(measure.percent_change);
  }
  return ordered_json{
      {"improved", doi.improved ? ordered_json(*doi.improved) : nullptr},
      {"improved_measures", measure_names(doi.improved_measures)},
      {"worsened_measures", measure_names(doi.worsened_measures)},
      {"undefined_measures", measure_names(doi.undefined_measures)},
      {"missing_measures", measure_names(doi.missing_measures)},
      {"percent_change", percent},
      {"enzyme", enzyme_name(doi.enzyme)},
      {"percent_change_rule", domain::code(settings.rule)},
  };
}

ordered_json classification_json(const domain::Classification2017& result,
                                 const domain::BohanPeter& bohan_peter) {
  return ordered_json{
      {"score", number(domain::Rational::fraction(result.score_tenths, 10))},
      {"probability", result.probability},
      {"class", domain::code(result.iim_class)},
      {"subclass", result.subclass ? ordered_json(domain::code(*result.subclass)) : nullptr},
      {"with_biopsy", result.with_biopsy},
      {"class_rule", domain::code(result.rule)},
      {"class_by_other_rule", domain::code(result.class_by_other_rule)},
      {"biopsy_features_needed", result.biopsy_features_needed},
      {"items", result.items},
      {"bohan_peter",
       {{"diagnosis", domain::code(bohan_peter.diagnosis)},
        {"certainty", domain::code(bohan_peter.certainty)},
        {"criteria_1_to_4", bohan_peter.criteria_1_to_4}}},
  };
}

ordered_json haq_json(const domain::HaqResult& result) {
  ordered_json categories = ordered_json::object();
  for (const domain::HaqCategoryScore& category : result.categories) {
    categories[std::string(domain::code(category.category))] = {
        {"score", category.score ? ordered_json(*category.score) : nullptr},
        {"raised_by_aids_or_help", category.raised_by_aids_or_help},
    };
  }
  return ordered_json{
      {"haq_di", number(result.haq_di)},
      {"haq_di_exact", result.haq_di ? ordered_json(result.haq_di->to_string()) : nullptr},
      {"computed", result.computed()},
      {"answered_categories", result.answered},
      {"categories", categories},
  };
}

ordered_json mmt8_json(const domain::Mmt8Total& unilateral, const domain::Mmt8Total& bilateral) {
  ordered_json left = total_json(unilateral);
  left["left_for_right"] = unilateral.left_for_right;
  return ordered_json{{"unilateral", left}, {"bilateral", total_json(bilateral)}};
}

}  // namespace myoivig::io
