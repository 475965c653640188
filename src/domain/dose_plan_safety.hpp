// Safety rules of the dose planner (shared/specs/dosing.md, Safety checks): the risk
// factors a clinician reports, which of them refuse a plan, and the warnings every plan
// carries. The thrombotic and renal risks are the ones behind the seed study's adverse
// events (2 of 15 courses: asymptomatic myocardial infarction, raised BUN).
// Thread-safety: pure functions and value types.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/product.hpp"
#include "util/expected.hpp"

namespace myoivig::domain {

enum class RiskFactor {
  // Thrombosis (IVIG boxed warning, and dermatomyositis itself).
  advanced_age,
  immobilisation,
  hypercoagulable_state,
  prior_thrombosis,
  oestrogens,
  central_venous_catheter,
  hyperviscosity,
  cardiovascular_risk,
  dermatomyositis,
  // Renal dysfunction (IVIG boxed warning).
  renal_insufficiency,
  diabetes_mellitus,
  age_over_65,
  volume_depletion,
  sepsis,
  paraproteinaemia,
  nephrotoxic_drugs,
  // Contraindications: the plan is refused.
  severe_hypersensitivity,
  iga_deficiency_with_antibodies,
};

enum class RiskKind { thrombosis, renal, contraindication };

// Codes as written in flags and files: "age", "immobilisation", "hypercoagulable",
// "prior_thrombosis", "oestrogens", "cvc", "hyperviscosity", "cardiovascular",
// "dm_itself", "renal_insufficiency", "diabetes", "age_over_65", "volume_depletion",
// "sepsis", "paraproteinaemia", "nephrotoxic_drugs", "severe_hypersensitivity",
// "iga_deficiency_with_antibodies".
std::string_view code(RiskFactor factor);
util::Expected<RiskFactor> parse_risk_factor(std::string_view text);
std::string_view label(RiskFactor factor);  // in words, e.g. "central venous catheter"
RiskKind kind_of(RiskFactor factor);

// Age above which age itself is a thrombotic ("advanced age") and a renal risk factor.
constexpr int k_risk_age_above_years = 65;

// One message of a plan: a stable code for programs and a sentence for people.
struct PlanNote {
  std::string code;
  std::string message;
};

// The reported factors plus those that follow from the age (above 65: advanced age and
// age over 65), without duplicates, in the order of RiskFactor.
std::vector<RiskFactor> effective_risk_factors(const std::vector<RiskFactor>& reported,
                                               std::optional<int> age_years);

// The reasons to refuse a plan because of a contraindication (empty when none).
std::vector<PlanNote> contraindications(const std::vector<RiskFactor>& factors);

// What a safety warning needs to know about the plan.
struct SafetyContext {
  const Product* product = nullptr;
  std::vector<RiskFactor> factors;  // effective
  bool rate_capped_for_risk = false;
  double max_ml_per_kg_min = 0;  // the highest rate this patient may get
  double dose_g_per_kg_per_course = 0;
};

// Every warning of the spec: thrombosis and renal (with the factors, the cap and the
// creatinine/BUN checks when at risk), maltose and GDH-PQQ meters, live vaccines, aseptic
// meningitis, haemolysis.
std::vector<PlanNote> safety_warnings(const SafetyContext& context);

}  // namespace myoivig::domain
