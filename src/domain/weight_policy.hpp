// WeightPolicy: which body weight a per-kg dose is computed from (shared/specs/dosing.md).
// Thread-safety: plain value type.
#pragma once

#include <string_view>

#include "util/expected.hpp"

namespace myoivig::domain {

enum class WeightPolicy {
  actual,    // measured body weight
  ideal,     // Devine ideal body weight, never above actual
  adjusted,  // IBW + 0.4 (actual - IBW), never above actual
  automatic  // actual when BMI < 30, adjusted when BMI >= 30
};

std::string_view code(WeightPolicy policy);  // "actual" | "ibw" | "adjbw" | "auto"
util::Expected<WeightPolicy> parse_weight_policy(std::string_view text);

}  // namespace myoivig::domain
