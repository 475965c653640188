#include "cli/score_text.hpp"

#include <cstdio>
#include <sstream>

#include <fmt/format.h>

#include "util/strings.hpp"

namespace myoivig::cli {
namespace {

constexpr int k_most_decimals_shown = 3;

// An exact value as it is ("1.125", "55"); one without a short decimal approximately
// ("~33.333", "~1.429").
std::string shown(const domain::Rational& value) {
  const std::string exact = value.to_string();
  const std::size_t point = exact.find('.');
  const bool short_decimal =
      exact.find('/') == std::string::npos &&
      (point == std::string::npos || exact.size() - point - 1 <= k_most_decimals_shown);
  if (short_decimal) return exact;
  std::string rounded = fmt::format("{:.3f}", value.to_double());
  while (rounded.back() == '0') rounded.pop_back();
  if (rounded.back() == '.') rounded.pop_back();
  return "~" + rounded;
}

std::string unit_of(domain::CoreMeasure measure) {
  switch (measure) {
    case domain::CoreMeasure::physician_global:
    case domain::CoreMeasure::patient_global:
    case domain::CoreMeasure::extramuscular:
      return " cm";
    case domain::CoreMeasure::enzymes:
      return " U/l";
    case domain::CoreMeasure::mmt:
    case domain::CoreMeasure::haq:
      break;
  }
  return "";
}

std::string value_text(const std::optional<domain::Rational>& value, domain::CoreMeasure measure) {
  if (!value) return "-";
  return shown(*value) + unit_of(measure);
}

std::string percent_text(const std::optional<domain::Rational>& percent) {
  if (!percent) return "-";
  return (percent->sign() > 0 ? "+" : "") + shown(*percent) + " %";
}

std::string measure_label(domain::CoreMeasure measure, const std::string& enzyme,
                          const domain::ResponseInput& input) {
  std::string label(domain::label(measure));
  if (measure == domain::CoreMeasure::enzymes && !enzyme.empty()) label += " (" + enzyme + ")";
  if (measure == domain::CoreMeasure::mmt) label += " 0-" + std::to_string(input.mmt_max);
  return label;
}

std::string names(const std::vector<domain::CoreMeasure>& measures) {
  std::vector<std::string> codes;
  for (domain::CoreMeasure measure : measures) codes.emplace_back(domain::code(measure));
  return codes.empty() ? "none" : util::join(codes, ", ");
}

std::string class_label(domain::IimClass value) {
  return value == domain::IimClass::not_iim ? "not IIM" : std::string(domain::code(value)) + " IIM";
}

std::string subclass_label(domain::IimSubclass value) {
  switch (value) {
    case domain::IimSubclass::juvenile_dm:
      return "juvenile dermatomyositis";
    case domain::IimSubclass::amyopathic_dm:
      return "amyopathic dermatomyositis";
    case domain::IimSubclass::dm:
      return "dermatomyositis";
    case domain::IimSubclass::ibm:
      return "inclusion body myositis";
    case domain::IimSubclass::pm:
      break;
  }
  return "polymyositis (includes immune-mediated necrotising myopathy)";
}

std::string listed(const std::vector<std::string>& items) {
  return items.empty() ? "none" : util::join(items, ", ");
}

}  // namespace

std::string tis_text(const domain::TotalImprovementScore& score, const domain::ResponseInput& input,
                     const domain::TisSettings& settings) {
  std::ostringstream out;
  const auto thresholds = domain::tis_thresholds(score.population);
  out << "ACR/EULAR Total Improvement Score (" << domain::code(score.population) << "): ";
  if (score.tis) {
    out << shown(*score.tis) << (score.partial ? " PARTIAL" : "") << " - "
        << (*score.category == domain::TisCategory::none ? "no" : domain::code(*score.category))
        << " improvement\n";
  } else {
    out << "not computable\n";
  }
  out << fmt::format("  thresholds: minimal >= {}, moderate >= {}, major >= {}\n", thresholds[0],
                     thresholds[1], thresholds[2]);
  out << fmt::format("\n  {:<36}{:>11}{:>11}{:>12}  {:<22}{:>6}\n", "measure", "baseline",
                     "follow-up", "change", "rule", "points");
  for (const domain::TisMeasure& measure : score.measures) {
    const auto pair = domain::pair_of(measure.measure, input.baseline, input.followup);
    out << fmt::format("  {:<36}{:>11}{:>11}{:>12}  {:<22}{:>6}\n",
                       measure_label(measure.measure, pair.enzyme, input),
                       value_text(pair.baseline, measure.measure),
                       value_text(pair.followup, measure.measure),
                       percent_text(measure.percent_change),
                       domain::code(settings.rule(measure.measure)), shown(measure.points));
    if (!measure.present || !measure.percent_change) {
      out << "      " << measure.note << '\n';
    }
  }
  if (score.partial) {
    out << "\n  PARTIAL score: " << names(score.missing)
        << " missing and scored 0 (asked for with --partial)\n";
  } else if (!score.tis) {
    bool required = false;
    for (domain::CoreMeasure measure : score.missing) {
      required = required || domain::required_for_tis(measure);
    }
    out << "\n  Missing: " << names(score.missing) << ". "
        << (required ? "Physician global activity and MMT are required for any TIS.\n"
                     : "A partial score (missing measures scored 0, labelled) needs --partial.\n");
  }
  out << "\n  Change = improvement (+ better); bounds exact: 5 % scores 0, just above scores the "
         "next column.\n";
  return out.str();
}

std::string doi_text(const domain::DefinitionOfImprovement& doi, const domain::ResponseInput& input,
                     const domain::DoiSettings& settings) {
  std::ostringstream out;
  out << "IMACS definition of improvement: "
      << (!doi.improved   ? "not computable (MMT missing)"
          : *doi.improved ? "improved"
                          : "not improved")
      << '\n';
  out << fmt::format(
      "  rule: >= {} of 6 measures improved by >= {} %, at most {} worsened by >= "
      "{} %, MMT not worsened ({})\n",
      domain::k_doi_min_improved, domain::k_doi_improved_percent, domain::k_doi_max_worsened,
      domain::k_doi_worsened_percent, domain::code(settings.rule));
  out << fmt::format("\n  {:<36}{:>11}{:>11}{:>12}  {}\n", "measure", "baseline", "follow-up",
                     "change", "counts as");
  for (const domain::DoiMeasure& measure : doi.measures) {
    const auto pair = domain::pair_of(measure.measure, input.baseline, input.followup);
    const char* verdict = !measure.present          ? "missing"
                          : !measure.percent_change ? "undefined (baseline 0)"
                          : measure.improved        ? "improved"
                          : measure.worsened        ? "worsened"
                                                    : "-";
    out << fmt::format(
        "  {:<36}{:>11}{:>11}{:>12}  {}\n", measure_label(measure.measure, pair.enzyme, input),
        value_text(pair.baseline, measure.measure), value_text(pair.followup, measure.measure),
        percent_text(measure.percent_change), verdict);
  }
  out << "\n  improved: " << names(doi.improved_measures)
      << "\n  worsened: " << names(doi.worsened_measures) << '\n';
  return out.str();
}

std::string haq_text(const domain::HaqResult& result) {
  std::ostringstream out;
  out << "HAQ-DI: ";
  if (result.haq_di) {
    out << shown(*result.haq_di);
    if (result.haq_di->to_string().find('/') != std::string::npos) {
      out << " (" << result.haq_di->to_string() << ")";
    }
  } else {
    out << "not computed (fewer than 6 categories answered)";
  }
  out << ", " << result.answered << " of 8 categories answered\n";
  for (const domain::HaqCategoryScore& category : result.categories) {
    out << fmt::format("  {:<12}", domain::code(category.category));
    if (!category.score) {
      out << "unanswered\n";
      continue;
    }
    out << *category.score;
    if (category.raised_by_aids_or_help) {
      out << "  (highest item " << category.highest_item << ", raised to 2: aids or help)";
    }
    out << '\n';
  }
  return out.str();
}

std::string mmt8_text(const domain::Mmt8Total& unilateral, const domain::Mmt8Total& bilateral) {
  std::ostringstream out;
  for (const auto* total : {&unilateral, &bilateral}) {
    out << (total == &unilateral ? "MMT-8 unilateral" : "MMT-8 bilateral") << " (0-"
        << total->maximum << "): ";
    if (total->total) {
      out << *total->total << '\n';
    } else {
      out << "not computed (no proration)\n";
    }
    if (!total->missing.empty()) out << "  missing: " << listed(total->missing) << '\n';
    if (!total->not_testable.empty()) {
      out << "  not testable: " << listed(total->not_testable) << '\n';
    }
    if (!total->left_for_right.empty()) {
      out << "  scored on the left (right not testable): " << listed(total->left_for_right) << '\n';
    }
  }
  return out.str();
}

std::string classification_text(const domain::Classification2017& result,
                                const domain::BohanPeter& bohan_peter) {
  std::ostringstream out;
  out << "EULAR/ACR 2017 classification (" << (result.with_biopsy ? "with" : "without")
      << " muscle biopsy)\n";
  out << fmt::format("  score {:.1f}, probability {:.1f} %\n", result.score(),
                     result.probability * 100);
  const domain::ClassRule other = result.rule == domain::ClassRule::probability
                                      ? domain::ClassRule::published_score_cutoffs
                                      : domain::ClassRule::probability;
  out << "  class: " << class_label(result.iim_class) << " (rule " << domain::code(result.rule)
      << "; " << domain::code(other) << " gives " << class_label(result.class_by_other_rule)
      << ")\n";
  if (result.biopsy_features_needed) {
    out << "  without heliotrope rash, Gottron's papules or Gottron's sign, biopsy features are "
           "needed to classify as IIM\n";
  }
  out << "  subclass: " << (result.subclass ? subclass_label(*result.subclass) : "-") << '\n';
  out << "  items counted:\n";
  for (const std::string& item : result.items) out << "    " << item << '\n';
  out << "Bohan and Peter 1975: ";
  if (bohan_peter.diagnosis == domain::BohanPeterDiagnosis::none) {
    out << "criteria not met";
  } else {
    out << domain::code(bohan_peter.certainty) << ' '
        << (bohan_peter.diagnosis == domain::BohanPeterDiagnosis::dm ? "DM" : "PM");
  }
  out << " (" << bohan_peter.criteria_1_to_4 << " of criteria 1-4)\n";
  return out.str();
}

}  // namespace myoivig::cli
