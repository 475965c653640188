#include "domain/core_set.hpp"

#include "util/enum_names.hpp"
#include "util/strings.hpp"

namespace myoivig::domain {
namespace {

constexpr util::EnumNames<CoreMeasure, 6> k_codes{{
    {CoreMeasure::physician_global, "physician_global"},
    {CoreMeasure::patient_global, "patient_global"},
    {CoreMeasure::mmt, "mmt"},
    {CoreMeasure::haq, "haq"},
    {CoreMeasure::enzymes, "enzymes"},
    {CoreMeasure::extramuscular, "extramuscular"},
}};

constexpr util::EnumNames<CoreMeasure, 6> k_labels{{
    {CoreMeasure::physician_global, "physician global activity"},
    {CoreMeasure::patient_global, "patient global activity"},
    {CoreMeasure::mmt, "muscle strength (MMT)"},
    {CoreMeasure::haq, "physical function (HAQ)"},
    {CoreMeasure::enzymes, "muscle enzymes"},
    {CoreMeasure::extramuscular, "extramuscular activity"},
}};

util::Error out_of_range(const std::string& field, const std::string& value_text,
                         const std::string& rule) {
  return util::invalid_argument(field + ": " + value_text + " " + rule);
}

// 0 <= value <= maximum, or "<field>: <value><unit> is outside 0-<maximum><unit>".
util::Expected<void> check_between_zero_and(const std::string& field, const Rational& value,
                                            int maximum, std::string_view unit) {
  if (value < 0 || value > maximum) {
    return out_of_range(field, value.to_string() + std::string(unit),
                        "is outside 0-" + std::to_string(maximum) + std::string(unit));
  }
  return {};
}

util::Expected<void> check_enzymes(const std::vector<EnzymeValue>& enzymes,
                                   const std::string& prefix) {
  for (std::size_t i = 0; i < enzymes.size(); ++i) {
    const EnzymeValue& enzyme = enzymes[i];
    const std::string field = prefix + "enzymes[" + std::to_string(i) + "]";
    if (util::trim(enzyme.name).empty()) {
      return util::invalid_argument(field +
                                    ".name: must name the enzyme (CK, aldolase, LDH, "
                                    "ALT, AST), got an empty name");
    }
    for (std::size_t j = 0; j < i; ++j) {
      if (util::to_lower(enzymes[j].name) == util::to_lower(enzyme.name)) {
        return util::invalid_argument(field + ".name: '" + enzyme.name +
                                      "' is listed twice at one visit");
      }
    }
    if (enzyme.value < 0 || enzyme.value > k_max_enzyme_u_per_l) {
      return out_of_range(field + ".value", enzyme.value.to_string() + " U/l",
                          "is outside 0-" + std::to_string(k_max_enzyme_u_per_l) + " U/l");
    }
    if (enzyme.uln <= 0 || enzyme.uln > k_max_enzyme_u_per_l) {
      return out_of_range(field + ".uln", enzyme.uln.to_string() + " U/l",
                          "must be above 0 and at most " + std::to_string(k_max_enzyme_u_per_l) +
                              " U/l (the upper limit of normal)");
    }
  }
  return {};
}

}  // namespace

std::string_view code(CoreMeasure measure) {
  return util::name_of(k_codes, measure);
}
std::string_view label(CoreMeasure measure) {
  return util::name_of(k_labels, measure);
}
util::Expected<CoreMeasure> parse_core_measure(std::string_view text) {
  return util::value_of(k_codes, text);
}
Better better(CoreMeasure measure) {
  return measure == CoreMeasure::mmt ? Better::higher : Better::lower;
}

bool has(const CoreSet& visit, CoreMeasure measure) {
  if (measure == CoreMeasure::enzymes) return !visit.enzymes.empty();
  return value_of(visit, measure).has_value();
}

std::optional<Rational> value_of(const CoreSet& visit, CoreMeasure measure) {
  switch (measure) {
    case CoreMeasure::physician_global:
      return visit.physician_global_cm;
    case CoreMeasure::patient_global:
      return visit.patient_global_cm;
    case CoreMeasure::mmt:
      if (!visit.mmt) return std::nullopt;
      return Rational(*visit.mmt);
    case CoreMeasure::haq:
      return visit.haq;
    case CoreMeasure::extramuscular:
      return visit.extramuscular_cm;
    case CoreMeasure::enzymes:
      break;
  }
  return std::nullopt;
}

std::optional<Rational> range_of(CoreMeasure measure, int mmt_max) {
  switch (measure) {
    case CoreMeasure::physician_global:
    case CoreMeasure::patient_global:
    case CoreMeasure::extramuscular:
      return Rational(k_vas_range_cm);
    case CoreMeasure::haq:
      return Rational(k_haq_range);
    case CoreMeasure::mmt:
      return Rational(mmt_max);
    case CoreMeasure::enzymes:
      break;
  }
  return std::nullopt;
}

const EnzymeValue* most_abnormal_enzyme(const CoreSet& visit) {
  const EnzymeValue* most = nullptr;
  for (const EnzymeValue& enzyme : visit.enzymes) {
    if (enzyme.uln <= 0) continue;  // unvalidated input: no ratio
    if (most == nullptr || enzyme.value / enzyme.uln > most->value / most->uln) most = &enzyme;
  }
  return most;
}

const EnzymeValue* find_enzyme(const CoreSet& visit, std::string_view name) {
  const std::string wanted = util::to_lower(name);
  for (const EnzymeValue& enzyme : visit.enzymes) {
    if (util::to_lower(enzyme.name) == wanted) return &enzyme;
  }
  return nullptr;
}

std::string MeasurePair::missing_note() const {
  if (complete()) return "";
  const std::string subject = enzyme.empty() ? "" : enzyme + " ";
  if (!baseline && !followup) return subject + "missing at both visits";
  return subject + (baseline ? "missing at follow-up" : "missing at baseline");
}

MeasurePair pair_of(CoreMeasure measure, const CoreSet& baseline, const CoreSet& followup) {
  MeasurePair pair;
  if (measure != CoreMeasure::enzymes) {
    pair.baseline = value_of(baseline, measure);
    pair.followup = value_of(followup, measure);
    return pair;
  }
  const EnzymeValue* chosen = most_abnormal_enzyme(baseline);
  if (chosen == nullptr) {
    // No baseline enzyme: the follow-up value only marks that follow-up was measured.
    if (const EnzymeValue* later = most_abnormal_enzyme(followup)) pair.followup = later->value;
    return pair;
  }
  pair.enzyme = chosen->name;
  pair.baseline = chosen->value;
  if (const EnzymeValue* later = find_enzyme(followup, chosen->name)) pair.followup = later->value;
  return pair;
}

util::Expected<void> check_mmt_maximum(int mmt_max, std::string_view field) {
  if (mmt_max < 1 || mmt_max > k_max_mmt_maximum) {
    return util::invalid_argument(std::string(field) + ": " + std::to_string(mmt_max) +
                                  " must be a whole number from 1 to " +
                                  std::to_string(k_max_mmt_maximum) +
                                  " (80 unilateral or 150 bilateral MMT-8, 260 MMT-24, 52 CMAS)");
  }
  return {};
}

util::Expected<void> validate_core_set(const CoreSet& visit, int mmt_max,
                                       std::string_view field_prefix) {
  MYOIVIG_TRY(check_mmt_maximum(mmt_max));
  const std::string prefix(field_prefix);
  for (CoreMeasure measure :
       {CoreMeasure::physician_global, CoreMeasure::patient_global, CoreMeasure::extramuscular}) {
    const std::optional<Rational> value = value_of(visit, measure);
    if (value) {
      MYOIVIG_TRY(check_between_zero_and(prefix + std::string(code(measure)), *value,
                                         k_vas_range_cm, " cm"));
    }
  }
  if (visit.mmt && (*visit.mmt < 0 || *visit.mmt > mmt_max)) {
    return out_of_range(prefix + "mmt", std::to_string(*visit.mmt),
                        "is outside 0-" + std::to_string(mmt_max) + " (the MMT maximum mmt_max)");
  }
  if (visit.haq) MYOIVIG_TRY(check_between_zero_and(prefix + "haq", *visit.haq, k_haq_range, ""));
  return check_enzymes(visit.enzymes, prefix);
}

}  // namespace myoivig::domain
