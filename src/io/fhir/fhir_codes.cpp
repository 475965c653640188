#include "io/fhir/fhir_codes.hpp"

#include <cmath>
#include <cstdint>

namespace myoivig::io::fhir {

using nlohmann::ordered_json;

ordered_json coding(std::string_view system, std::string_view code, std::string_view display) {
  return {{"system", system}, {"code", code}, {"display", display}};
}

ordered_json concept_of(std::string_view system, std::string_view code, std::string_view display,
                        std::string_view text) {
  ordered_json concept_json = {{"coding", ordered_json::array({coding(system, code, display)})}};
  if (!text.empty()) concept_json["text"] = text;
  return concept_json;
}

ordered_json quantity(double value, std::string_view ucum_code) {
  constexpr double k_exact_integers = 9007199254740992.0;  // 2^53
  if (std::trunc(value) == value && std::fabs(value) < k_exact_integers) {
    return {{"value", static_cast<std::int64_t>(value)},
            {"unit", ucum_code},
            {"system", k_ucum},
            {"code", ucum_code}};
  }
  return {{"value", value}, {"unit", ucum_code}, {"system", k_ucum}, {"code", ucum_code}};
}

ordered_json quantity(int value, std::string_view ucum_code) {
  return {{"value", value}, {"unit", ucum_code}, {"system", k_ucum}, {"code", ucum_code}};
}

ordered_json seriousness(bool serious) {
  return serious ? concept_of(k_seriousness, "Serious", "Serious")
                 : concept_of(k_seriousness, "Non-serious", "Non-serious");
}

ordered_json severity(domain::Severity value) {
  switch (value) {
    case domain::Severity::mild:
      return concept_of(k_severity, "mild", "Mild");
    case domain::Severity::moderate:
      return concept_of(k_severity, "moderate", "Moderate");
    case domain::Severity::severe:
      return concept_of(k_severity, "severe", "Severe");
  }
  return nullptr;
}

ordered_json outcome(domain::AdverseEventOutcome value) {
  using domain::AdverseEventOutcome;
  switch (value) {
    case AdverseEventOutcome::recovered:
      return concept_of(k_outcome, "resolved", "Resolved");
    case AdverseEventOutcome::recovering:
      return concept_of(k_outcome, "recovering", "Recovering");
    case AdverseEventOutcome::not_recovered:
      return concept_of(k_outcome, "ongoing", "Ongoing");
    case AdverseEventOutcome::sequelae:
      return concept_of(k_outcome, "resolvedWithSequelae", "Resolved with Sequelae");
    case AdverseEventOutcome::fatal:
      return concept_of(k_outcome, "fatal", "Fatal");
    case AdverseEventOutcome::unknown:
      return concept_of(k_outcome, "unknown", "Unknown");
  }
  return nullptr;
}

ordered_json causality(domain::Relatedness value) {
  using domain::Relatedness;
  switch (value) {
    case Relatedness::definite:
      return concept_of(k_causality, "Certain", "Certain");
    case Relatedness::probable:
      return concept_of(k_causality, "Probably-Likely", "Probably/Likely");
    case Relatedness::possible:
      return concept_of(k_causality, "Possible", "Possible");
    case Relatedness::unlikely:
      return concept_of(k_causality, "Unlikely", "Unlikely");
    case Relatedness::not_related:
      return {{"text", "Not related"}};
  }
  return nullptr;
}

}  // namespace myoivig::io::fhir
