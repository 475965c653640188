#include "domain/dose_plan_safety.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>

#include "util/strings.hpp"

namespace myoivig::domain {
namespace {

struct RiskEntry {
  RiskFactor factor;
  std::string_view code;
  std::string_view label;
  RiskKind kind;
};

constexpr std::array<RiskEntry, 18> k_risks{{
    {RiskFactor::advanced_age, "age", "advanced age", RiskKind::thrombosis},
    {RiskFactor::immobilisation, "immobilisation", "prolonged immobilisation",
     RiskKind::thrombosis},
    {RiskFactor::hypercoagulable_state, "hypercoagulable", "hypercoagulable state",
     RiskKind::thrombosis},
    {RiskFactor::prior_thrombosis, "prior_thrombosis", "previous venous or arterial thrombosis",
     RiskKind::thrombosis},
    {RiskFactor::oestrogens, "oestrogens", "oestrogens", RiskKind::thrombosis},
    {RiskFactor::central_venous_catheter, "cvc", "central venous catheter", RiskKind::thrombosis},
    {RiskFactor::hyperviscosity, "hyperviscosity", "hyperviscosity", RiskKind::thrombosis},
    {RiskFactor::cardiovascular_risk, "cardiovascular", "cardiovascular risk factors",
     RiskKind::thrombosis},
    {RiskFactor::dermatomyositis, "dm_itself", "dermatomyositis itself", RiskKind::thrombosis},
    {RiskFactor::renal_insufficiency, "renal_insufficiency", "pre-existing renal insufficiency",
     RiskKind::renal},
    {RiskFactor::diabetes_mellitus, "diabetes", "diabetes mellitus", RiskKind::renal},
    {RiskFactor::age_over_65, "age_over_65", "age over 65", RiskKind::renal},
    {RiskFactor::volume_depletion, "volume_depletion", "volume depletion", RiskKind::renal},
    {RiskFactor::sepsis, "sepsis", "sepsis", RiskKind::renal},
    {RiskFactor::paraproteinaemia, "paraproteinaemia", "paraproteinaemia", RiskKind::renal},
    {RiskFactor::nephrotoxic_drugs, "nephrotoxic_drugs", "nephrotoxic drugs", RiskKind::renal},
    {RiskFactor::severe_hypersensitivity, "severe_hypersensitivity",
     "history of severe hypersensitivity to human immunoglobulin", RiskKind::contraindication},
    {RiskFactor::iga_deficiency_with_antibodies, "iga_deficiency_with_antibodies",
     "IgA deficiency with anti-IgA antibodies and a history of hypersensitivity",
     RiskKind::contraindication},
}};

const RiskEntry& entry(RiskFactor factor) {
  for (const RiskEntry& risk : k_risks) {
    if (risk.factor == factor) return risk;
  }
  return k_risks.front();
}

std::string rate_text(double ml_per_kg_min) {
  return util::format_scaled(static_cast<std::int64_t>(std::llround(ml_per_kg_min * 1000)), 3) +
         " mL/kg/min";
}

std::string labels_of(const std::vector<RiskFactor>& factors, RiskKind kind) {
  std::vector<std::string> labels;
  for (RiskFactor factor : factors) {
    if (kind_of(factor) == kind) labels.emplace_back(label(factor));
  }
  return util::join(labels, ", ");
}

std::string all_labels(RiskKind kind) {
  std::vector<std::string> labels;
  for (const RiskEntry& risk : k_risks) {
    if (risk.kind == kind) labels.emplace_back(risk.label);
  }
  return util::join(labels, ", ");
}

std::string cap_sentence(const SafetyContext& context) {
  if (context.rate_capped_for_risk) {
    return "the infusion rate is capped at " + rate_text(context.max_ml_per_kg_min) +
           "; give the minimum practicable rate";
  }
  return "give the minimum practicable rate (at most " + rate_text(context.max_ml_per_kg_min) + ")";
}

constexpr std::string_view k_seed_events =
    " In the seed study 2 of 15 courses had an adverse event (asymptomatic myocardial "
    "infarction, raised BUN).";

}  // namespace

std::string_view code(RiskFactor factor) {
  return entry(factor).code;
}
std::string_view label(RiskFactor factor) {
  return entry(factor).label;
}
RiskKind kind_of(RiskFactor factor) {
  return entry(factor).kind;
}

util::Expected<RiskFactor> parse_risk_factor(std::string_view text) {
  std::vector<std::string> codes;
  for (const RiskEntry& risk : k_risks) {
    if (risk.code == text) return risk.factor;
    codes.emplace_back(risk.code);
  }
  return util::invalid_argument("must be one of " + util::join(codes, ", ") + ", got '" +
                                std::string(text) + "'");
}

std::vector<RiskFactor> effective_risk_factors(const std::vector<RiskFactor>& reported,
                                               std::optional<int> age_years) {
  std::vector<RiskFactor> factors = reported;
  if (age_years && *age_years > k_risk_age_above_years) {
    factors.push_back(RiskFactor::advanced_age);
    factors.push_back(RiskFactor::age_over_65);
  }
  std::sort(factors.begin(), factors.end());
  factors.erase(std::unique(factors.begin(), factors.end()), factors.end());
  return factors;
}

std::vector<PlanNote> contraindications(const std::vector<RiskFactor>& factors) {
  std::vector<PlanNote> reasons;
  for (RiskFactor factor : factors) {
    if (kind_of(factor) != RiskKind::contraindication) continue;
    reasons.push_back(
        {std::string(code(factor)), "Contraindicated: " + std::string(label(factor)) + "."});
  }
  return reasons;
}

std::vector<PlanNote> safety_warnings(const SafetyContext& context) {
  std::vector<PlanNote> warnings;
  const std::string thrombosis = labels_of(context.factors, RiskKind::thrombosis);
  if (!thrombosis.empty()) {
    warnings.push_back(
        {"thrombosis_risk",
         "Thrombosis risk factors: " + thrombosis +
             ". IVIG can cause thrombosis (boxed "
             "warning): " +
             cap_sentence(context) +
             ", ensure adequate hydration before the "
             "infusion, watch for signs of thrombosis and assess blood viscosity if at risk of "
             "hyperviscosity." +
             std::string(k_seed_events)});
  } else {
    warnings.push_back(
        {"thrombosis",
         "Thrombosis can occur with IVIG even without risk factors (boxed warning). None were "
         "reported for this plan: confirm that none applies (" +
             all_labels(RiskKind::thrombosis) +
             "); ensure adequate hydration before the infusion."});
  }
  const std::string renal = labels_of(context.factors, RiskKind::renal);
  if (!renal.empty()) {
    warnings.push_back(
        {"renal_risk",
         "Renal risk factors: " + renal +
             ". Renal dysfunction and acute renal failure can "
             "occur (boxed warning): " +
             cap_sentence(context) +
             ", make sure the patient is not "
             "volume depleted, and check creatinine and BUN before the course and after it."});
  } else {
    warnings.push_back(
        {"renal",
         "Renal dysfunction can occur with IVIG in predisposed patients (boxed warning). None "
         "of the renal risk factors was reported: confirm that none applies (" +
             all_labels(RiskKind::renal) + "); check creatinine and BUN before the course."});
  }
  if (context.product != nullptr) {
    const Product& product = *context.product;
    if (!product.contains_maltose) {
      warnings.push_back(
          {"maltose_unknown",
           "Whether " + product.name +
               " contains maltose is not recorded in the product "
               "table: check the package insert before relying on GDH-PQQ glucose meters."});
    } else if (*product.contains_maltose) {
      warnings.push_back(
          {"maltose_gdh_pqq",
           product.name +
               " contains maltose: blood glucose meters and strips using GDH-PQQ "
               "(glucose dehydrogenase pyrroloquinoline quinone) or glucose-dye-oxidoreductase "
               "read "
               "falsely high during and after the infusion, which can hide hypoglycaemia or lead "
               "to too much insulin. Use a glucose-specific method."});
    }
  }
  warnings.push_back(
      {"live_vaccines",
       "Immunoglobulin can impair the response to live attenuated virus vaccines (measles, "
       "mumps, rubella, varicella) for weeks to months after the infusion: record the course "
       "date and tell whoever vaccinates the patient."});
  warnings.push_back(
      {"aseptic_meningitis",
       "Aseptic meningitis can occur within hours to 2 days, more often at high doses (this "
       "course: " +
           util::format_scaled(
               static_cast<std::int64_t>(std::llround(context.dose_g_per_kg_per_course * 100)), 2) +
           " g/kg) and fast rates: watch for severe headache, neck stiffness, drowsiness, "
           "fever, photophobia, nausea and vomiting."});
  warnings.push_back(
      {"haemolysis",
       "Haemolysis can occur, more often at high doses and in blood groups A, B and AB: watch "
       "for its signs, and in patients at higher risk check haemoglobin before and 36 to 96 "
       "hours after the infusion."});
  return warnings;
}

}  // namespace myoivig::domain
