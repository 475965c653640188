#include "domain/classification_2017.hpp"

#include <array>
#include <cmath>

#include "domain/rule_outcome.hpp"
#include "util/enum_names.hpp"

namespace myoivig::domain {
namespace {

constexpr util::EnumNames<IimClass, 4> k_classes{{
    {IimClass::not_iim, "not_iim"},
    {IimClass::possible, "possible"},
    {IimClass::probable, "probable"},
    {IimClass::definite, "definite"},
}};
constexpr util::EnumNames<IimSubclass, 5> k_subclasses{{
    {IimSubclass::juvenile_dm, "juvenile_dm"},
    {IimSubclass::amyopathic_dm, "amyopathic_dm"},
    {IimSubclass::dm, "dm"},
    {IimSubclass::ibm, "ibm"},
    {IimSubclass::pm, "pm"},
}};
constexpr util::EnumNames<ClassRule, 2> k_rules{{
    {ClassRule::probability, "probability"},
    {ClassRule::published_score_cutoffs, "published_score_cutoffs"},
}};

// A weight in tenths of a point: {without biopsy, with biopsy}.
struct Weight {
  std::string_view item;
  int without_biopsy;
  int with_biopsy;
};

constexpr Weight k_age_18_to_40{"age at onset >= 18 and < 40", 13, 15};
constexpr Weight k_age_40{"age at onset >= 40", 21, 22};
constexpr Weight k_upper{"symmetric proximal weakness, upper extremities", 7, 7};
constexpr Weight k_lower{"symmetric proximal weakness, lower extremities", 8, 5};
constexpr Weight k_neck{"neck flexors weaker than neck extensors", 19, 16};
constexpr Weight k_legs{"legs: proximal weaker than distal", 9, 12};
constexpr Weight k_heliotrope{"heliotrope rash", 31, 32};
constexpr Weight k_papules{"Gottron's papules", 21, 27};
constexpr Weight k_sign{"Gottron's sign", 33, 37};
constexpr Weight k_dysphagia{"dysphagia or oesophageal dysmotility", 7, 6};
constexpr Weight k_jo1{"anti-Jo-1 positive", 39, 38};
constexpr Weight k_enzymes{"CK or LDH or AST or ALT above ULN", 13, 14};
constexpr Weight k_endomysial{"biopsy: endomysial infiltrate surrounding, not invading, fibres", 0,
                              17};
constexpr Weight k_perimysial{"biopsy: perimysial and/or perivascular infiltrate", 0, 12};
constexpr Weight k_perifascicular{"biopsy: perifascicular atrophy", 0, 19};
constexpr Weight k_vacuoles{"biopsy: rimmed vacuoles", 0, 31};

constexpr double k_adult_age = 18;
constexpr double k_older_age = 40;
constexpr double k_max_age = 120;
// Logistic intercepts [adopted]: P = 1 / (1 + exp(intercept - score)).
constexpr double k_intercept_without_biopsy = 5.33;
constexpr double k_intercept_with_biopsy = 6.49;
// Probability thresholds of possible, probable, definite.
constexpr std::array<double, 3> k_probability_cutoffs{0.50, 0.55, 0.90};
// Published score cut-offs of possible, probable, definite, in tenths.
constexpr std::array<int, 3> k_score_cutoffs_without_biopsy{53, 55, 75};
constexpr std::array<int, 3> k_score_cutoffs_with_biopsy{65, 67, 87};

IimClass class_from(bool possible, bool probable, bool definite) {
  if (definite) return IimClass::definite;
  if (probable) return IimClass::probable;
  if (possible) return IimClass::possible;
  return IimClass::not_iim;
}

IimClass class_by(ClassRule rule, int score_tenths, double probability, bool with_biopsy) {
  if (rule == ClassRule::probability) {
    return class_from(probability >= k_probability_cutoffs[0],
                      probability >= k_probability_cutoffs[1],
                      probability >= k_probability_cutoffs[2]);
  }
  const std::array<int, 3>& cutoffs =
      with_biopsy ? k_score_cutoffs_with_biopsy : k_score_cutoffs_without_biopsy;
  return class_from(score_tenths >= cutoffs[0], score_tenths >= cutoffs[1],
                    score_tenths >= cutoffs[2]);
}

bool any_skin_sign(const ClassificationFindings& findings) {
  return findings.heliotrope_rash || findings.gottron_papules || findings.gottron_sign;
}

bool any_biopsy_feature(const std::optional<BiopsyFindings>& biopsy) {
  return biopsy &&
         (biopsy->endomysial_infiltrate || biopsy->perimysial_or_perivascular_infiltrate ||
          biopsy->perifascicular_atrophy || biopsy->rimmed_vacuoles);
}

IimSubclass subclass_of(const ClassificationFindings& findings) {
  const bool skin = any_skin_sign(findings);
  if (findings.age_at_onset_years < k_adult_age && skin) return IimSubclass::juvenile_dm;
  if (skin) {
    const bool weakness = findings.weakness_proximal_upper || findings.weakness_proximal_lower;
    return weakness ? IimSubclass::dm : IimSubclass::amyopathic_dm;
  }
  const bool vacuoles = findings.biopsy && findings.biopsy->rimmed_vacuoles;
  if (vacuoles || (findings.finger_flexor_weakness && findings.no_treatment_response)) {
    return IimSubclass::ibm;
  }
  return IimSubclass::pm;
}

}  // namespace

std::string_view code(IimClass value) {
  return util::name_of(k_classes, value);
}
std::string_view code(IimSubclass value) {
  return util::name_of(k_subclasses, value);
}
std::string_view code(ClassRule rule) {
  return util::name_of(k_rules, rule);
}
util::Expected<ClassRule> parse_class_rule(std::string_view text) {
  return util::value_of(k_rules, text);
}

util::Expected<Classification2017> classify_2017(const ClassificationFindings& findings,
                                                 ClassRule rule) {
  const double age = findings.age_at_onset_years;
  if (!(age >= 0 && age <= k_max_age)) {
    return util::invalid_argument("age_at_onset_years: " + format_number(age) +
                                  " is outside 0-120 years");
  }
  Classification2017 result;
  result.with_biopsy = findings.biopsy.has_value();
  result.rule = rule;
  const auto count = [&](bool present, const Weight& weight) {
    if (!present) return;
    const int tenths = result.with_biopsy ? weight.with_biopsy : weight.without_biopsy;
    result.score_tenths += tenths;
    result.items.push_back(std::string(weight.item) + " " + format_number(tenths / 10.0));
  };
  count(age >= k_adult_age && age < k_older_age, k_age_18_to_40);
  count(age >= k_older_age, k_age_40);
  count(findings.weakness_proximal_upper, k_upper);
  count(findings.weakness_proximal_lower, k_lower);
  count(findings.neck_flexors_weaker_than_extensors, k_neck);
  count(findings.legs_proximal_weaker_than_distal, k_legs);
  count(findings.heliotrope_rash, k_heliotrope);
  count(findings.gottron_papules, k_papules);
  count(findings.gottron_sign, k_sign);
  count(findings.dysphagia_or_oesophageal_dysmotility, k_dysphagia);
  count(findings.anti_jo1, k_jo1);
  count(findings.enzymes_above_uln, k_enzymes);
  if (findings.biopsy) {
    count(findings.biopsy->endomysial_infiltrate, k_endomysial);
    count(findings.biopsy->perimysial_or_perivascular_infiltrate, k_perimysial);
    count(findings.biopsy->perifascicular_atrophy, k_perifascicular);
    count(findings.biopsy->rimmed_vacuoles, k_vacuoles);
  }
  const double intercept =
      result.with_biopsy ? k_intercept_with_biopsy : k_intercept_without_biopsy;
  result.probability = 1.0 / (1.0 + std::exp(intercept - result.score()));

  const ClassRule other =
      rule == ClassRule::probability ? ClassRule::published_score_cutoffs : ClassRule::probability;
  result.iim_class = class_by(rule, result.score_tenths, result.probability, result.with_biopsy);
  result.class_by_other_rule =
      class_by(other, result.score_tenths, result.probability, result.with_biopsy);
  if (!any_skin_sign(findings) && !any_biopsy_feature(findings.biopsy)) {
    result.biopsy_features_needed = result.iim_class != IimClass::not_iim;
    result.iim_class = IimClass::not_iim;
    result.class_by_other_rule = IimClass::not_iim;
  }
  if (result.iim_class != IimClass::not_iim) result.subclass = subclass_of(findings);
  return result;
}

}  // namespace myoivig::domain
