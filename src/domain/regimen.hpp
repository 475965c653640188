// Regimen: how IVIG is given in a protocol: g/kg per day, days per course, how many
// courses, and the dosing-weight policy (shared/specs/dosing.md).
// Thread-safety: plain value type.
#pragma once

#include <optional>
#include <string>

#include "domain/weight_policy.hpp"

namespace myoivig::domain {

struct Regimen {
  std::string id;  // e.g. "seed"
  std::string description;
  double dose_g_per_kg_per_day = 0;
  int days = 0;                       // successive days per course
  int max_courses = 1;                // including the first
  std::optional<int> interval_weeks;  // between course starts, when fixed
  WeightPolicy weight_policy = WeightPolicy::actual;
  std::string product;  // product name as in the product table

  [[nodiscard]] double dose_g_per_kg_per_course() const { return dose_g_per_kg_per_day * days; }
};

}  // namespace myoivig::domain
