// json_number: a double as JSON, with null for a missing or non-finite value (JSON has no
// NaN or infinity; a one-sided interval's infinite end is null).
// Thread-safety: pure functions.
#pragma once

#include <cmath>
#include <optional>

#include <nlohmann/json.hpp>

namespace myoivig::io {

inline nlohmann::ordered_json json_number(double value) {
  if (!std::isfinite(value)) return nullptr;
  return value;
}

inline nlohmann::ordered_json json_number(const std::optional<double>& value) {
  if (!value) return nullptr;
  return json_number(*value);
}

}  // namespace myoivig::io
