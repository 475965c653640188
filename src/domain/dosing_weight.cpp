#include "domain/dosing_weight.hpp"

#include <cmath>
#include <cstdint>

#include "util/strings.hpp"

namespace myoivig::domain {
namespace {

constexpr double k_cm_per_m = 100;

std::string fixed(double value, int decimals) {
  const double scale = std::pow(10.0, decimals);
  return util::format_scaled(static_cast<std::int64_t>(std::llround(value * scale)), decimals);
}

std::string kg(double value) {
  return fixed(value, 2) + " kg";
}

std::string ideal_formula(double height_cm, Sex sex, double ideal_kg) {
  const double height_in = height_cm / k_cm_per_inch;
  const bool men = sex == Sex::male;
  return "IBW (Devine, " + std::string(men ? "men" : "women") +
         ") = " + fixed(men ? k_devine_base_men_kg : k_devine_base_women_kg, 1) + " + 2.3 x (" +
         fixed(height_in, 2) + " in - 60) = " + kg(ideal_kg);
}

std::string adjusted_formula(double ideal_kg, double actual_kg, double adjusted_kg) {
  return "AdjBW = IBW + 0.4 x (actual - IBW) = " + fixed(ideal_kg, 2) + " + 0.4 x (" +
         fixed(actual_kg, 2) + " - " + fixed(ideal_kg, 2) + ") = " + kg(adjusted_kg);
}

std::string bmi_formula(double weight_kg, double height_cm, double bmi) {
  return "BMI = " + fixed(weight_kg, 2) + " kg / (" + fixed(height_cm / k_cm_per_m, 3) +
         " m)^2 = " + fixed(bmi, 1) + " kg/m2";
}

std::string weight_name(WeightPolicy basis) {
  switch (basis) {
    case WeightPolicy::ideal:
      return "ideal body weight (IBW)";
    case WeightPolicy::adjusted:
      return "adjusted body weight (AdjBW)";
    case WeightPolicy::actual:
    case WeightPolicy::automatic:
      break;
  }
  return "actual body weight";
}

// Applies the never-above-actual rule to the policy's weight and says why.
void use_weight(DosingWeight& result, WeightPolicy basis, double weight_kg,
                const std::string& because) {
  const std::string name = weight_name(basis);
  if (basis != WeightPolicy::actual && weight_kg > result.actual_kg) {
    result.basis = WeightPolicy::actual;
    result.dosing_weight_kg = result.actual_kg;
    result.capped_at_actual = true;
    result.explanation = because + "the " + name + " " + kg(weight_kg) +
                         " is above the actual weight " + kg(result.actual_kg) +
                         ", so the actual weight is used (never above actual).";
    return;
  }
  result.basis = basis;
  result.dosing_weight_kg = weight_kg;
  result.explanation = because + "the " + name + " " + kg(weight_kg) + " is used.";
}

util::Error missing(WeightPolicy policy, const std::string& what) {
  return util::invalid_argument("weight policy " + std::string(code(policy)) + " needs " + what);
}

}  // namespace

double devine_ideal_body_weight_kg(double height_cm, Sex sex) {
  const double base_kg = sex == Sex::male ? k_devine_base_men_kg : k_devine_base_women_kg;
  return base_kg +
         k_devine_kg_per_inch * (height_cm / k_cm_per_inch - k_devine_reference_height_in);
}

double adjusted_body_weight_kg(double ideal_kg, double actual_kg) {
  return ideal_kg + k_adjusted_weight_fraction * (actual_kg - ideal_kg);
}

double body_mass_index_kg_per_m2(double weight_kg, double height_cm) {
  const double height_m = height_cm / k_cm_per_m;
  return weight_kg / (height_m * height_m);
}

util::Expected<DosingWeight> compute_dosing_weight(const BodyMeasurements& body,
                                                   WeightPolicy policy) {
  if (!(body.weight_kg > 0)) {
    return util::invalid_argument("weight_kg: must be positive, got " + fixed(body.weight_kg, 2));
  }
  if (body.height_cm && !(*body.height_cm > 0)) {
    return util::invalid_argument("height_cm: must be positive, got " + fixed(*body.height_cm, 1));
  }
  DosingWeight result;
  result.policy = policy;
  result.actual_kg = body.weight_kg;
  if (body.height_cm) {
    result.bmi_kg_per_m2 = body_mass_index_kg_per_m2(body.weight_kg, *body.height_cm);
    if (body.sex) {
      result.ideal_kg = devine_ideal_body_weight_kg(*body.height_cm, *body.sex);
      result.adjusted_kg = adjusted_body_weight_kg(*result.ideal_kg, body.weight_kg);
      result.formulas.push_back("height = " + fixed(*body.height_cm, 1) + " cm / 2.54 = " +
                                fixed(*body.height_cm / k_cm_per_inch, 2) + " in");
      result.formulas.push_back(ideal_formula(*body.height_cm, *body.sex, *result.ideal_kg));
      result.formulas.push_back(
          adjusted_formula(*result.ideal_kg, body.weight_kg, *result.adjusted_kg));
    }
    result.formulas.push_back(bmi_formula(body.weight_kg, *body.height_cm, *result.bmi_kg_per_m2));
  }

  const std::string because = "Policy " + std::string(code(policy)) + ": ";
  switch (policy) {
    case WeightPolicy::actual:
      use_weight(result, WeightPolicy::actual, body.weight_kg, because);
      return result;
    case WeightPolicy::ideal:
      if (!result.ideal_kg) return missing(policy, "height and sex (for IBW)");
      use_weight(result, WeightPolicy::ideal, *result.ideal_kg, because);
      return result;
    case WeightPolicy::adjusted:
      if (!result.adjusted_kg) return missing(policy, "height and sex (for IBW and AdjBW)");
      use_weight(result, WeightPolicy::adjusted, *result.adjusted_kg, because);
      return result;
    case WeightPolicy::automatic:
      break;
  }
  if (!result.bmi_kg_per_m2) return missing(policy, "height (for BMI)");
  const double bmi = *result.bmi_kg_per_m2;
  if (bmi < k_obesity_bmi_kg_per_m2) {
    use_weight(result, WeightPolicy::actual, body.weight_kg,
               because + "BMI " + fixed(bmi, 1) + " < 30, so ");
    return result;
  }
  if (!result.adjusted_kg) return missing(policy, "sex when BMI >= 30 (for IBW and AdjBW)");
  use_weight(result, WeightPolicy::adjusted, *result.adjusted_kg,
             because + "BMI " + fixed(bmi, 1) + " >= 30, so ");
  return result;
}

}  // namespace myoivig::domain
